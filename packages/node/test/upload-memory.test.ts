import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startMockServer, tinyPng, type MockServer } from "@orq-sdk/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A real PNG header followed by zeros: a 50 MB (not MiB) file the API and the mock accept.
const FIFTY_MB = 50_000_000;
const MB = 1024 * 1024;
let mock: MockServer;
let dir: string;
const files: string[] = [];

beforeAll(async () => {
  mock = await startMockServer();
  dir = await mkdtemp(join(tmpdir(), "orq-memory-"));
  for (let i = 0; i < 4; i++) {
    const bytes = new Uint8Array(FIFTY_MB);
    bytes.set(tinyPng());
    bytes[FIFTY_MB - 1] = i; // four different files
    files.push(join(dir, `big-${i}.png`));
    await writeFile(files[i]!, bytes);
  }
});
afterAll(async () => {
  await mock.close();
  await rm(dir, { recursive: true, force: true });
});

function upload(paths: string[]): Promise<{ before: number; peak: number; images: number }> {
  const script = fileURLToPath(new URL("./fixtures/sdk-upload.mjs", import.meta.url));
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [script, mock.url, ...paths],
      { cwd: dirname() },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout)),
    ),
  );
}

const dirname = () => fileURLToPath(new URL("..", import.meta.url));

describe("uploads from disk stream: the client's memory does not grow by the file size", () => {
  it("one 50 MB image through fileFromPath", async () => {
    const run = await upload(files.slice(0, 1));
    const growth = (run.peak - run.before) / MB;
    console.log(
      `1 × 50 MB: RSS ${(run.before / MB).toFixed(0)} → peak ${(run.peak / MB).toFixed(0)} MB (+${growth.toFixed(1)} MB)`,
    );
    expect(run.images).toBe(1);
    expect(mock.requests.at(-1)?.files[0]?.size).toBe(FIFTY_MB);
    // Buffering the file would add at least its 47.7 MiB; what remains is V8's young-generation slack.
    expect(growth).toBeLessThan(40);
  });

  it("four 50 MB images in one request", async () => {
    const run = await upload(files);
    const growth = (run.peak - run.before) / MB;
    console.log(
      `4 × 50 MB: RSS ${(run.before / MB).toFixed(0)} → peak ${(run.peak / MB).toFixed(0)} MB (+${growth.toFixed(1)} MB)`,
    );
    expect(mock.requests.at(-1)?.files.map((f) => f.size)).toEqual([
      FIFTY_MB,
      FIFTY_MB,
      FIFTY_MB,
      FIFTY_MB,
    ]);
    // 190 MiB of files; growth must stay near the one-file figure, not scale with the bytes.
    expect(growth).toBeLessThan(60);
  });
});

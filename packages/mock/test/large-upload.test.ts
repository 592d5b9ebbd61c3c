import { createHash, randomBytes } from "node:crypto";
import { createWriteStream, openAsBlob } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tinyPng } from "../src/index.js";
import { AUTH, EDITS, mock, post } from "./helpers.js";

const MiB = 1024 * 1024;
// The spec's x-max-bytes for an image: 50 MiB exactly.
const LIMIT = 50 * MiB;

let dir: string;
let file: { path: string; size: number; sha256: string };

/** A PNG-signed file of `size` bytes, written in 1 MiB pieces and hashed on the way. */
async function makeFile(
  path: string,
  size: number,
): Promise<{ path: string; size: number; sha256: string }> {
  const hash = createHash("sha256");
  const out = createWriteStream(path);
  const write = (chunk: Buffer) =>
    new Promise<void>((resolve, reject) => {
      hash.update(chunk);
      out.write(chunk, (error) => (error ? reject(error) : resolve()));
    });
  const head = tinyPng();
  await write(head);
  let left = size - head.length;
  while (left > 0) {
    const chunk = randomBytes(Math.min(MiB, left));
    left -= chunk.length;
    await write(chunk);
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return { path, size, sha256: hash.digest("hex") };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "orq-mock-"));
  file = await makeFile(join(dir, "big.png"), LIMIT);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function uploadForm(count: number, path = file.path): Promise<FormData> {
  const data = new FormData();
  data.append("model", "m");
  data.append("prompt", "p");
  // File-backed blobs: the client streams them from disk too.
  const blob = await openAsBlob(path, { type: "image/png" });
  for (let i = 0; i < count; i++) data.append("image", blob, `big-${i}.png`);
  return data;
}

describe("large uploads", () => {
  it("records a 50 MiB image with its exact size and hash", async () => {
    const server = await mock();
    const res = await post(server, EDITS, await uploadForm(1));
    expect(res.status).toBe(200);
    expect(server.requests[0]!.files).toEqual([
      expect.objectContaining({
        field: "image",
        filename: "big-0.png",
        size: file.size,
        sha256: file.sha256,
      }),
    ]);
  });

  // 200 MiB through a child process that starts with tsx: seconds alone, but CI runs the
  // Deno and Node upload tests beside it on two cores (it once took over 30 s there).
  it("streams 4 x 50 MiB without holding the files in memory", { timeout: 120_000 }, async () => {
    // The server runs in a child process so that only its memory is measured.
    const child = spawn(
      process.execPath,
      ["--import", "tsx", fileURLToPath(new URL("./fixtures/serve.ts", import.meta.url))],
      { cwd: fileURLToPath(new URL("..", import.meta.url)), stdio: ["pipe", "pipe", "inherit"] },
    );
    try {
      const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
      const url = String((await lines.next()).value);
      const res = await fetch(url + EDITS, {
        method: "POST",
        body: await uploadForm(4),
        headers: AUTH,
      });
      expect(res.status).toBe(200);
      child.stdin!.write("stats\n");
      const stats = JSON.parse(String((await lines.next()).value)) as {
        peakGrowth: number;
        files: Array<{ filename: string; size: number; sha256: string }>;
      };
      expect(stats.files.map((f) => [f.filename, f.size, f.sha256])).toEqual(
        [0, 1, 2, 3].map((i) => [`big-${i}.png`, file.size, file.sha256]),
      );
      // Buffering the files would take 200 MiB; streaming needs a few chunks at a time.
      expect(stats.peakGrowth).toBeLessThan(100 * MiB);
    } finally {
      child.stdin!.end();
      child.kill();
    }
  });

  it("rejects an image one byte over x-max-bytes", async () => {
    const server = await mock();
    const over = await makeFile(join(dir, "over.png"), LIMIT + 1);
    const res = await post(server, EDITS, await uploadForm(1, over.path));
    expect(res.status).toBe(422);
    expect(server.requests[0]!.files[0]).toMatchObject({ size: LIMIT + 1, sha256: over.sha256 });
    expect(server.requests[0]!.errors).toEqual([
      expect.objectContaining({ instancePath: "/image", keyword: "x-max-bytes" }),
    ]);
  });
});

import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startMockServer, type MockServer } from "@orq-sdk/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());

/** Runs one call in a child; returns how it ended and how long the process lived after it. */
function run(outcome: string, url = mock.url): Promise<{ result: string; lingerMs: number }> {
  const script = fileURLToPath(new URL("../fixtures/one-call.mjs", import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [script, url, outcome],
      { timeout: 20_000 },
      (error, stdout, stderr) => {
        const exited = Date.now();
        if (error) return reject(new Error(`${error.message}\n${stderr}`));
        const [result, finished] = stdout.trim().split(" ");
        resolve({ result: result!, lingerMs: exited - Number(finished) });
      },
    );
  });
}

describe("a script whose last call finished exits on its own, at once", () => {
  it.each([
    ["success", "ok", undefined],
    ["APIError", "APIError", { kind: "status", status: 400 }],
    ["timeout", "RequestTimeoutError", { kind: "hang" }],
    ["abort", "RequestAbortedError", { kind: "hang" }],
    ["invalid", "ValidationError", undefined],
  ] as const)("after %s", async (outcome, expected, fault) => {
    if (fault) mock.faults.push(fault as never);
    const { result, lingerMs } = await run(outcome);
    expect(result).toBe(expected);
    // No timer, socket or listener holds the event loop: the process ends right after.
    expect(lingerMs).toBeLessThan(1000);
  });

  it("after a refused connection", async () => {
    const { result, lingerMs } = await run("success", "http://127.0.0.1:9");
    expect(result).toBe("ConnectionError");
    expect(lingerMs).toBeLessThan(1000);
  });
});

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startMockServer, tinyPng, type MockServer } from "@orq-sdk/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Orq, RequestTimeoutError } from "../../src/index.js";

let stall: Server;
let stallUrl: string;
let mock: MockServer;
beforeAll(async () => {
  // Answers at once with headers and half a JSON body, then never finishes it.
  stall = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"created": 1, "da');
    });
  });
  await new Promise<void>((r) => stall.listen(0, "127.0.0.1", r));
  stallUrl = `http://127.0.0.1:${(stall.address() as AddressInfo).port}`;
  mock = await startMockServer();
});
afterAll(async () => {
  stall.closeAllConnections();
  await new Promise((r) => stall.close(r));
  await mock.close();
});

describe("timeoutMs covers the response body too", () => {
  it("headers came, the body stalls: RequestTimeoutError", async () => {
    const started = Date.now();
    const error = await new Orq({
      apiKey: "k",
      serverURL: stallUrl,
      timeoutMs: 300,
      retryConfig: { strategy: "none" },
    }).router.images.edits
      .create({ model: "m", prompt: "p" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe("debug logging", () => {
  it("ORQ_LOG=debug: one line per attempt, no key, no body", async () => {
    const lines: string[] = [];
    const original = console.debug;
    process.env.ORQ_LOG = "debug";
    console.debug = (line: string) => lines.push(line);
    try {
      mock.faults.push({ kind: "status", status: 503, headers: { "retry-after": "0" } });
      await new Orq({
        apiKey: "sk-live-TOPSECRET",
        serverURL: mock.url,
      }).router.images.edits.create({
        model: "m",
        prompt: "a prompt that must not be logged",
        image: new Uint8Array(tinyPng()),
      });
    } finally {
      console.debug = original;
      delete process.env.ORQ_LOG;
    }
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^\[orq\] POST http:\/\/127\.0\.0\.1:\d+\/v2\/router\/images\/edits → 503 \(router\.images\.edits\.create\(\), attempt 1, \d+ ms\)$/,
    );
    expect(lines[1]).toMatch(/→ 200 \(router\.images\.edits\.create\(\), attempt 2, \d+ ms\)$/);
    const all = lines.join("\n");
    expect(all).not.toContain("TOPSECRET");
    expect(all).not.toContain("must not be logged");
  });
});

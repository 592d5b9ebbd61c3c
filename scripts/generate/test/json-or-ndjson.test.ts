/**
 * An answer offered as JSON or as NDJSON (fixtures/json-or-ndjson.yaml, probe36 F3): Ollama
 * streams lines unless the request says `stream: false`, and its default call failed with "the
 * body is not valid JSON (application/x-ndjson)". The SDK reads the JSON answer; when lines come
 * instead, the error says what came and what to do. Against a real server on 127.0.0.1.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
let server: Server;
let client: {
  callOperation(op: unknown, r: unknown): Promise<{ ok: boolean; error?: any; value?: any }>;
};
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "json-or-ndjson.yaml"), "json-or-ndjson");
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      if (JSON.parse(body).stream === false)
        res
          .writeHead(200, { "content-type": "application/json" })
          .end('{"response":"hi","done":true}');
      else
        res
          .writeHead(200, { "content-type": "application/x-ndjson" })
          .end('{"response":"h","done":false}\n{"response":"i","done":true}\n');
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  client = new it.OrqCore({ apiKey: "k", serverURL: `http://127.0.0.1:${port}` }) as never;
}, 60_000);
afterAll(async () => {
  server?.close();
  await it?.close();
});

test("the JSON answer is read", async () => {
  const result = await client.callOperation(it.operations.generate!, { model: "m", stream: false });
  expect(result).toEqual({ ok: true, value: { response: "hi", done: true } });
});

test("lines where JSON was asked for: the error says what came and what to do", async () => {
  const result = await client.callOperation(it.operations.generate!, { model: "m" });
  expect(result.ok).toBe(false);
  expect(result.error.name).toBe("ResponseValidationError");
  expect(result.error.message).toContain(
    "the server answered application/x-ndjson, a JSON value per line, where this call reads one JSON answer: ask for one (an API that streams by default takes an option such as stream: false)",
  );
});

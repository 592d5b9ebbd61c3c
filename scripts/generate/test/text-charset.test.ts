/**
 * A text answer in the charset its Content-Type names (fixtures/raw-bodies.yaml's CSV export):
 * it was read as UTF-8 whatever it said, and `café` in ISO-8859-1 came back as `caf\uFFFD`
 * (probe32 F8). Served by a plain HTTP server on 127.0.0.1, byte for byte.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
let server: Server;
let answer: { contentType: string; bytes: Uint8Array };
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "raw-bodies.yaml"), "text-charset");
  server = createServer((_, res) => {
    res.writeHead(200, { "content-type": answer.contentType }).end(answer.bytes);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
}, 60_000);
afterAll(async () => {
  await it?.close();
  await new Promise((done) => server?.close(done));
});

const exportRows = async (contentType: string, bytes: number[]) => {
  answer = { contentType, bytes: Uint8Array.from(bytes) };
  const { port } = server.address() as AddressInfo;
  const client = new it.OrqCore({
    apiKey: "k",
    serverURL: `http://127.0.0.1:${port}`,
    retryConfig: { strategy: "none" },
  });
  return client.callOperation(it.operations.exportRows!, undefined);
};

// "name\ncafé\n": é is 0xE9 in ISO-8859-1 and windows-1252, 0xC3 0xA9 in UTF-8.
const latin1 = [...Buffer.from("name\ncaf", "latin1"), 0xe9, 0x0a];
const utf8 = [...Buffer.from("name\ncafé\n", "utf8")];

test.each([
  ["text/csv; charset=iso-8859-1", latin1],
  ['text/csv; charset="windows-1252"', latin1],
  ["text/csv;charset=ISO-8859-1", latin1],
  ["text/csv; charset=utf-8", utf8],
  ["text/csv", utf8],
  // A label no TextDecoder knows: UTF-8, as before.
  ["text/csv; charset=x-unknown-charset", utf8],
])("%s is read in its charset", async (contentType, bytes) => {
  expect(await exportRows(contentType, bytes)).toEqual({ ok: true, value: "name\ncafé\n" });
});

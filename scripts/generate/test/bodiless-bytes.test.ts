/**
 * An answer the spec gives no body, which the server sends as bytes all the same
 * (fixtures/bodiless-bytes.yaml; probe72, Cartesia's `POST /tts/bytes`, documented as a 204,
 * answered with `200 audio/wav`): the SDK decoded the audio as UTF-8 and returned the mangled
 * text. Labelled as bytes, it is returned as the byte stream a binary answer is, byte-exact;
 * JSON and text are read as before, and a 204 is nothing. Against a real server on 127.0.0.1.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import {
  answerServer,
  runtimeAgainstMock,
  type AnswerServer,
  type RuntimeAgainstMock,
} from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
// A spec whose only answer is a 200 it gives no body (fixtures/bodiless-answer-alone.yaml).
let alone: RuntimeAgainstMock;
let server: AnswerServer;

beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "bodiless-bytes.yaml"), "bodiless-bytes");
  alone = await runtimeAgainstMock(join(fixtures, "bodiless-answer-alone.yaml"), "bodiless-alone");
  server = await answerServer();
}, 60_000);
afterAll(async () => {
  await it?.close();
  await alone?.close();
  await server?.close();
});

const speak = () => it.clientAt(server.url).callOperation(it.operations.speak!, { text: "hello" });

// A WAV header, then bytes that are no UTF-8 (decoded, each would be U+FFFD).
const audio = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0xff, 0xfe, 0x00, 0x80, 0xc3]);

test("bytes labelled as such are returned as the byte stream, byte-exact", async () => {
  server.next = { status: 200, type: "audio/wav", body: audio };
  const result = await speak();
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  const value = result.ok ? result.value : undefined;
  expect(value).toBeInstanceOf(ReadableStream);
  const received = new Uint8Array(await new Response(value as ReadableStream).arrayBuffer());
  expect([...received]).toEqual([...audio]);
});

test.each([
  ["application/octet-stream", audio],
  ["image/png; charset=binary", audio],
])("%s is bytes too", async (type, body) => {
  server.next = { status: 200, type, body };
  const result = await speak();
  const value = result.ok ? result.value : undefined;
  expect(value).toBeInstanceOf(ReadableStream);
  expect(new Uint8Array(await new Response(value as ReadableStream).arrayBuffer())).toEqual(body);
});

test.each([
  ["application/json", '{"ok":true}', { ok: true }],
  ["application/problem+json", '{"ok":true}', { ok: true }],
  ["text/plain; charset=utf-8", "done", "done"],
  ["application/xml", "<ok/>", "<ok/>"],
  ["", "done", "done"],
])("%s is read as before", async (type, body, expected) => {
  server.next = { status: 200, type, body };
  const result = await speak();
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(result.ok && result.value).toEqual(expected);
});

test("a 204 is nothing", async () => {
  server.next = { status: 204, type: "", body: "" };
  const result = await speak();
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(result.ok && result.value).toBeUndefined();
});

test("so in a spec with no other answer of bytes, where its 200 has no body (probe76)", async () => {
  // Fish Audio's `POST /v1/tts`: the MP3 came back as a string of U+FFFD-mangled text.
  expect(alone.coreSchemas.usesNonJsonResponses).toBe(true);
  const tts = () => alone.clientAt(server.url).callOperation(alone.operations.tts!, { text: "hi" });
  server.next = { status: 200, type: "audio/mpeg", body: audio };
  const bytes = await tts();
  const value = bytes.ok ? bytes.value : undefined;
  expect(value).toBeInstanceOf(ReadableStream);
  expect(new Uint8Array(await new Response(value as ReadableStream).arrayBuffer())).toEqual(audio);
  server.next = { status: 200, type: "application/json", body: '{"ok":true}' };
  expect(await tts()).toEqual({ ok: true, value: { ok: true } });
});

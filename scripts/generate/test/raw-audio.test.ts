/**
 * A raw body of a type family (fixtures/raw-audio.yaml, Deepgram's `audio/*`, probe71): bytes
 * with no type of their own (a Buffer, a stream) went as `application/octet-stream`, and the
 * mock, as a server would, refused them (415). They go as what their first bytes look like now,
 * as a multipart file field's do; a typed Blob keeps its type.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "raw-audio.yaml"), "raw-audio");
}, 60_000);
afterAll(() => it?.close());

const bytes = (text: string) => new TextEncoder().encode(text);
const streamOf = (chunk: Uint8Array) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(chunk);
      controller.close();
    },
  });

test("the generator flags the spec: its body takes more than images", () => {
  expect(it.coreSchemas.usesUnsniffedFiles).toBe(true);
});

test.each([
  ["an MP3 in bytes", "audio/mpeg", () => bytes("ID3\x04\x00\x00\x00\x00\x00\x00 frames")],
  ["a WAV stream", "audio/wav", () => streamOf(bytes("RIFF\x24\x00\x00\x00WAVEfmt "))],
  ["a FLAC in bytes", "audio/flac", () => bytes("fLaC\x00\x00\x00\x22")],
  ["a typed Blob", "audio/ogg", () => new Blob([bytes("OggS")], { type: "audio/ogg" })],
])("%s goes as %s, and is taken", async (_, type, body) => {
  it.mock.reset();
  const result = await it.client.callOperation(it.operations.transcribe!, {
    model: "nova-3",
    requestBody: body(),
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  const request = it.mock.requests.at(-1)!;
  expect(request).toMatchObject({ status: 200, path: "/v1/listen", query: { model: "nova-3" } });
  expect(request.contentType).toBe(type);
});

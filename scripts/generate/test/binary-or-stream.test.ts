/**
 * An answer offered as bytes or as events (fixtures/binary-or-stream.yaml, probe36 F6): the SDK
 * asked for `application/json, text/event-stream`, leaving the audio out, and the mock, reading
 * that, answered a call without `stream` with events where the caller expected audio.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "binary-or-stream.yaml"), "binary-or-stream");
}, 60_000);
afterAll(() => it?.close());

test("without stream: the audio's type is asked for first, and its bytes come as a stream", async () => {
  const [result, call] = await it.client
    .callOperation(it.operations.createSpeech!, { input: "hi" })
    .$inspect();
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.headers.accept).toBe(
    "audio/wav, application/json, text/event-stream",
  );
  expect(result.ok && result.value).toBeInstanceOf(ReadableStream);
  const bytes = await new Response(
    result.ok ? (result.value as ReadableStream) : null,
  ).arrayBuffer();
  // Every byte the mock sent; the answer's type is the response's.
  expect(bytes.byteLength).toBe(Number(call.response?.headers.get("content-length")));
  expect(call.response?.headers.get("content-type")).toMatch(/^audio\/wav/);
});

test("stream: true gets the events", async () => {
  const result = await it.client.callOperation(it.operations.createSpeech!, {
    input: "hi",
    stream: true,
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  const events: unknown[] = [];
  for await (const event of result.ok ? (result.value as AsyncIterable<unknown>) : [])
    events.push(event);
  expect(events.length).toBeGreaterThan(0);
  for (const event of events)
    expect(event).toMatchObject({ data: { audioChunk: expect.any(String) } });
});

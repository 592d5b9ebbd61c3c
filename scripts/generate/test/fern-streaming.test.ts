/**
 * Streams declared by Fern's `x-fern-streaming` alone (fixtures/fern-streaming.yaml, as Cohere's
 * spec writes them): the table and the types the generator makes of them, and calls against the
 * mock, which reads the extension the same way, and against a server sending Cohere's events.
 * Read as written, each 200 was JSON alone and `stream: true` was refused as undeclared events.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { SchemaNode, SchemaRef } from "../templates/contract.js";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
let cohere: Server;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "fern-streaming.yaml"), "fern-streaming");
  // Cohere's v2 chat stream: named events whose data carries the type, then the terminator.
  cohere = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/event-stream" });
    res.write('event: content-delta\ndata: {"type":"content-delta","delta_text":"Hel"}\n\n');
    res.write('event: content-delta\ndata: {"type":"content-delta","delta_text":"lo"}\n\n');
    res.write('event: message-end\ndata: {"type":"message-end","finish_reason":"COMPLETE"}\n\n');
    res.write("data: [DONE]\n\n");
    // Left open: the terminator alone must end the stream.
  });
  await new Promise<void>((done) => cohere.listen(0, "127.0.0.1", done));
}, 60_000);
afterAll(async () => {
  cohere?.closeAllConnections();
  await new Promise((done) => cohere?.close(done));
  await it?.close();
});

const resolve = (ref: SchemaRef | undefined): SchemaNode =>
  typeof ref === "function" ? ref() : (ref ?? {});

test("the extension's answer, events and terminator are the operation's; a 200 alone is the stream", () => {
  const chat = it.operations.chat!.response!;
  expect(chat.mediaType).toBe("application/json");
  expect(resolve(chat.schema).names).toEqual({ finish_reason: "finishReason" });
  expect(chat.stream!.sentinel).toBe("[DONE]");
  expect(resolve(resolve(chat.stream!.schema).properties!.data).discriminator).toMatchObject({
    propertyName: "type",
  });

  const watch = it.operations.watch!.response!;
  expect(watch).toMatchObject({ mediaType: "text/event-stream" });
  expect(watch.schema).toBeUndefined();
  expect(resolve(resolve(watch.stream!.schema).properties!.data).names).toEqual({
    seq_no: "seqNo",
  });

  // `true` is JSON lines, of what the (shared) 200 describes.
  expect(it.operations.listLogs!.response).toMatchObject({
    mediaType: "application/x-ndjson",
    lines: "each",
  });
});

test("stream: true gets the events from the mock, stream: false the answer", async () => {
  const streamed = await it.client.callOperation(it.operations.chat!, {
    message: "hi",
    stream: true,
  });
  expect(streamed.ok, streamed.ok ? "" : streamed.error.message).toBe(true);
  const events: unknown[] = [];
  for await (const event of streamed.ok ? (streamed.value as AsyncIterable<unknown>) : [])
    events.push(event);
  expect(events).toEqual([
    {
      data: expect.objectContaining({
        type: expect.stringMatching(/^(content-delta|message-end)$/),
      }),
    },
  ]);

  const whole = await it.client.callOperation(it.operations.chat!, { message: "hi" });
  expect(whole.ok, whole.ok ? "" : whole.error.message).toBe(true);
  expect(whole.ok && whole.value).toMatchObject({
    finishReason: expect.any(String),
    text: expect.any(String),
  });

  const ticks = await it.client.callOperation(it.operations.watch!, undefined);
  expect(ticks.ok, ticks.ok ? "" : ticks.error.message).toBe(true);
  for await (const tick of ticks.ok ? (ticks.value as AsyncIterable<unknown>) : [])
    expect(tick).toEqual({ data: { seqNo: expect.any(Number) } });

  const logs = await it.client.callOperation(it.operations.listLogs!, undefined);
  expect(logs.ok, logs.ok ? "" : logs.error.message).toBe(true);
  expect(logs.ok && logs.value).toEqual([{ lineText: expect.any(String) }]);
  expect(it.mock.requests.at(-1)!.headers.accept).toMatch(/ndjson/);
});

test("Cohere's events are read, typed by their tag and renamed, up to the terminator", async () => {
  const client = it.clientAt(`http://127.0.0.1:${(cohere.address() as AddressInfo).port}`);
  const result = await client.callOperation(it.operations.chat!, { message: "hi", stream: true });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  const events: unknown[] = [];
  for await (const event of result.ok ? (result.value as AsyncIterable<unknown>) : [])
    events.push(event);
  expect(events).toEqual([
    { event: "content-delta", data: { type: "content-delta", deltaText: "Hel" } },
    { event: "content-delta", data: { type: "content-delta", deltaText: "lo" } },
    { event: "message-end", data: { type: "message-end", finishReason: "COMPLETE" } },
  ]);
});

test("SDK users get the stream switch's overloads and typed events", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { Resources } from "./resources.js";

declare const cohere: Resources<{ signal?: AbortSignal }>;

export async function usage(): Promise<string> {
  let text = "";
  for await (const event of await cohere.chat.create({ message: "hi", stream: true }))
    if (event.data.type === "content-delta") text += event.data.deltaText;
    else text += event.data.finishReason;
  const whole = await cohere.chat.create({ message: "hi" });
  text += whole.text + whole.finishReason;
  // @ts-expect-error the JSON answer is no stream
  for await (const event of await cohere.chat.create({ message: "hi" })) text += String(event);
  for await (const tick of await cohere.watch.create()) text += tick.data.seqNo.toFixed();
  for (const line of await cohere.logs.list()) text += line.lineText;
  return text;
}
`,
  );
  const checked = await typecheck([it.dir], it.dir);
  expect(checked.code, checked.output).toBe(0);
});

test("an answer of bytes streams as bytes: the extension leaves it as written", async () => {
  // Read as JSON lines, ElevenLabs' `audio/mpeg` streams failed at every call (probe73 E2).
  expect(it.operations.streamSpeech!.response).toMatchObject({ mediaType: "audio/mpeg" });
  expect(it.operations.streamSpeech!.response!.lines).toBeUndefined();
  const result = await it.client.callOperation(it.operations.streamSpeech!, {
    voiceId: "v1",
    requestBody: { text: "hi" },
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  const value = result.ok ? result.value : undefined;
  expect(value).toBeInstanceOf(ReadableStream);
  const bytes = new Uint8Array(await new Response(value as ReadableStream).arrayBuffer());
  expect(bytes.length).toBeGreaterThan(0);
  const sent = it.mock.requests.at(-1)!;
  expect(sent.headers.accept).toMatch(/^audio\/mpeg/);
  expect(sent.status).toBe(200);
});

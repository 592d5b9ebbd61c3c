/**
 * Event streams whose schema describes each event's `data` alone (OpenAI's style,
 * fixtures/event-payloads.yaml). The runtime reads events as `{ data, event, id }` and checked
 * that against the schema, so every event of OpenAI's seven streaming operations failed
 * ("chunk_id is required"). The generator now wraps such a schema as the event's `data`; the
 * mock writes either kind of schema as events. End to end against the mock, which streams.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { writeFile } from "node:fs/promises";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "event-payloads.yaml"), "event-payloads");
}, 60_000);
afterAll(() => it?.close());

test("the schema becomes the event's data; the event type says so", () => {
  const stream = it.operations.streamChat!.response!.stream!;
  expect(stream.schema).toMatchObject({ type: "object", required: ["data"] });
  expect(it.files.get("models.ts")).toMatch(/export type StreamChatResponseBody =/);
  expect(it.files.get("sdk-types.ts")).toMatch(
    /"text\/event-stream": \{\s*data: components\["schemas"\]\["ChatChunk"\];\s*event\?: string \| undefined;\s*id\?: string \| undefined;\s*retry\?: number \| undefined;\s*\};/,
  );
});

test("an event's name, id and retry are typed and read (probe68: `event.event` did not compile)", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { StreamChatResponseBody } from "./models.js";
export const name = (e: StreamChatResponseBody): string | undefined => e.event;
export const id = (e: StreamChatResponseBody): string | undefined => e.id;
export const retry = (e: StreamChatResponseBody): number | undefined => e.retry;
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);
  expect(
    await eventsFrom(
      "streamChat",
      'event: delta\nid: 7\nretry: 1000\ndata: {"chunk_id":"c1","delta_text":"Hi"}\n\n',
      { model: "m" },
    ),
  ).toEqual([{ data: { chunkId: "c1", deltaText: "Hi" }, event: "delta", id: "7", retry: 1000 }]);
});

test("each event from the mock is read, checked and renamed", async () => {
  const result = await it.client.callOperation(it.operations.streamChat!, { model: "m" });
  expect(result.ok).toBe(true);
  const events: unknown[] = [];
  for await (const event of (result as { value: AsyncIterable<unknown> }).value) events.push(event);
  expect(events.length).toBeGreaterThan(0);
  for (const event of events)
    expect(event).toMatchObject({
      data: { chunkId: expect.any(String), deltaText: expect.any(String) },
    });
  expect(it.mock.requests.at(-1)).toMatchObject({ status: 200 });
});

/** The events an operation yields when a real server on 127.0.0.1 answers with `wire`. */
async function eventsFrom(operationId: string, wire: string, request?: object): Promise<unknown[]> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/event-stream" }).end(wire);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  try {
    const { port } = server.address() as AddressInfo;
    const client = new it.OrqCore({ apiKey: "k", serverURL: `http://127.0.0.1:${port}` });
    const result = await client.callOperation(it.operations[operationId]!, request);
    expect(result.ok, result.ok ? "" : String(result.error)).toBe(true);
    const events: unknown[] = [];
    for await (const event of (result as { value: AsyncIterable<unknown> }).value)
      events.push(event);
    return events;
  } finally {
    server.close();
  }
}

test("a union of events is the event schema, not wrapped again (probe36 F2, Together)", async () => {
  // Wrapped as `{ data: <union> }`, every event failed ("data.data is required") while the
  // types said `{ data: chunk } | { data: "[DONE]" }`.
  const stream = it.operations.streamUnion!.response!.stream!;
  expect(stream.schema).not.toMatchObject({ required: ["data"] });
  expect(await eventsFrom("streamUnion", 'data: {"chunk_id":"c1","delta_text":"Hi"}\n\n')).toEqual([
    { data: { chunkId: "c1", deltaText: "Hi" } },
  ]);
  expect(it.files.get("sdk-types.ts")).not.toMatch(
    /data: components\["schemas"\]\["ChunkStream"\]/,
  );
});

test("the union's `[DONE]` event is the stream's end, not an event (probe70, Together)", async () => {
  // Read as an event, the loop's last chunk was `{ data: "[DONE]" }` (`chunk.data.deltaText`
  // threw), and what the server sent after it was read on.
  expect(it.operations.streamUnion!.response!.stream!.sentinel).toBe("[DONE]");
  expect(
    await eventsFrom(
      "streamUnion",
      'data: {"chunk_id":"c1","delta_text":"Hi"}\n\ndata: [DONE]\n\ndata: {"chunk_id":"c2","delta_text":"late"}\n\n',
    ),
  ).toEqual([{ data: { chunkId: "c1", deltaText: "Hi" } }]);
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { StreamUnionResponseBody } from "./models.js";
export const text = (chunk: StreamUnionResponseBody): string => chunk.data.deltaText;
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);
});

test("data that can only be a string is the text as sent, JSON or not (probe36 F9)", async () => {
  // It was parsed as JSON first: `42` failed ("data must be a string (got 42)"), and `"hi"`
  // lost its quotes.
  expect(
    await eventsFrom(
      "streamLogs",
      'data: 42\n\ndata: "hi"\n\nevent: json\ndata: {"a":1}\n\ndata: hello world\n\n',
    ),
  ).toEqual([
    { data: "42" },
    { data: '"hi"' },
    { data: '{"a":1}', event: "json" },
    { data: "hello world" },
  ]);
});

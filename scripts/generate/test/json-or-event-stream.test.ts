/**
 * An answer offered as JSON or as server-sent events (orq's and OpenAI's chat completions, by
 * `stream: true`), end to end against the mock (fixtures/event-streams.yaml). The mock always
 * answered JSON, so the SDK's stream reading for such operations could not be run against it.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "event-streams.yaml"), "json-or-event-stream");
}, 60_000);
afterAll(() => it?.close());

const complete = (stream: boolean) =>
  it.client.callOperation(it.operations.createChatCompletion!, { model: "m", stream });

test("stream: true gets events, read, checked and renamed as they come", async () => {
  const result = await complete(true);
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  const events: unknown[] = [];
  for await (const event of result.ok ? (result.value as AsyncIterable<unknown>) : [])
    events.push(event);
  expect(events.length).toBeGreaterThan(0);
  for (const event of events)
    expect(event).toMatchObject({ data: { deltaText: expect.any(String) } });
});

test("stream: false gets the JSON answer", async () => {
  const result = await complete(false);
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(result.ok && result.value).toMatchObject({ fullText: expect.any(String) });
});

test("an Accept of text/event-stream alone gets events from the mock", async () => {
  const res = await fetch(`${it.mock.url}/v2/router/chat/completions`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "text/event-stream",
      authorization: "Bearer k",
    },
    body: JSON.stringify({ model: "m" }),
  });
  expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
  expect(await res.text()).toMatch(/^data: /m);
});

// Answers of server-sent events (`text/event-stream`). The shipped spec has none, so its generated
// `usesEventStreams` is false and none of this is in its build; the whole published orq spec has
// several (chat completions, deployments, agents). Here the flag is on, and a real server on
// 127.0.0.1 sends events in pieces, as a proxy or a slow model would.
import { getEventListeners } from "node:events";
import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { EventStream, Operation, SchemaNode } from "../src/generated/contract.js";
import { restoreFeatures, turnOnEveryFeature } from "./helpers/every-feature.js";
import { startServer } from "./helpers/http-server.js";

let server: Awaited<ReturnType<typeof startServer>>;
let sdk: typeof import("../src/index.js");

/** What the server saw of each request, and when its connection closed. */
interface Seen {
  url: string;
  accept: string | undefined;
  body: string;
  closed: Promise<void>;
}
const seen: Seen[] = [];
/** The handler for the next request(s), by path. */
const routes = new Map<string, (res: ServerResponse, body: string) => void | Promise<void>>();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sse = (res: ServerResponse) =>
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
/** Writes each piece as its own chunk (a pause between them, so they arrive apart). */
async function pieces(res: ServerResponse, parts: string[]): Promise<void> {
  for (const part of parts) {
    if (res.destroyed) return;
    res.write(part);
    await sleep(15);
  }
}

beforeAll(async () => {
  turnOnEveryFeature();
  sdk = await import("../src/index.js");
  server = await startServer((req, res, body) => {
    seen.push({
      url: req.url!,
      accept: req.headers.accept,
      body: body.toString(),
      closed: new Promise((r) => res.on("close", () => r())),
    });
    const route = routes.get(req.url!);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    void route(res, body.toString());
  });
});
afterAll(async () => {
  restoreFeatures();
  await server.close();
});
beforeEach(() => {
  seen.length = 0;
  routes.clear();
});

const deltaEvent = {
  type: "object",
  properties: {
    data: {
      type: "object",
      properties: { delta_text: { type: "string" }, finish_reason: { type: ["string", "null"] } },
      names: { delta_text: "deltaText", finish_reason: "finishReason" },
      required: ["delta_text"],
    },
  },
} as const;

/** Only ever answers with events (`POST /v2/deployments/stream`). */
const streamOnly: Operation = {
  operationId: "deploymentStream",
  method: "post",
  path: "/v2/deployments/stream",
  sdkName: "deployments.stream",
  response: {
    status: "200",
    mediaType: "text/event-stream",
    stream: { schema: deltaEvent, sentinel: "[DONE]" },
  },
};

/** `streamOnly` with events of another schema. */
const streamingEvents = (schema: SchemaNode): Operation => ({
  ...streamOnly,
  response: { ...streamOnly.response!, stream: { schema, sentinel: "[DONE]" } },
});

/** JSON, or events when asked for them (`POST /v2/router/chat/completions`). */
const jsonOrStream: Operation = {
  operationId: "createChatCompletion",
  method: "post",
  path: "/v2/router/chat/completions",
  sdkName: "router.chat.completions.create",
  requestBody: {
    mediaType: "application/json",
    required: true,
    schema: { type: "object", properties: { stream: { type: "boolean" } } },
  },
  response: {
    status: "200",
    mediaType: "application/json",
    schema: {
      type: "object",
      properties: { full_text: { type: "string" } },
      names: { full_text: "fullText" },
      required: ["full_text"],
    },
    stream: { schema: deltaEvent, sentinel: "[DONE]" },
  },
};

function client(options: { timeoutMs?: number; retries?: boolean } = {}) {
  return new sdk.OrqCore({
    apiKey: "k",
    serverURL: server.url,
    timeoutMs: options.timeoutMs,
    retryConfig: options.retries
      ? { strategy: "backoff", backoff: { initialInterval: 1, maxInterval: 5 } }
      : { strategy: "none" },
  });
}

async function stream(op: Operation, request?: unknown, options?: object) {
  const result = await client().callOperation(op, request, options);
  if (!result.ok) throw result.error;
  return result.value as EventStream<Record<string, unknown>>;
}

async function collect(events: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const event of events) out.push(event);
  return out;
}

/** The events read before iterating threw, and what it threw. */
async function collectUntilError(events: AsyncIterable<unknown>) {
  const got: unknown[] = [];
  const error = await (async () => {
    for await (const event of events) got.push(event);
  })().catch((e: unknown) => e);
  return { got, error };
}

/** Resolves when the server saw the connection close; fails the test after `ms`. */
function closedWithin(s: Seen, ms = 2000): Promise<string> {
  return Promise.race([s.closed.then(() => "closed"), sleep(ms).then(() => "still open")]);
}

describe("event streams", () => {
  it("reads events split across chunks, with comments, multi-line data and the sentinel", async () => {
    routes.set("/v2/deployments/stream", async (res) => {
      sse(res);
      await pieces(res, [
        ": a comment, then an event in three pieces\n",
        'data: {"delta_t',
        'ext": "Hel',
        'lo"}\n\n',
        'event: delta\nid: 7\nretry: 1500\ndata: {"delta_text": " wor", "finish_reason": null}\n\n',
        // One JSON value over two data lines (the lines are joined by a newline).
        'data: {"delta_text":\ndata: "ld", "finish_reason": "stop"}\r\n\r\n',
        "data: [DONE]\n\n",
        'data: {"delta_text": "after the sentinel: never read"}\n\n',
      ]);
      res.end();
    });
    const events = await stream(streamOnly);
    expect(events).toBeInstanceOf(ReadableStream);
    expect(await collect(events)).toEqual([
      { data: { deltaText: "Hello" } },
      { data: { deltaText: " wor", finishReason: null }, event: "delta", id: "7", retry: 1500 },
      { data: { deltaText: "ld", finishReason: "stop" } },
    ]);
    expect(seen[0]!.accept).toBe("text/event-stream");
  });

  it("ends with the body when there is no sentinel, keeping a last event that had no blank line", async () => {
    routes.set("/v2/deployments/stream", async (res) => {
      sse(res);
      await pieces(res, ['data: {"delta_text": "a"}\n\n', 'data: {"delta_text": "b"}']);
      res.end();
    });
    expect(await collect(await stream(streamOnly))).toEqual([
      { data: { deltaText: "a" } },
      { data: { deltaText: "b" } },
    ]);
  });

  it("a spec that declares no sentinel: `data: [DONE]` still ends the stream where data is JSON, and is an event's text where data may be text (probe40)", async () => {
    // OpenAI's and Mistral's specs leave the sentinel out; their APIs end every stream so.
    const noSentinel: Operation = {
      ...streamOnly,
      response: { ...streamOnly.response!, stream: { schema: deltaEvent } },
    };
    routes.set("/v2/deployments/stream", async (res) => {
      sse(res);
      await pieces(res, ['data: {"delta_text": "a"}\n\n', "data: [DONE]\n\n"]);
      res.end();
    });
    expect(await collect(await stream(noSentinel))).toEqual([{ data: { deltaText: "a" } }]);

    const textEvents: Operation = {
      ...streamOnly,
      response: {
        ...streamOnly.response!,
        stream: { schema: { type: "object", properties: { data: { type: "string" } } } },
      },
    };
    routes.set("/v2/deployments/stream", async (res) => {
      sse(res);
      await pieces(res, ["data: one line\n\n", "data: [DONE]\n\n"]);
      res.end();
    });
    expect(await collect(await stream(textEvents))).toEqual([
      { data: "one line" },
      { data: "[DONE]" },
    ]);

    // Events whose `data` is a union (no `type` of its own), or that are a union of events, and
    // a `[DONE]` with a space after it: still the end (probe41).
    const unionData: Operation = {
      ...streamOnly,
      response: {
        ...streamOnly.response!,
        stream: {
          schema: {
            oneOf: [
              { type: "object", properties: { data: deltaEvent.properties.data } },
              { type: "object", properties: { data: { type: "integer" } }, required: ["data"] },
            ],
          },
        },
      },
    };
    routes.set("/v2/deployments/stream", async (res) => {
      sse(res);
      await pieces(res, ['data: {"delta_text": "a"}\n\n', "data: [DONE] \n\n"]);
      res.end();
    });
    expect(await collect(await stream(unionData))).toEqual([{ data: { deltaText: "a" } }]);
    // Any other broken event still throws.
    routes.set("/v2/deployments/stream", async (res) => {
      sse(res);
      await pieces(res, ["data: [NOT DONE]\n\n"]);
      res.end();
    });
    // Told that it is not JSON, not the rules its text breaks ("data must be an object", probe68).
    await expect(collect(await stream(unionData))).rejects.toThrow(
      /an event's data is not valid JSON$/,
    );
    // An event the body ends in, cut off without its blank line, says so.
    routes.set("/v2/deployments/stream", async (res) => {
      sse(res);
      await pieces(res, ['data: {"delta_text": "a"}\n\n', 'data: {"delta_te']);
      res.end();
    });
    await expect(collect(await stream(unionData))).rejects.toThrow(
      /an event's data is not valid JSON \(the stream ended inside the event\)$/,
    );
  });

  it("reads nothing before an event is asked for, and can be read as a web stream", async () => {
    routes.set("/v2/deployments/stream", async (res) => {
      sse(res);
      await pieces(res, ['data: {"delta_text": "x"}\n\n', "data: [DONE]\n\n"]);
      res.end();
    });
    const events = await stream(streamOnly);
    const reader = events.getReader();
    expect(await reader.read()).toEqual({ done: false, value: { data: { deltaText: "x" } } });
    expect(await reader.read()).toEqual({ done: true, value: undefined });
  });

  it("a break out of the loop closes the response, and lets go of the caller's signal", async () => {
    routes.set("/v2/deployments/stream", async (res) => {
      sse(res);
      // Events until the client goes away: the server only stops when the connection closes.
      for (let i = 0; !res.destroyed && i < 400; i++) {
        res.write(`data: {"delta_text": "${i}"}\n\n`);
        await sleep(10);
      }
      res.end();
    });
    const controller = new AbortController();
    const events = await stream(streamOnly, undefined, { signal: controller.signal });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(1);
    const got: unknown[] = [];
    for await (const event of events) {
      got.push(event);
      if (got.length === 2) break;
    }
    expect(got).toEqual([{ data: { deltaText: "0" } }, { data: { deltaText: "1" } }]);
    expect(await closedWithin(seen[0]!)).toBe("closed");
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("the caller's abort stops it mid-stream with RequestAbortedError, and closes the response", async () => {
    routes.set("/v2/deployments/stream", async (res) => {
      sse(res);
      res.write('data: {"delta_text": "first"}\n\n');
      // …then nothing more for a long while.
      await sleep(5000);
      res.end();
    });
    const controller = new AbortController();
    const events = await stream(streamOnly, undefined, { signal: controller.signal });
    const iterator = events[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ done: false, value: { data: { deltaText: "first" } } });
    const pending = iterator.next();
    await sleep(20);
    controller.abort(new Error("user left"));
    const error = await pending.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(sdk.RequestAbortedError);
    expect((error as Error).cause).toEqual(new Error("user left"));
    expect(await closedWithin(seen[0]!)).toBe("closed");
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("a stream that ends lets go of the caller's signal", async () => {
    routes.set("/v2/deployments/stream", (res) => {
      sse(res);
      res.end('data: {"delta_text": "only"}\n\n');
    });
    const controller = new AbortController();
    const events = await stream(streamOnly, undefined, { signal: controller.signal });
    expect(await collect(events)).toHaveLength(1);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("an event that is not JSON, or lacks a required field, is a ResponseValidationError with its text", async () => {
    routes.set("/v2/deployments/stream", async (res) => {
      sse(res);
      await pieces(res, ['data: {"delta_text": "ok"}\n\n', "event: delta\ndata: {oops\n\n"]);
      await sleep(2000);
      res.end();
    });
    const controller = new AbortController();
    let events = await stream(streamOnly, undefined, { signal: controller.signal });
    const { got, error } = await collectUntilError(events);
    expect(got).toEqual([{ data: { deltaText: "ok" } }]);
    expect(error).toBeInstanceOf(sdk.ResponseValidationError);
    expect((error as InstanceType<typeof sdk.ResponseValidationError>).rawBody).toBe(
      "event: delta\ndata: {oops",
    );
    expect((error as Error).message).toMatch(/not valid JSON/);
    // The response was closed, and the caller's signal let go.
    expect(await closedWithin(seen[0]!)).toBe("closed");
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);

    routes.set("/v2/deployments/stream", (res) => {
      sse(res);
      res.end('data: {"finish_reason": "stop"}\n\n');
    });
    events = await stream(streamOnly);
    const missing = (await collect(events).catch((e: unknown) => e)) as InstanceType<
      typeof sdk.ResponseValidationError
    >;
    expect(missing).toBeInstanceOf(sdk.ResponseValidationError);
    expect(missing.rawBody).toBe('data: {"finish_reason": "stop"}');
    expect(missing.issues.map((i) => i.message)).toEqual(["data.delta_text is required"]);
  });

  it("validateResponses: false passes each event that breaks the schema on as it came", async () => {
    routes.set("/v2/deployments/stream", (res) => {
      sse(res);
      res.end(
        'data: {"finish_reason": "stop", "delta_text": 7}\n\ndata: {"delta_text": "ok"}\n\ndata: [DONE]\n\n',
      );
    });
    const events = await stream(streamOnly, undefined, { validateResponses: false });
    expect(await collect(events)).toEqual([
      { data: { finishReason: "stop", deltaText: 7 } },
      { data: { deltaText: "ok" } },
    ]);
    // And the JSON answer of an operation that may stream.
    routes.set("/v2/router/chat/completions", (res) => {
      res.writeHead(200, { "content-type": "application/json" }).end('{"other": 1}');
    });
    const result = await client().callOperation(
      jsonOrStream,
      { stream: false },
      { validateResponses: false },
    );
    expect(result).toEqual({ ok: true, value: { other: 1 } });
  });

  it("a connection that breaks mid-stream is a ConnectionError", async () => {
    routes.set("/v2/deployments/stream", async (res) => {
      sse(res);
      await pieces(res, ['data: {"delta_text": "a"}\n\n', 'data: {"delta_te']);
      res.socket!.destroy();
    });
    const events = await stream(streamOnly);
    const { got, error } = await collectUntilError(events);
    expect(got).toEqual([{ data: { deltaText: "a" } }]);
    expect(error).toBeInstanceOf(sdk.ConnectionError);
  });

  it("answers JSON or a stream by the response's Content-Type", async () => {
    routes.set("/v2/router/chat/completions", async (res, body) => {
      if (!JSON.parse(body).stream) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ full_text: "Hello world" }));
        return;
      }
      sse(res);
      await pieces(res, ['data: {"delta_text": "Hello"}\n\n', "data: [DONE]\n\n"]);
      res.end();
    });
    const json = await client().callOperation(jsonOrStream, { stream: false });
    expect(json).toEqual({ ok: true, value: { fullText: "Hello world" } });
    const events = await stream(jsonOrStream, { stream: true });
    expect(await collect(events)).toEqual([{ data: { deltaText: "Hello" } }]);
    expect(seen.map((s) => s.accept)).toEqual([
      "application/json, text/event-stream",
      "application/json, text/event-stream",
    ]);
  });

  it("keeps an Accept header the caller set", async () => {
    routes.set("/v2/deployments/stream", (res) => {
      sse(res);
      res.end("data: [DONE]\n\n");
    });
    const events = await stream(streamOnly, undefined, {
      fetchOptions: { headers: { accept: "text/event-stream; q=1" } },
    });
    expect(await collect(events)).toEqual([]);
    expect(seen[0]!.accept).toBe("text/event-stream; q=1");
  });

  it("an operation that only streams fails on any other answer", async () => {
    routes.set("/v2/deployments/stream", (res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{}");
    });
    const result = await client().callOperation(streamOnly, undefined);
    expect(result.ok).toBe(false);
    const error = (result as { error: unknown }).error as InstanceType<
      typeof sdk.ResponseValidationError
    >;
    expect(error).toBeInstanceOf(sdk.ResponseValidationError);
    expect(error.message).toMatch(/expected text\/event-stream, got application\/json/);
  });

  it("retries a retryable status before the stream starts", async () => {
    let calls = 0;
    routes.set("/v2/deployments/stream", (res) => {
      if (++calls === 1) {
        res.writeHead(503, { "content-type": "application/json" });
        res.end('{"message": "busy"}');
        return;
      }
      sse(res);
      res.end('data: {"delta_text": "second try"}\n\ndata: [DONE]\n\n');
    });
    const result = await client().callOperation(streamOnly, undefined, {
      retries: {
        strategy: "backoff",
        backoff: { initialInterval: 1, maxInterval: 5 },
        maxRetries: 2,
      },
    });
    expect(result.ok).toBe(true);
    expect(await collect((result as { value: EventStream<unknown> }).value)).toEqual([
      { data: { deltaText: "second try" } },
    ]);
    expect(calls).toBe(2);
  });

  it("timeoutMs covers the request up to the response headers, not the whole stream", async () => {
    routes.set("/v2/deployments/stream", async (res) => {
      sse(res);
      res.flushHeaders();
      // 6 events 60 ms apart: the stream lasts well past the 150 ms timeout.
      for (let i = 0; i < 6; i++) {
        await sleep(60);
        res.write(`data: {"delta_text": "${i}"}\n\n`);
      }
      res.end();
    });
    const slow = await client({ timeoutMs: 150 }).callOperation(streamOnly, undefined);
    expect(slow.ok).toBe(true);
    expect(await collect((slow as { value: EventStream<unknown> }).value)).toHaveLength(6);

    routes.set("/v2/deployments/stream", async (res) => {
      await sleep(400); // no headers within the timeout
      if (res.destroyed) return;
      sse(res);
      res.end("data: [DONE]\n\n");
    });
    const late = await client({ timeoutMs: 150 }).callOperation(streamOnly, undefined);
    expect(late.ok).toBe(false);
    expect((late as { error: unknown }).error).toBeInstanceOf(sdk.RequestTimeoutError);
  });
});

describe("an error answered as events", () => {
  it("mid-stream, one the spec does not describe is an APIError with the server's words (probe70)", async () => {
    // Together and OpenAI send `data: {"error": {…}}` after a 200; Anthropic `event: error`.
    // Read by the event's schema, it said "data.delta_text is required".
    for (const [sent, message, body] of [
      [
        'data: {"error": {"message": "rate limit reached", "type": "rate_limit"}}\n\n',
        "rate limit reached",
        { error: { message: "rate limit reached", type: "rate_limit" } },
      ],
      ["event: error\ndata: upstream timed out\n\n", "upstream timed out", "upstream timed out"],
    ] as const) {
      seen.length = 0;
      routes.set("/v2/deployments/stream", async (res) => {
        sse(res);
        await pieces(res, ['data: {"delta_text": "a"}\n\n', sent]);
        while (!res.destroyed) await pieces(res, [": still here\n"]);
      });
      const events = await stream(streamOnly);
      const { got, error } = await collectUntilError(events);
      expect(got).toEqual([{ data: { deltaText: "a" } }]);
      expect(error).toBeInstanceOf(sdk.APIError);
      expect(error).toMatchObject({
        statusCode: 200,
        body,
        message: `deployments.stream() failed: 200 OK: ${message} (an error event in the stream)`,
      });
      expect(await closedWithin(seen[0]!)).toBe("closed");
    }
  });

  it("so where the event schema requires nothing, and an error passes it (probe79)", async () => {
    // xAI's chunks require no field: its errors came out as chunks, and a generation the
    // server cut off looked finished.
    const loose = streamingEvents({
      type: "object",
      properties: {
        event: { type: "string" },
        data: { type: "object", properties: { id: { type: "string" } } },
      },
    });
    for (const sent of [
      'data: {"error": {"message": "overloaded", "type": "server_error"}}\n\n',
      'event: error\ndata: {"message": "boom"}\n\n',
    ]) {
      routes.set("/v2/deployments/stream", async (res) => {
        sse(res);
        await pieces(res, ['data: {"id": "c1"}\n\n', sent]);
        res.end();
      });
      const { got, error } = await collectUntilError(await stream(loose));
      expect(got).toEqual([{ data: { id: "c1" } }]);
      expect(error).toBeInstanceOf(sdk.APIError);
    }
  });

  it("but one the spec describes is an event: an `error` field of its data, an `error` name", async () => {
    const describing = streamingEvents({
      type: "object",
      properties: {
        event: { type: "string", enum: ["delta", "error"] },
        data: {
          type: "object",
          properties: { id: { type: "string" }, error: { type: "string" } },
        },
      },
    });
    routes.set("/v2/deployments/stream", async (res) => {
      sse(res);
      await pieces(res, ['data: {"error": "retrying"}\n\n', 'event: error\ndata: {"id": "e"}\n\n']);
      res.end();
    });
    expect(await collect(await stream(describing))).toEqual([
      { data: { error: "retrying" } },
      { event: "error", data: { id: "e" } },
    ]);
  });

  it("an event that breaks its rules, with no error in it, is still a ResponseValidationError", async () => {
    routes.set("/v2/deployments/stream", async (res) => {
      sse(res);
      await pieces(res, ['data: {"error": null, "other": 1}\n\n']);
      res.end();
    });
    const error = await collect(await stream(streamOnly)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(sdk.ResponseValidationError);
    expect((error as Error).message).toContain("data.delta_text is required");
  });

  it("is read to the end of its first event, not of a stream that never ends (probe69)", async () => {
    // Read to its end, it held the call until its timeout, and a 5XX was retried to wait again.
    routes.set("/v2/deployments/stream", async (res) => {
      res.writeHead(503, { "content-type": "text/event-stream" });
      await pieces(res, ['event: error\ndata: {"message": "over', 'loaded"}\n\n']);
      while (!res.destroyed) await pieces(res, [": still here\n"]);
    });
    const result = await client().callOperation(streamOnly, undefined, {
      retries: {
        strategy: "backoff",
        backoff: { initialInterval: 1, maxInterval: 5 },
        maxRetries: 2,
      },
    });
    expect(result.ok).toBe(false);
    expect(result.ok || result.error).toMatchObject({
      name: "APIError",
      statusCode: 503,
      // (Its data, read as the JSON it is: it was the event's text, probe85.)
      body: { message: "overloaded" },
      message: expect.stringContaining("overloaded"),
    });
    // Every attempt's connection was let go.
    expect(seen.length).toBeGreaterThan(1);
    for (const s of seen) expect(await closedWithin(s)).toBe("closed");
  }, 10_000);
});

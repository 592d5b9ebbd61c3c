import { describe, expect, it } from "vitest";
import { mock } from "./helpers.js";

/** An operation answering only server-sent events, with `schema` as its event schema. */
function streaming(schema: object) {
  return {
    openapi: "3.1.0",
    info: { title: "events", version: "1" },
    paths: {
      "/events": {
        get: {
          responses: {
            "200": { description: "ok", content: { "text/event-stream": { schema } } },
          },
        },
      },
    },
  };
}

async function firstEvent(spec: object): Promise<string> {
  const server = await mock({ spec });
  const res = await fetch(`${server.url}/events`);
  expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
  return res.text();
}

describe("event streams", () => {
  it("writes a schema of the event's fields (Speakeasy style) as those fields", async () => {
    const text = await firstEvent(
      streaming({
        type: "object",
        required: ["data", "event"],
        properties: {
          event: { type: "string", enum: ["delta"] },
          data: { type: "object", required: ["text"], properties: { text: { type: "string" } } },
        },
      }),
    );
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe("event: delta");
    expect(JSON.parse(lines[1]!.replace(/^data: /, ""))).toEqual({ text: expect.any(String) });
  });

  it("writes a schema of the data alone (OpenAI style) as the data", async () => {
    const text = await firstEvent(
      streaming({
        type: "object",
        required: ["chunk_id"],
        properties: { chunk_id: { type: "string" }, data: { type: "integer" } },
      }),
    );
    expect(text.endsWith("\n\n")).toBe(true);
    const event = JSON.parse(text.trim().replace(/^data: /, ""));
    expect(event).toMatchObject({ chunk_id: expect.any(String) });
  });

  it("writes text data as it is, not JSON-quoted, as the SDK reads it (probe77)", async () => {
    const text = await firstEvent(streaming({ type: "string", example: "chunk one" }));
    expect(text).toBe("data: chunk one\n\n");
    const lines = await firstEvent(
      streaming({
        type: "object",
        required: ["data"],
        properties: { data: { type: "string", example: "a\nb" }, event: { type: "string" } },
      }),
    );
    expect(lines).toMatch(/^(event: .*\n)?data: a\ndata: b\n\n$/);
  });
});

describe("Fern's x-fern-streaming", () => {
  const chunk = { type: "object", required: ["delta"], properties: { delta: { type: "string" } } };
  const answer = { type: "object", required: ["text"], properties: { text: { type: "string" } } };
  /** An operation whose 200 lists JSON alone, streaming by the extension `fern`. */
  const fernSpec = (fern: unknown) => ({
    openapi: "3.1.0",
    info: { title: "fern", version: "1" },
    paths: {
      "/chat": {
        post: {
          "x-fern-streaming": fern,
          requestBody: {
            content: {
              "application/json": {
                schema: { type: "object", properties: { stream: { type: "boolean" } } },
              },
            },
          },
          responses: {
            "200": {
              description: "ok",
              content: { "application/json": { schema: { oneOf: [answer, chunk] } } },
            },
          },
        },
      },
    },
  });
  const chat = (url: string, body: object) =>
    fetch(`${url}/chat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it("answers events when the stream condition holds, else the extension's answer", async () => {
    const server = await mock({
      spec: fernSpec({
        format: "sse",
        "stream-condition": "$request.stream",
        response: answer,
        "response-stream": chunk,
      }),
    });
    const streamed = await chat(server.url, { stream: true });
    expect(streamed.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(JSON.parse((await streamed.text()).trim().replace(/^data: /, ""))).toEqual({
      delta: expect.any(String),
    });
    const whole = await chat(server.url, { stream: false });
    expect(whole.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await whole.json()).toEqual({ text: expect.any(String) });
  });

  it("always streams without a condition: events for sse, else JSON lines", async () => {
    const events = await chat((await mock({ spec: fernSpec({ format: "sse" }) })).url, {});
    expect(events.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const lines = await chat((await mock({ spec: fernSpec(true) })).url, {});
    expect(lines.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    expect((await lines.text()).endsWith("}\n")).toBe(true);
  });

  it("leaves an answer of bytes as written: it streams as bytes (ElevenLabs' speech)", async () => {
    const spec = fernSpec(true);
    spec.paths["/chat"].post.responses["200"].content = {
      "audio/mpeg": { schema: { type: "string", format: "binary" } },
    } as never;
    const audio = await chat((await mock({ spec })).url, {});
    expect(audio.status).toBe(200);
    expect(audio.headers.get("content-type")).toMatch(/^audio\/mpeg/);
    expect((await audio.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });
});

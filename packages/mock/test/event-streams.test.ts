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
});

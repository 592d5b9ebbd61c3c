// A schema `type` JSON Schema spells otherwise (probe72: Cartesia's `type: bool`; Swagger 2's
// `type: file`). ajv refused to compile such a schema: the mock answered `"enabled": "string"`
// for a `bool`, took any value for it, and read a `type: file` field as text, refusing the file
// the SDK sent. It reads them as the SDK's generator does; a security scheme's `type` is kept.
import { describe, expect, it } from "vitest";
import { mock } from "./helpers.js";

const voice = {
  type: "object",
  required: ["name", "enabled", "count", "tags"],
  properties: {
    name: { type: "String" },
    enabled: { type: "bool" },
    count: { type: "int", minimum: 1 },
    tags: { type: "list", items: { type: "str" } },
    anything: { type: "any" },
  },
};
const answer = { "200": { description: "ok", content: { "application/json": { schema: voice } } } };
const spec = {
  openapi: "3.0.3",
  info: { title: "type names", version: "1" },
  security: [{ bearer: [] }],
  components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
  paths: {
    "/voices": {
      post: {
        operationId: "createVoice",
        requestBody: { required: true, content: { "application/json": { schema: voice } } },
        responses: answer,
      },
    },
    "/clips": {
      post: {
        operationId: "addClip",
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["clip"],
                properties: { clip: { type: "file" } },
              },
            },
          },
        },
        responses: answer,
      },
    },
  },
};

const post = (url: string, body: unknown, auth = "Bearer k") =>
  fetch(url, {
    method: "POST",
    headers: { authorization: auth, "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("type names JSON Schema spells otherwise", () => {
  it("answers with values of the meant types", async () => {
    const server = await mock({ spec });
    const response = await post(`${server.url}/voices`, {
      name: "Ada",
      enabled: true,
      count: 2,
      tags: ["x"],
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(typeof body.name).toBe("string");
    expect(typeof body.enabled).toBe("boolean");
    expect(Number.isInteger(body.count)).toBe(true);
    expect(body.tags.every((tag: unknown) => typeof tag === "string")).toBe(true);
  });

  it("refuses values of other types, naming the field", async () => {
    const server = await mock({ spec });
    const response = await post(`${server.url}/voices`, {
      name: "Ada",
      enabled: "yes",
      count: 1.5,
      tags: [1],
    });
    expect(response.status).toBe(422);
    const text = await response.text();
    expect(text).toMatch(/enabled/);
    expect(text).toMatch(/count/);
    expect(text).toMatch(/tags/);
  });

  it("takes a file for a `type: file` field", async () => {
    const server = await mock({ spec });
    const form = new FormData();
    form.append("clip", new Blob(["RIFF"], { type: "audio/wav" }), "a.wav");
    const response = await fetch(`${server.url}/clips`, {
      method: "POST",
      headers: { authorization: "Bearer k" },
      body: form,
    });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(server.requests.at(-1)!.files).toMatchObject([{ field: "clip", size: 4 }]);
  });

  it("still checks the security scheme, whose `type: http` is no schema's", async () => {
    const server = await mock({ spec });
    const response = await fetch(`${server.url}/voices`, { method: "POST" });
    expect(response.status).toBe(401);
  });
});

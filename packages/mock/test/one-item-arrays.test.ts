/**
 * One item of an array goes as one field or part (RFC 7578 § 4.3; OpenAPI § 4.8.12.4, `form`
 * with `explode`), and one value of a parameter is a scalar where the schema takes one. Found by
 * a probe with Speakeasy's test spec: the mock refused a lone item of a nullable array or of an
 * array of objects, and `oneOf: [string, array of strings]` for any single value (ajv's
 * array coercion made the value match both branches).
 */
import { describe, expect, it } from "vitest";
import type { MockServer } from "../src/index.js";
import { mock } from "./helpers.js";

const bodySchema = {
  type: "object",
  properties: {
    tags: { type: ["array", "null"], items: { type: "string" } },
    people: {
      type: "array",
      items: { type: "object", required: ["name"], properties: { name: { type: "string" } } },
    },
  },
};
const ok = { "204": { description: "ok" } };
const spec = {
  openapi: "3.1.0",
  info: { title: "one-item arrays", version: "1" },
  paths: {
    "/multipart": {
      post: {
        operationId: "multipart",
        requestBody: { content: { "multipart/form-data": { schema: bodySchema } } },
        responses: ok,
      },
    },
    "/form": {
      post: {
        operationId: "form",
        requestBody: { content: { "application/x-www-form-urlencoded": { schema: bodySchema } } },
        responses: ok,
      },
    },
    "/search": {
      get: {
        operationId: "search",
        parameters: [
          {
            name: "q",
            in: "query",
            schema: { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] },
          },
          { name: "ids", in: "query", schema: { type: "array", items: { type: "integer" } } },
        ],
        responses: ok,
      },
    },
  },
};

async function received(server: MockServer, path: string, init?: RequestInit) {
  const res = await fetch(server.url + path, init);
  const record = server.requests.at(-1)!;
  return {
    status: res.status,
    body: record.body,
    query: record.parameters?.query,
    errors: record.errors,
  };
}

describe("a lone item of an array", () => {
  it("is an array of one in a multipart body, nullable or of objects", async () => {
    const server = await mock({ spec });
    const one = new FormData();
    one.append("tags", "a");
    one.append("people", JSON.stringify({ name: "Ada" }));
    expect(await received(server, "/multipart", { method: "POST", body: one })).toMatchObject({
      status: 204,
      body: { tags: ["a"], people: [{ name: "Ada" }] },
    });
    const two = new FormData();
    for (const tag of ["a", "b"]) two.append("tags", tag);
    for (const name of ["Ada", "Grace"]) two.append("people", JSON.stringify({ name }));
    expect(await received(server, "/multipart", { method: "POST", body: two })).toMatchObject({
      status: 204,
      body: { tags: ["a", "b"], people: [{ name: "Ada" }, { name: "Grace" }] },
    });
    // A lone item that breaks the item schema is still refused, at its index.
    const bad = new FormData();
    bad.append("people", JSON.stringify({ nom: "Ada" }));
    const refused = await received(server, "/multipart", { method: "POST", body: bad });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.errors)).toMatch(/people\/0/);
  });

  it("is an array of one in a URL-encoded body", async () => {
    const server = await mock({ spec });
    expect(
      await received(server, "/form", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "tags=a",
      }),
    ).toMatchObject({ status: 204, body: { tags: ["a"] } });
  });
});

describe("a lone query value", () => {
  it("is the string branch of a string-or-array union, and two values the array", async () => {
    const server = await mock({ spec });
    expect(await received(server, "/search?q=x")).toMatchObject({
      status: 204,
      query: { q: "x" },
    });
    expect(await received(server, "/search?q=x&q=y")).toMatchObject({
      status: 204,
      query: { q: ["x", "y"] },
    });
  });

  it("is still an array of one where the schema takes arrays only", async () => {
    const server = await mock({ spec });
    expect(await received(server, "/search?ids=7")).toMatchObject({
      status: 204,
      query: { ids: [7] },
    });
    expect((await received(server, "/search?ids=x")).status).toBe(422);
  });
});

// A parameter whose schema is a union of scalar types (GitHub's `workflow_id: oneOf: [integer,
// string]`, an id or a file name). Its text was checked with types coerced, so `161335` matched
// both branches, as a number and as text, and `oneOf` refused every numeric id (422). Each text
// is now also read as its schema reads it: as text where a string branch takes it.
import { describe, expect, it } from "vitest";
import { mock } from "./helpers.js";

const ok = { "200": { description: "ok" } };
const spec = {
  openapi: "3.0.3",
  info: { title: "scalar unions", version: "1" },
  paths: {
    "/workflows/{workflow_id}": {
      get: {
        operationId: "getWorkflow",
        parameters: [
          {
            name: "workflow_id",
            in: "path",
            required: true,
            schema: { oneOf: [{ type: "integer" }, { type: "string" }] },
          },
          {
            name: "limit",
            in: "query",
            schema: { oneOf: [{ type: "integer", minimum: 1 }, { type: "boolean" }] },
          },
        ],
        responses: ok,
      },
    },
  },
};

/** Mistral's `dry_run` (OpenAPI 3.1): a boolean that may be null, written as a union with null. */
const nullableBoolean = {
  openapi: "3.1.0",
  info: { title: "nullable boolean", version: "1" },
  paths: {
    "/jobs": {
      post: {
        operationId: "createJob",
        parameters: [
          {
            name: "dry_run",
            in: "query",
            schema: { anyOf: [{ type: "boolean" }, { type: "null" }], title: "Dry Run" },
          },
          {
            name: "ids",
            in: "query",
            schema: { type: "array", items: { anyOf: [{ type: "integer" }, { type: "null" }] } },
          },
          { name: "label", in: "query", schema: { anyOf: [{ type: "string" }, { type: "null" }] } },
          {
            name: "count",
            in: "query",
            schema: { anyOf: [{ type: "integer" }, { type: "null" }] },
          },
          {
            name: "filter",
            in: "query",
            style: "deepObject",
            explode: true,
            schema: {
              type: "object",
              properties: {
                n: { anyOf: [{ type: "integer" }, { type: "null" }] },
                on: { anyOf: [{ type: "boolean" }, { type: "null" }] },
              },
            },
          },
        ],
        responses: ok,
      },
    },
  },
};

describe("a parameter of a union of scalar types", () => {
  it("takes a numeric id and a name alike, each once", async () => {
    const server = await mock({ spec });
    for (const path of ["/workflows/161335", "/workflows/main.yml", "/workflows/7?limit=true"]) {
      const response = await fetch(`${server.url}${path}`, {
        headers: { authorization: "Bearer k" },
      });
      expect(response.status, `${path}: ${await response.text()}`).toBe(200);
    }
    // (As text: the string branch takes it as it came.)
    expect(server.requests.map((r) => r.parameters?.path.workflow_id)).toEqual([
      "161335",
      "main.yml",
      "7",
    ]);
    expect(server.requests.at(-1)?.parameters?.query.limit).toBe(true);
  });

  it("a boolean that may be null keeps its value: false is not recorded as null (probe40)", async () => {
    const server = await mock({ spec: nullableBoolean });
    for (const value of ["false", "true", "null"]) {
      const response = await fetch(`${server.url}/jobs?dry_run=${value}`, {
        method: "POST",
        headers: { authorization: "Bearer k" },
      });
      expect(response.status, await response.text()).toBe(200);
    }
    expect(server.requests.map((r) => r.parameters?.query.dry_run)).toEqual([false, true, null]);
    // The same in a list's items: 0 is not null either.
    const response = await fetch(`${server.url}/jobs?ids=0&ids=1`, {
      method: "POST",
      headers: { authorization: "Bearer k" },
    });
    expect(response.status, await response.text()).toBe(200);
    expect(server.requests.at(-1)?.parameters?.query.ids).toEqual([0, 1]);
  });

  it("a deepObject's fields and an empty text keep their values too", async () => {
    const server = await mock({ spec: nullableBoolean });
    const recorded = async (query: string) => {
      const response = await fetch(`${server.url}/jobs?${query}`, {
        method: "POST",
        headers: { authorization: "Bearer k" },
      });
      expect(response.status, await response.text()).toBe(200);
      return server.requests.at(-1)?.parameters?.query;
    };
    expect(await recorded("filter[n]=0&filter[on]=false")).toEqual({ filter: { n: 0, on: false } });
    expect(await recorded("filter[n]=null")).toEqual({ filter: { n: null } });
    // An empty text is a string where one goes.
    expect(await recorded("label=")).toEqual({ label: "" });
    expect(await recorded("count=0&label=null")).toEqual({ count: 0, label: "null" });
  });

  it("refuses an optional number sent empty; a required one is null so (probe79)", async () => {
    // FastAPI refuses `?page_size=` (an empty text is no integer); an SDK leaves a null
    // optional parameter out. It was recorded as null.
    const server = await mock({ spec: nullableBoolean });
    const response = await fetch(`${server.url}/jobs?count=&label=`, {
      method: "POST",
      headers: { authorization: "Bearer k" },
    });
    expect(response.status).toBe(422);
    expect(JSON.stringify(await response.json())).toContain("must not be empty");
    const required = structuredClone(nullableBoolean);
    Object.assign(required.paths["/jobs"].post.parameters[3]!, { required: true });
    const strict = await mock({ spec: required });
    const ok = await fetch(`${strict.url}/jobs?count=`, {
      method: "POST",
      headers: { authorization: "Bearer k" },
    });
    expect(ok.status, await ok.text()).toBe(200);
    expect(strict.requests.at(-1)?.parameters?.query).toEqual({ count: null });
  });

  it("still refuses a text no branch takes", async () => {
    const server = await mock({ spec });
    const response = await fetch(`${server.url}/workflows/7?limit=0`, {
      headers: { authorization: "Bearer k" },
    });
    expect(response.status).toBe(422);
    expect(JSON.stringify(server.requests.at(-1)?.errors)).toMatch(/oneOf|>= 1/);
  });
});

describe("a oneOf of plain values or lists is read as anyOf (probe49)", () => {
  // PeerTube's video ids: an integer, a UUID or a short id; every UUID is a short id too, so read
  // strictly no request by UUID passed. A plain value or list is the same whichever branch takes
  // it (the SDK takes the first); an object's branch still has to be the only one.
  const uuid = "9c9de5e8-0a1e-484a-b099-e80766180a6d";
  const ids = {
    openapi: "3.0.3",
    info: { title: "video ids", version: "1" },
    paths: {
      "/videos/{id}": {
        post: {
          operationId: "updateVideo",
          parameters: [
            {
              name: "id",
              in: "path",
              required: true,
              schema: {
                oneOf: [
                  { type: "integer" },
                  {
                    type: "string",
                    pattern:
                      "^[\\da-f]{8}-[\\da-f]{4}-4[\\da-f]{3}-[89ab][\\da-f]{3}-[\\da-f]{12}$",
                  },
                  { type: "string", minLength: 1 },
                ],
              },
            },
          ],
          requestBody: {
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    tags: {
                      oneOf: [
                        { type: "array", items: { type: "string" } },
                        { type: "array", items: { type: "integer" } },
                      ],
                    },
                    owner: {
                      oneOf: [
                        { type: "object", properties: { name: { type: "string" } } },
                        { type: "object", properties: { id: { type: "integer" } } },
                      ],
                    },
                  },
                },
              },
            },
          },
          responses: ok,
        },
      },
    },
  };
  const post = async (server: Awaited<ReturnType<typeof mock>>, path: string, body: object) => {
    const response = await fetch(`${server.url}${path}`, {
      method: "POST",
      headers: { authorization: "Bearer k", "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  };

  it("takes a UUID and an empty list", async () => {
    const server = await mock({ spec: ids });
    for (const [path, body] of [
      [`/videos/${uuid}`, {}],
      ["/videos/42", { tags: [] }],
      ["/videos/abc", { tags: ["a"] }],
    ] as const) {
      const { status, text } = await post(server, path, body);
      expect(status, `${path} ${JSON.stringify(body)}: ${text}`).toBe(200);
    }
  });

  it("still refuses an object two branches take", async () => {
    const server = await mock({ spec: ids });
    const { status, text } = await post(server, "/videos/42", { owner: {} });
    expect(status, text).toBe(422);
    expect(text).toMatch(/oneOf|exactly one/);
  });
});

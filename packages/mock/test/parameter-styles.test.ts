import { describe, expect, it } from "vitest";
import type { MockServer, ValidationErrorDetail } from "../src/index.js";
import { mock } from "./helpers.js";

const int = { type: "integer", maximum: 10 };
const ints = { type: "array", items: int };
const strings = { type: "array", items: { type: "string", maxLength: 5 } };
const point = {
  type: "object",
  required: ["x", "y"],
  properties: { x: int, y: int },
};
const noContent = { "204": { description: "ok" } };

const spec = {
  openapi: "3.0.3",
  info: { title: "parameter styles", version: "1" },
  paths: {
    "/search": {
      get: {
        operationId: "search",
        parameters: [
          { name: "ids", in: "query", style: "form", explode: false, schema: ints },
          { name: "tags", in: "query", style: "spaceDelimited", explode: false, schema: strings },
          { name: "colors", in: "query", style: "pipeDelimited", explode: false, schema: strings },
          {
            name: "filter",
            in: "query",
            required: true,
            style: "deepObject",
            explode: true,
            schema: {
              type: "object",
              required: ["state"],
              properties: {
                state: { type: "string", enum: ["open", "closed"] },
                author: { type: "string" },
              },
            },
          },
          {
            name: "created",
            in: "query",
            style: "deepObject",
            explode: true,
            schema: { type: "object", properties: { gt: { type: "integer" } } },
          },
          { name: "point", in: "query", style: "form", explode: true, schema: point },
          { name: "range", in: "query", style: "form", explode: false, schema: point },
          {
            name: "where",
            in: "query",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["owner"],
                  properties: { owner: { type: "string" } },
                },
              },
            },
          },
          { name: "odd", in: "query", style: "no-such-style", schema: { type: "string" } },
        ],
        responses: noContent,
      },
    },
    "/headers": {
      get: {
        operationId: "headers",
        parameters: [
          { name: "X-Ids", in: "header", required: true, schema: ints },
          { name: "X-Point", in: "header", explode: true, schema: point },
          { name: "X-Range", in: "header", schema: point },
        ],
        responses: noContent,
      },
    },
    "/cookies": {
      get: {
        operationId: "cookies",
        parameters: [
          { name: "session", in: "cookie", required: true, schema: { type: "string" } },
          { name: "prefs", in: "cookie", explode: false, schema: ints },
          { name: "limit", in: "cookie", schema: int },
        ],
        responses: noContent,
      },
    },
    "/simple/{ids}": pathOperation("ids", { schema: ints }),
    "/label/{ids}": pathOperation("ids", { style: "label", schema: ints }),
    "/label-exploded/{ids}": pathOperation("ids", { style: "label", explode: true, schema: ints }),
    "/matrix/{id}": pathOperation("id", { style: "matrix", schema: int }),
    "/matrix-exploded/{ids}": pathOperation("ids", {
      style: "matrix",
      explode: true,
      schema: ints,
    }),
    "/point/{p}": pathOperation("p", { schema: point }),
    "/point-exploded/{p}": pathOperation("p", { explode: true, schema: point }),
    "/odd/{v}": pathOperation("v", { style: "form", schema: { type: "string" } }),
  },
};

function pathOperation(name: string, extra: object) {
  return {
    get: {
      parameters: [{ name, in: "path", required: true, ...extra }],
      responses: noContent,
    },
  };
}

type Where = ValidationErrorDetail["location"];

/** GETs `path` and returns status plus "location:instancePath:keyword" of each problem. */
async function call(
  server: MockServer,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; problems: string[] }> {
  const res = await fetch(server.url + path, { headers });
  const problems: string[] = [];
  if (res.status === 422) {
    const json = (await res.json()) as { error: { details: ValidationErrorDetail[] } };
    for (const d of json.error.details)
      problems.push(`${d.location}:${d.instancePath}:${d.keyword}`);
  }
  return { status: res.status, problems };
}

function decoded(server: MockServer, where: Exclude<Where, "body">): unknown {
  return server.requests.at(-1)!.parameters?.[where];
}

const FILTER = "filter[state]=open";

describe("query parameter styles", () => {
  it("reads deepObject parameters, and validates their properties", async () => {
    const server = await mock({ spec });
    const ok = await call(server, `/search?${FILTER}&filter[author]=x&created[gt]=1700000000`);
    expect(ok).toEqual({ status: 204, problems: [] });
    expect(decoded(server, "query")).toEqual({
      filter: { state: "open", author: "x" },
      created: { gt: 1700000000 },
    });
    // Brackets percent-encoded, as URLSearchParams writes them.
    expect(await call(server, "/search?filter%5Bstate%5D=closed")).toEqual({
      status: 204,
      problems: [],
    });
    expect(await call(server, `/search?${FILTER}&created[gt]=notanumber`)).toEqual({
      status: 422,
      problems: ["query:/created/gt:type"],
    });
    expect((await call(server, "/search?filter[state]=merged")).problems).toEqual([
      "query:/filter/state:enum",
    ]);
    expect((await call(server, "/search?state=open")).problems).toEqual(["query::required"]);
  });

  it("splits form (explode false), spaceDelimited and pipeDelimited arrays", async () => {
    const server = await mock({ spec });
    const ok = await call(server, `/search?${FILTER}&ids=1,2,3&tags=a%20b&colors=red|green`);
    expect(ok.status).toBe(204);
    expect(decoded(server, "query")).toMatchObject({
      ids: [1, 2, 3],
      tags: ["a", "b"],
      colors: ["red", "green"],
    });
    // As the spec's examples write them: %20 and %7C are the delimiters.
    expect((await call(server, `/search?${FILTER}&tags=a%20b&colors=red%7Cgreen`)).status).toBe(
      204,
    );
    expect(decoded(server, "query")).toMatchObject({ tags: ["a", "b"], colors: ["red", "green"] });
    expect(
      (await call(server, `/search?${FILTER}&ids=1,20&tags=a+toolong&colors=x|toolong`)).problems,
    ).toEqual(["query:/ids/1:maximum", "query:/tags/1:maxLength", "query:/colors/1:maxLength"]);
  });

  it("reads form objects: exploded (one key per property) and not (k,v,k,v)", async () => {
    const server = await mock({ spec });
    expect((await call(server, `/search?${FILTER}&x=1&y=2&range=x,3,y,4`)).status).toBe(204);
    expect(decoded(server, "query")).toMatchObject({
      point: { x: 1, y: 2 },
      range: { x: 3, y: 4 },
    });
    expect((await call(server, `/search?${FILTER}&x=11&y=2&range=x,3,y,40`)).problems).toEqual([
      "query:/point/x:maximum",
      "query:/range/y:maximum",
    ]);
    expect((await call(server, `/search?${FILTER}&x=1`)).problems).toEqual([
      "query:/point:required",
    ]);
  });

  it("parses parameters declared with content as JSON", async () => {
    const server = await mock({ spec });
    const where = encodeURIComponent(JSON.stringify({ owner: "u1" }));
    expect((await call(server, `/search?${FILTER}&where=${where}`)).status).toBe(204);
    expect(decoded(server, "query")).toMatchObject({ where: { owner: "u1" } });
    const missing = encodeURIComponent(JSON.stringify({ other: 1 }));
    expect((await call(server, `/search?${FILTER}&where=${missing}`)).problems).toEqual([
      "query:/where:required",
    ]);
    expect((await call(server, `/search?${FILTER}&where={nope`)).problems).toEqual([
      "query:/where:json",
    ]);
  });

  it("survives styles it does not know", async () => {
    const server = await mock({ spec });
    expect((await call(server, `/search?${FILTER}&odd=a,b`)).status).toBe(204);
    expect((await call(server, "/odd/whatever")).status).toBe(204);
  });
});

describe("path parameter styles", () => {
  it("reads simple, label and matrix values", async () => {
    const server = await mock({ spec });
    const cases: Array<[string, unknown]> = [
      ["/simple/1,2,3", { ids: [1, 2, 3] }],
      ["/label/.1,2,3", { ids: [1, 2, 3] }],
      ["/label-exploded/.1.2.3", { ids: [1, 2, 3] }],
      ["/matrix/;id=5", { id: 5 }],
      ["/matrix-exploded/;ids=1;ids=2", { ids: [1, 2] }],
      ["/point/x,1,y,2", { p: { x: 1, y: 2 } }],
      ["/point-exploded/x=1,y=2", { p: { x: 1, y: 2 } }],
    ];
    for (const [path, value] of cases) {
      expect(await call(server, path), path).toEqual({ status: 204, problems: [] });
      expect(decoded(server, "path"), path).toEqual(value);
    }
  });

  it("refuses values that break the schema or the style", async () => {
    const server = await mock({ spec });
    expect((await call(server, "/simple/1,20")).problems).toEqual(["path:/ids/1:maximum"]);
    expect((await call(server, "/label/1,2")).problems).toEqual(["path:/ids:style"]);
    expect((await call(server, "/matrix/;id=50")).problems).toEqual(["path:/id:maximum"]);
    expect((await call(server, "/matrix/;other=5")).problems).toEqual(["path:/id:style"]);
    expect((await call(server, "/point-exploded/x=1,y=20")).problems).toEqual([
      "path:/p/y:maximum",
    ]);
  });
});

describe("header and cookie parameters", () => {
  it("reads simple header arrays and objects", async () => {
    const server = await mock({ spec });
    const ok = await call(server, "/headers", {
      "x-ids": "1, 2",
      "x-point": "x=1,y=2",
      "x-range": "x,3,y,4",
    });
    expect(ok).toEqual({ status: 204, problems: [] });
    expect(decoded(server, "header")).toEqual({
      "X-Ids": [1, 2],
      "X-Point": { x: 1, y: 2 },
      "X-Range": { x: 3, y: 4 },
    });
    expect(
      (await call(server, "/headers", { "x-ids": "1,20", "x-point": "x=1,y=20" })).problems,
    ).toEqual(["header:/X-Ids/1:maximum", "header:/X-Point/y:maximum"]);
  });

  it("reads cookies: required, arrays and scalars checked by their schema", async () => {
    const server = await mock({ spec });
    const ok = await call(server, "/cookies", { cookie: "session=abc; prefs=1,2; limit=3" });
    expect(ok).toEqual({ status: 204, problems: [] });
    expect(decoded(server, "cookie")).toEqual({ session: "abc", prefs: [1, 2], limit: 3 });
    expect((await call(server, "/cookies", { cookie: "prefs=1,20; limit=x" })).problems).toEqual([
      "cookie::required",
      "cookie:/prefs/1:maximum",
      "cookie:/limit:type",
    ]);
  });
});

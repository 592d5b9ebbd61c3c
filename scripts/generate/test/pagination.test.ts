/**
 * Lists walked page by page: `for await (const item of orq.things.list({ limit: 3 }))` yields
 * every item, asking for each next page as the loop reaches it, in the four ways APIs page
 * (after the last item's id, a cursor the answer gives, a page number, an offset), read from the
 * spec's parameter and field names. Generated from an inline spec; walked by core's runtime
 * against a real server on 127.0.0.1 that pages a list of seven items.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { typecheck } from "./helpers.js";
import { runtimeAgainstDocument, type RuntimeAgainstMock } from "./runtime-against-mock.js";

const query = (name: string, schema: object = { type: "string" }, description?: string) => ({
  name,
  in: "query",
  schema,
  ...(description && { description }),
});
const limit = query("limit", { type: "integer", minimum: 1, maximum: 100 });
const list = (operationId: string, parameters: object[], answer: object) => ({
  get: {
    operationId,
    parameters,
    responses: {
      "200": { description: "ok", content: { "application/json": { schema: answer } } },
    },
  },
});
const array = (item: object) => ({ type: "array", items: item });
const declared = (item: { get: object }, pagination: object) => ({
  get: { ...item.get, "x-speakeasy-pagination": pagination },
});
const named = { type: "object", properties: { id: { type: "string" }, name: { type: "string" } } };

const spec = {
  openapi: "3.1.0",
  info: { title: "pages", version: "1" },
  servers: [{ url: "https://api.example.com" }],
  paths: {
    // orq's, Stripe's and OpenAI's: after the last item's id, until `has_more` is false.
    "/things": list("listThings", [limit, query("starting_after"), query("ending_before")], {
      type: "object",
      required: ["object", "data", "has_more"],
      properties: { object: { type: "string" }, data: array(named), has_more: { type: "boolean" } },
    }),
    // orq's files: the id the parameter's description names.
    "/files": list(
      "listFiles",
      [
        limit,
        query("starting_after", { type: "string" }, "Set to the `file_id` of the last item."),
      ],
      {
        type: "object",
        properties: {
          data: array({
            type: "object",
            properties: { project_id: { type: "string" }, file_id: { type: "string" } },
          }),
          has_more: { type: "boolean" },
        },
      },
    ),
    // A cursor the answer gives, `null` after the last page.
    "/tokens": list("listTokens", [query("page_size", { type: "integer" }), query("page_token")], {
      type: "object",
      properties: {
        items: array(named),
        next_page_token: { type: ["string", "null"] },
      },
    }),
    // Page numbers, up to a count of pages one object below.
    "/pages": list(
      "listPages",
      [query("page", { type: "integer", minimum: 1, default: 1 }), limit],
      {
        type: "object",
        properties: {
          results: array(named),
          meta: { type: "object", properties: { total_pages: { type: "integer" } } },
        },
      },
    ),
    // An offset, up to a total.
    "/rows": list("listRows", [query("offset", { type: "integer" }), limit], {
      type: "object",
      properties: { rows: array(named), total: { type: "integer" } },
    }),
    // The answer is the list: walked to an empty page.
    "/bare": list("listBare", [query("starting_after"), limit], array(named)),
    // A server that ignores the cursor; one that says more follow with nothing to ask by.
    "/stuck": list("listStuck", [query("starting_after"), limit], {
      type: "object",
      properties: { data: array(named), has_more: { type: "boolean" } },
    }),
    "/broken": list("listBroken", [query("starting_after")], {
      type: "object",
      properties: { data: array(named), has_more: { type: "boolean" } },
    }),
    // Not walked: Mailgun's `after` is a time; Twilio's `PageToken` comes back as a URL; a POST.
    "/events": list(
      "listEvents",
      [query("after", { type: "string" }, "Events emitted after a given timestamp")],
      { type: "object", properties: { items: array(named) } },
    ),
    "/calls": list("listCalls", [query("Page", { type: "integer" }), query("PageToken")], {
      type: "object",
      properties: { calls: array(named), next_page_uri: { type: "string" } },
    }),
    "/search": {
      post: {
        operationId: "search",
        parameters: [query("cursor")],
        responses: {
          "200": {
            description: "ok",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: { hits: array(named), next_cursor: { type: "string" } },
                },
              },
            },
          },
        },
      },
    },
    // Found by probe86. A 0-based page in a nullable union (Algolia's, FastAPI's), its count of
    // pages `nbPages`.
    "/zero": list(
      "listZero",
      [
        query("page", { anyOf: [{ type: "integer", minimum: 0 }, { type: "null" }] }),
        query("size", { type: "integer" }),
      ],
      { type: "object", properties: { items: array(named), nbPages: { type: "integer" } } },
    ),
    // Letta's offset of a string or a number.
    "/letta": list(
      "listLetta",
      [query("offset", { oneOf: [{ type: "string" }, { type: "number" }] }), limit],
      array(named),
    ),
    // Novu's list one object down, with the answer's `next` cursor for `after`, and a total.
    "/novu": list(
      "listNovu",
      [query("after", { type: "string" }, "Cursor for pagination"), limit],
      {
        type: "object",
        properties: {
          data: {
            type: "object",
            properties: {
              data: array({ type: "object", properties: { _id: { type: "string" } } }),
              next: {
                type: "string",
                nullable: true,
                description:
                  "The cursor for the next page of results, or null if there are no more pages.",
              },
              totalCount: { type: "number" },
            },
          },
        },
      },
    ),
    // Neon's `cursor` answered as `pagination.cursor`; DRF's `next` is a URL, no cursor.
    "/neon": list("listNeon", [query("cursor"), limit], {
      type: "object",
      properties: {
        projects: array(named),
        pagination: { type: "object", properties: { cursor: { type: "string" } } },
      },
    }),
    "/drf": list("listDrf", [query("cursor")], {
      type: "object",
      properties: {
        results: array(named),
        next: { type: "string", format: "uri", nullable: true },
      },
    }),
    // DRF's page: its `next` link, `null` on the last page, ends the walk (a page past the last is
    // a 404); its `count` says nothing of being a total.
    "/drf-pages": list("listDrfPages", [query("page", { type: "integer" })], {
      type: "object",
      properties: {
        count: { type: "integer" },
        next: { type: "string", format: "uri", nullable: true },
        results: array(named),
      },
    }),
    // A `count` that says it is the total is one.
    "/supabase": list("listSupabase", [query("offset", { type: "integer" }), limit], {
      type: "object",
      properties: {
        projects: array(named),
        pagination: {
          type: "object",
          properties: { count: { type: "integer", description: "Total number of projects" } },
        },
      },
    }),
    // Speakeasy's `x-speakeasy-pagination`, which wins over names.
    "/since": declared(
      list("listSince", [query("since"), limit], {
        type: "object",
        properties: {
          entries: array(named),
          meta: { type: "object", properties: { resume_from: { type: "string" } } },
        },
      }),
      {
        type: "cursor",
        inputs: [{ name: "since", in: "parameters", type: "cursor" }],
        outputs: { results: "$.entries", nextCursor: "$.meta.resume_from" },
      },
    ),
    "/stamped": declared(
      list("listStamped", [query("newer_than"), limit], {
        type: "object",
        properties: {
          rows: array({ type: "object", properties: { created_at: { type: "string" } } }),
        },
      }),
      {
        type: "cursor",
        inputs: [{ name: "newer_than", in: "parameters", type: "cursor" }],
        outputs: { results: "$.rows", nextCursor: "$.rows[-1].created_at" },
      },
    ),
    "/numbered": declared(
      list("listNumbered", [query("p", { type: "integer", default: 0 }), limit], {
        type: "object",
        properties: { data: array(named), pages: { type: "integer" } },
      }),
      {
        type: "offsetLimit",
        inputs: [{ name: "p", in: "parameters", type: "page" }],
        outputs: { results: "$.data", numPages: "$.pages" },
      },
    ),
    // Its cursor in the body, which a walk does not set: not walked, whatever the names say.
    "/in-body": declared(
      list("listInBody", [query("cursor")], {
        type: "object",
        properties: { items: array(named), next_cursor: { type: "string" } },
      }),
      {
        type: "cursor",
        inputs: [{ name: "cursor", in: "requestBody", type: "cursor" }],
        outputs: { results: "$.items", nextCursor: "$.next_cursor" },
      },
    ),
    // An answer's `count` may be this page's: no total, walked to an empty page.
    "/counted": list("listCounted", [query("skip", { type: "integer" })], {
      type: "object",
      properties: { items: array(named), count: { type: "integer" } },
    }),
  },
};

const ids = ["a", "b", "c", "d", "e", "f", "g"];

/** Pages `ids` for each path as its API would, `limit` (default 3) at a time. */
function page(url: URL): unknown {
  const q = url.searchParams;
  const size = Number(q.get("limit") ?? q.get("page_size") ?? 3);
  const from = (start: number) => ids.slice(start, start + size);
  const item = (id: string) => ({ id, name: id.toUpperCase() });
  const after = (key: string) => (key ? ids.indexOf(key) + 1 : 0);
  switch (url.pathname) {
    case "/things":
    case "/stuck": {
      // (Stripe's `ending_before`: the page just before that item, and whether more precede it.)
      const before = q.get("ending_before");
      if (before) {
        const end = ids.indexOf(before);
        const start = Math.max(0, end - size);
        return { object: "list", data: ids.slice(start, end).map(item), has_more: start > 0 };
      }
      const start = url.pathname === "/stuck" ? 0 : after(q.get("starting_after") ?? "");
      const data = from(start).map(item);
      return { object: "list", data, has_more: start + size < ids.length };
    }
    case "/zero": {
      const number = Number(q.get("page") ?? 0);
      const size = Number(q.get("size"));
      return {
        items: ids.slice(number * size, number * size + size).map(item),
        nbPages: Math.ceil(ids.length / size),
      };
    }
    case "/drf-pages": {
      const number = Number(q.get("page") ?? 1);
      const last = Math.ceil(ids.length / size);
      if (number > last) return { status: 404 };
      const next = number < last ? `http://127.0.0.1/drf-pages?page=${number + 1}` : null;
      return { count: ids.length, next, results: from((number - 1) * size).map(item) };
    }
    case "/since": {
      const start = Number(q.get("since") ?? 0);
      const end = start + size;
      return {
        entries: from(start).map(item),
        meta: end < ids.length ? { resume_from: `${end}` } : {},
      };
    }
    case "/stamped":
      return {
        rows: from(after(q.get("newer_than") ?? "")).map((id) => ({ created_at: id })),
      };
    case "/numbered": {
      const number = Number(q.get("p") ?? 0);
      return { data: from(number * size).map(item), pages: Math.ceil(ids.length / size) };
    }
    case "/letta":
      return from(Number(q.get("offset") ?? 0)).map(item);
    case "/novu": {
      const start = Number(q.get("after") ?? 0);
      const end = start + size;
      const data = from(start).map((id) => ({ _id: id }));
      return { data: { data, next: end < ids.length ? `${end}` : null, totalCount: 7 } };
    }
    case "/neon": {
      const start = Number(q.get("cursor") ?? 0);
      return { projects: from(start).map(item), pagination: { cursor: `${start + size}` } };
    }
    case "/files": {
      const start = after(q.get("starting_after") ?? "");
      const data = from(start).map((id) => ({ project_id: "p", file_id: id }));
      return { data, has_more: start + size < ids.length };
    }
    case "/tokens": {
      const start = Number(q.get("page_token") ?? 0);
      const end = start + size;
      return { items: from(start).map(item), next_page_token: end < ids.length ? `${end}` : null };
    }
    case "/pages": {
      const number = Number(q.get("page") ?? 1);
      const results = from((number - 1) * size).map(item);
      return { results, meta: { total_pages: Math.ceil(ids.length / size) } };
    }
    case "/rows": {
      const start = Number(q.get("offset") ?? 0);
      return { rows: from(start).map(item), total: ids.length };
    }
    case "/bare":
      return from(after(q.get("starting_after") ?? "")).map(item);
    case "/broken":
      return { data: [{ name: "no id" }], has_more: true };
  }
  return {};
}

let it: RuntimeAgainstMock;
let server: Server;
let asked: { url: string; trace?: string }[] = [];
let methods: Record<string, (...args: unknown[]) => unknown>;

beforeAll(async () => {
  it = await runtimeAgainstDocument(spec, "pagination");
  server = createServer((req, res) => {
    const url = new URL(req.url!, "http://127.0.0.1");
    asked.push({ url: req.url!, trace: req.headers["x-trace"] as string | undefined });
    const body = page(url);
    const status = (body as { status?: number }).status ?? 200;
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const core = it.clientAt(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  // Core's method binding, loaded after the spec's own generated constants are in place.
  const src = new URL("../../../packages/core/src/", import.meta.url).href;
  const { bindMethods } = await import(`${src}client/bind-methods.ts`);
  methods = bindMethods(core, it.operations);
}, 60_000);
afterAll(async () => {
  await it?.close();
  server?.close();
});

type Walkable = Promise<unknown> &
  AsyncIterable<{ id?: string }> & {
    pages(): AsyncIterable<unknown>;
  };
const call = (name: string, request?: object, options?: object) =>
  methods[name]!(request, options) as Walkable;

async function walk(name: string, request?: object): Promise<string[]> {
  asked = [];
  const out: string[] = [];
  for await (const item of call(name, request)) out.push(item.id ?? JSON.stringify(item));
  return out;
}

describe("which lists are walked, and how", () => {
  test("each way of paging is read from the spec's names", () => {
    const p = (id: string) => it.operations[id]!.pagination;
    expect(p("listThings")).toEqual({
      kind: "after",
      param: "startingAfter",
      items: ["data"],
      more: ["hasMore"],
      before: "endingBefore",
    });
    expect(p("listFiles")).toMatchObject({ kind: "after", key: "fileId" });
    expect(p("listTokens")).toEqual({
      kind: "cursor",
      param: "pageToken",
      items: ["items"],
      next: ["nextPageToken"],
    });
    expect(p("listPages")).toEqual({
      kind: "page",
      param: "page",
      items: ["results"],
      total: ["meta", "totalPages"],
    });
    expect(p("listRows")).toEqual({
      kind: "offset",
      param: "offset",
      items: ["rows"],
      total: ["total"],
    });
    expect(p("listBare")).toEqual({ kind: "after", param: "startingAfter", items: [] });
    expect(p("listCounted")).toEqual({ kind: "offset", param: "skip", items: ["items"] });
    expect(p("listZero")).toEqual({
      kind: "page",
      param: "page",
      items: ["items"],
      total: ["nbPages"],
      first: 0,
    });
    expect(p("listNovu")).toEqual({
      kind: "after",
      param: "after",
      items: ["data", "data"],
      next: ["data", "next"],
    });
    expect(p("listNeon")).toMatchObject({ kind: "cursor", next: ["pagination", "cursor"] });
    expect(p("listSupabase")).toMatchObject({ total: ["pagination", "count"] });
    expect(p("listDrfPages")).toEqual({
      kind: "page",
      param: "page",
      items: ["results"],
      more: ["next"],
    });
  });

  test("a time, a page token answered as a URL, a URL as `next`, a POST, a cursor declared in the body are not walked", () => {
    for (const id of ["listEvents", "listCalls", "search", "listDrf", "listInBody"])
      expect(it.operations[id]!.pagination, id).toBeUndefined();
  });
});

describe("walking against a server", () => {
  test("after the last item's id, until `has_more` is false", async () => {
    expect(await walk("listThings", { limit: 3 })).toEqual(ids);
    expect(asked.map((a) => a.url)).toEqual([
      "/things?limit=3",
      "/things?limit=3&starting_after=c",
      "/things?limit=3&starting_after=f",
    ]);
  });

  test("after the id field the parameter's description names", async () => {
    asked = [];
    const files: string[] = [];
    for await (const file of call("listFiles") as AsyncIterable<{ fileId: string }>)
      files.push(file.fileId);
    expect(files).toEqual(ids);
    expect(asked.map((a) => a.url)[1]).toBe("/files?starting_after=c");
  });

  test("by the cursor the answer gives, until it is null", async () => {
    expect(await walk("listTokens", { pageSize: 2 })).toEqual(ids);
    expect(asked.map((a) => a.url)).toEqual([
      "/tokens?page_size=2",
      "/tokens?page_size=2&page_token=2",
      "/tokens?page_size=2&page_token=4",
      "/tokens?page_size=2&page_token=6",
    ]);
  });

  test("by page number up to the count of pages, from the page given", async () => {
    expect(await walk("listPages", { limit: 3 })).toEqual(ids);
    expect(asked.map((a) => a.url)).toEqual([
      "/pages?limit=3",
      "/pages?page=2&limit=3",
      "/pages?page=3&limit=3",
    ]);
    expect(await walk("listPages", { limit: 3, page: 2 })).toEqual(ids.slice(3));
  });

  test("by offset up to the total", async () => {
    expect(await walk("listRows", { limit: 4 })).toEqual(ids);
    expect(asked.map((a) => a.url)).toEqual(["/rows?limit=4", "/rows?offset=4&limit=4"]);
  });

  test("a call that gives `ending_before` walks back, never sending both", async () => {
    expect(await walk("listThings", { limit: 3, endingBefore: "g" })).toEqual([..."defabc"]);
    expect(asked.map((a) => a.url)).toEqual([
      "/things?limit=3&ending_before=g",
      "/things?limit=3&ending_before=d",
    ]);
  });

  test("pages from 0 where a nullable union says so", async () => {
    expect(await walk("listZero", { size: 3 })).toEqual(ids);
    expect(asked.map((a) => a.url)).toEqual([
      "/zero?size=3",
      "/zero?page=1&size=3",
      "/zero?page=2&size=3",
    ]);
  });

  test("an offset given as text is counted on from", async () => {
    expect(await walk("listLetta", { limit: 3, offset: "3" })).toEqual(ids.slice(3));
    expect(asked.map((a) => a.url)).toEqual([
      "/letta?offset=3&limit=3",
      "/letta?offset=6&limit=3",
      "/letta?offset=7&limit=3",
    ]);
  });

  test("a list one object down, by the answer's `next`; a `pagination.cursor`", async () => {
    expect(await walk("listNovu", { limit: 3 })).toEqual(ids);
    expect(asked.map((a) => a.url)).toEqual([
      "/novu?limit=3",
      "/novu?after=3&limit=3",
      "/novu?after=6&limit=3",
    ]);
    expect(await walk("listNeon", { limit: 4 })).toEqual(ids);
  });

  test("as `x-speakeasy-pagination` declares, where names say nothing", async () => {
    expect(it.operations.listSince!.pagination).toEqual({
      kind: "cursor",
      param: "since",
      items: ["entries"],
      next: ["meta", "resumeFrom"],
    });
    expect(await walk("listSince", { limit: 3 })).toEqual(ids);
    expect(asked.map((a) => a.url)).toEqual([
      "/since?limit=3",
      "/since?since=3&limit=3",
      "/since?since=6&limit=3",
    ]);
    expect(it.operations.listStamped!.pagination).toEqual({
      kind: "after",
      param: "newerThan",
      items: ["rows"],
      key: "createdAt",
    });
    asked = [];
    const stamps: string[] = [];
    for await (const row of call("listStamped", { limit: 3 }) as AsyncIterable<{
      createdAt: string;
    }>)
      stamps.push(row.createdAt);
    expect(stamps).toEqual(ids);
    expect(asked.map((a) => a.url)[1]).toBe("/stamped?newer_than=c&limit=3");
    expect(it.operations.listNumbered!.pagination).toEqual({
      kind: "page",
      param: "p",
      items: ["data"],
      total: ["pages"],
      first: 0,
    });
    expect(await walk("listNumbered", { limit: 3 })).toEqual(ids);
    expect(asked).toHaveLength(3);
  });

  test("a page walk ends where the next page's link is null", async () => {
    expect(await walk("listDrfPages")).toEqual(ids);
    expect(asked.map((a) => a.url)).toEqual([
      "/drf-pages",
      "/drf-pages?page=2",
      "/drf-pages?page=3",
    ]);
  });

  test("a list answered bare is walked to its empty page", async () => {
    expect(await walk("listBare", { limit: 5 })).toEqual(ids);
    expect(asked).toHaveLength(3);
  });

  test("awaited, the method is the first page; `pages()` walks the pages", async () => {
    asked = [];
    const first = (await call("listThings", { limit: 3 })) as { data: unknown[]; hasMore: boolean };
    expect(first).toMatchObject({ object: "list", hasMore: true });
    expect(first.data).toHaveLength(3);
    const pages: unknown[] = [];
    for await (const p of call("listThings", { limit: 3 }).pages()) pages.push(p);
    expect(pages.map((p) => (p as { data: unknown[] }).data.length)).toEqual([3, 3, 1]);
    expect(asked).toHaveLength(4);
  });

  test("a loop left early asks for no more; every page goes with the call's options", async () => {
    asked = [];
    for await (const item of call("listThings", { limit: 3 }, { headers: { "x-trace": "t1" } }))
      if (item.id === "d") break;
    expect(asked).toEqual([
      { url: "/things?limit=3", trace: "t1" },
      { url: "/things?limit=3&starting_after=c", trace: "t1" },
    ]);
  });

  test("a server that ignores the cursor ends the walk instead of looping", async () => {
    expect(await walk("listStuck", { limit: 3 })).toEqual([...ids.slice(0, 3), ...ids.slice(0, 3)]);
    expect(asked).toHaveLength(2);
  });

  test("a page that says more follow with nothing to ask for them by is an error", async () => {
    await expect(walk("listBroken")).rejects.toThrow(
      /^broken\.list: the page says more follow \(`hasMore`\), but has no `id` to ask for them by \(`startingAfter`\)$/,
    );
  });
});

test("the types: awaited, the answer; walked, its list's items", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { Resources } from "./resources.js";
declare const orq: Resources<{ timeoutMs?: number }>;
export async function usage(): Promise<string> {
  const first = await orq.things.list({ limit: 3 });
  let text = String(first.hasMore);
  for await (const thing of orq.things.list({ limit: 3 })) text += thing.name ?? thing.id;
  for await (const page of orq.pages.list().pages()) text += page.results?.length;
  for await (const row of orq.bare.list()) text += row.id;
  // @ts-expect-error an item is no page
  for await (const thing of orq.things.list()) text += thing.hasMore;
  return text;
}
`,
  );
  const checked = await typecheck([it.dir], it.dir);
  expect(checked.output).toBe("");
  expect(checked.code).toBe(0);
});

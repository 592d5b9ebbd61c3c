// Parameters written as their `style`, `explode`, `allowReserved` and `content` say (OpenAPI 3.1
// § 4.8.12.4 "Style Values" and its examples table), and cookie parameters, checked on the wire
// of a real server. The shipped spec has no parameters, so its generated `usesParameters` (and
// `usesParameterStyles`, `usesCookieParameters`) are false and none of this is in its build; here
// they are on. The tables are in the shape the generator writes
// (scripts/generate/test/fixtures/parameter-styles.yaml).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Operation, Parameter, SchemaNode } from "../src/generated/contract.js";
import { restoreFeatures, turnOnEveryFeature } from "./helpers/every-feature.js";
import { startServer } from "./helpers/http-server.js";

interface Received {
  /** The request target exactly as it came on the request line. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

const received: Received[] = [];
let server: Awaited<ReturnType<typeof startServer>>;
let sdk: typeof import("../src/index.js");

beforeAll(async () => {
  turnOnEveryFeature();
  sdk = await import("../src/index.js");
  server = await startServer((req, res) => {
    received.push({ url: req.url!, headers: req.headers });
    res.writeHead(204).end();
  });
});
afterAll(async () => {
  restoreFeatures();
  await server.close();
});
beforeEach(() => {
  received.length = 0;
});

const client = () =>
  new sdk.OrqCore({ apiKey: "k", serverURL: server.url, retryConfig: { strategy: "none" } });

/** One GET with these parameters, answered with a 204. */
const paint = (path: string, ...parameters: Parameter[]): Operation => ({
  operationId: "paint",
  method: "get",
  path,
  sdkName: "paint",
  parameters,
  response: { status: "204", mediaType: "" },
});

async function send(op: Operation, request: unknown, headers?: Record<string, string>) {
  const result = await client().callOperation(
    op,
    request,
    headers ? { fetchOptions: { headers } } : undefined,
  );
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(received).toHaveLength(1);
  return received.pop()!;
}

// The examples of the spec's table: `color` as a string, an array, an object, and undefined (an
// empty list: RFC 6570 § 2.3 counts it as undefined, as it does null).
const STRING: SchemaNode = { type: "string" };
const ARRAY: SchemaNode = { type: "array", items: { type: "string" } };
const OBJECT: SchemaNode = {
  type: "object",
  properties: { R: { type: "integer" }, G: { type: "integer" }, B: { type: "integer" } },
};
const VALUES = [
  ["undefined", ARRAY, []],
  ["string", STRING, "blue"],
  ["array", ARRAY, ["blue", "black", "brown"]],
  ["object", OBJECT, { R: 100, G: 200, B: 150 }],
] as const;

type Row = readonly [
  style: NonNullable<Parameter["style"]>,
  explode: boolean,
  undefined: string | null,
  string: string | null,
  array: string | null,
  object: string | null,
];
/** The spec's rows; `null` where it says n/a. */
const TABLE: readonly Row[] = [
  ["matrix", false, ";color", ";color=blue", ";color=blue,black,brown", ";color=R,100,G,200,B,150"],
  [
    "matrix",
    true,
    ";color",
    ";color=blue",
    ";color=blue;color=black;color=brown",
    ";R=100;G=200;B=150",
  ],
  ["label", false, ".", ".blue", ".blue,black,brown", ".R,100,G,200,B,150"],
  ["label", true, ".", ".blue", ".blue.black.brown", ".R=100.G=200.B=150"],
  ["simple", false, "", "blue", "blue,black,brown", "R,100,G,200,B,150"],
  ["simple", true, "", "blue", "blue,black,brown", "R=100,G=200,B=150"],
  ["form", false, "color=", "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150"],
  ["form", true, "color=", "color=blue", "color=blue&color=black&color=brown", "R=100&G=200&B=150"],
  [
    "spaceDelimited",
    false,
    null,
    null,
    "color=blue%20black%20brown",
    "color=R%20100%20G%20200%20B%20150",
  ],
  [
    "pipeDelimited",
    false,
    null,
    null,
    "color=blue%7Cblack%7Cbrown",
    "color=R%7C100%7CG%7C200%7CB%7C150",
  ],
  ["deepObject", true, null, null, null, "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150"],
];
const PATH_STYLES = ["matrix", "label", "simple"];
const QUERY_STYLES = ["form", "spaceDelimited", "pipeDelimited", "deepObject"];

/** Each defined cell of the rows with these styles, as a test case. */
const cases = (styles: string[]) =>
  TABLE.filter(([style]) => styles.includes(style)).flatMap(([style, explode, ...cells]) =>
    VALUES.flatMap(([kind, schema, value], i) =>
      cells[i] === null ? [] : [{ style, explode, kind, schema, value, expected: cells[i]! }],
    ),
  );

describe("an optional query or cookie parameter given null, [] or {} (probe79)", () => {
  // FastAPI writes every optional parameter as `anyOf: [T, null]`: `page_size=` was read as an
  // empty text (a 422), and a `nextPageToken: null` passed back filtered on "".
  it("is left out, as undefined is; a required one is written as the table says", async () => {
    const optional = (name: string, schema: object): Parameter => ({
      name,
      sdk: name,
      in: "query",
      required: false,
      schema: { anyOf: [schema, { type: "null" }] },
    });
    const op = paint(
      "/paint",
      optional("page_size", { type: "integer" }),
      optional("ids", { type: "array", items: { type: "string" } }),
      optional("where", { type: "object" }),
    );
    expect((await send(op, { page_size: null, ids: [], where: {} })).url).toBe("/paint");
    expect((await send(op, { page_size: 2, ids: ["a"] })).url).toBe("/paint?page_size=2&ids=a");
  });
});

describe("the examples table of OpenAPI 3.1 § 4.8.12.4, on the wire", () => {
  // (simple's undefined cell, nothing at all, makes another path there: refused, see below;
  // headers show that cell.)
  it.each(cases(PATH_STYLES).filter((c) => !(c.style === "simple" && c.kind === "undefined")))(
    "path, $style, explode $explode, $kind: $expected",
    async ({ style, explode, schema, value, expected }) => {
      // `/paint{color}`: the template stands for exactly what the style writes (`/paint.blue`).
      const color: Parameter = { name: "color", sdk: "color", in: "path", required: true, schema };
      const op = paint("/paint{color}", {
        ...color,
        ...(style === "simple" ? {} : { style }),
        ...(explode ? { explode } : {}),
      });
      expect((await send(op, { color: value })).url).toBe(`/paint${expected}`);
    },
  );

  it.each(cases(QUERY_STYLES))(
    "query, $style, explode $explode, $kind: $expected",
    async ({ style, explode, schema, value, expected }) => {
      const color: Parameter = { name: "color", sdk: "color", in: "query", required: true, schema };
      const op = paint("/paint", {
        ...color,
        ...(style === "form" ? {} : { style }),
        ...(explode === (style === "form") ? {} : { explode }),
      });
      expect((await send(op, { color: value })).url).toBe(`/paint?${expected}`);
    },
  );

  it.each(cases(["simple"]))(
    "header, simple, explode $explode, $kind: $expected",
    async ({ explode, schema, value, expected }) => {
      const color: Parameter = {
        name: "color",
        sdk: "color",
        in: "header",
        required: true,
        schema,
      };
      const op = paint("/paint", { ...color, ...(explode ? { explode } : {}) });
      expect((await send(op, { color: value })).headers.color).toBe(expected);
    },
  );

  it("the empty string is written as the undefined column says", async () => {
    const op = paint(
      "/paint{a}{b}/x",
      { name: "a", sdk: "a", in: "path", required: true, schema: STRING, style: "matrix" },
      { name: "b", sdk: "b", in: "path", required: true, schema: STRING, style: "label" },
      { name: "d", sdk: "d", in: "query", required: true, schema: STRING },
    );
    expect((await send(op, { a: "", b: "", d: "" })).url).toBe("/paint;a./x?d=");
  });

  it("an empty path parameter in the default style is refused: it would name another resource", async () => {
    const op = paint("/users/{id}", {
      name: "id",
      sdk: "id",
      in: "path",
      required: true,
      schema: STRING,
    });
    const result = await client().callOperation(op, { id: "" });
    expect(!result.ok && result.error.message).toMatch(/id must not be empty/);
    expect(received).toHaveLength(0);
  });
});

describe("values a path or a header cannot carry as they are", () => {
  const id = { name: "id", sdk: "userId", in: "path", required: true, schema: STRING } as const;
  const withHeader = paint("/paint", {
    name: "X-Req",
    sdk: "xReq",
    in: "header",
    required: true,
    schema: STRING,
  });

  it.each([".", ".."])(
    "a path parameter of %j is refused: the URL parser would drop the segment",
    async (value) => {
      const result = await client().callOperation(paint("/users/{id}/settings", id), {
        userId: value,
      });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toBeInstanceOf(sdk.ValidationError);
      expect(!result.ok && result.error.message).toContain(
        `userId must not make the path segment "${value}"`,
      );
      expect(received).toHaveLength(0);
    },
  );

  it("two parameters that make a dot segment together are both named", async () => {
    const op = paint(
      "/files/{a}{b}",
      { name: "a", sdk: "a", in: "path", required: true, schema: STRING },
      { name: "b", sdk: "b", in: "path", required: true, schema: STRING },
    );
    const result = await client().callOperation(op, { a: ".", b: "." });
    expect(!result.ok && result.error.message).toMatch(/a must not make .*; b must not make/);
    expect(received).toHaveLength(0);
  });

  it("dots inside a longer segment, or encoded slashes, are sent as they are", async () => {
    expect((await send(paint("/users/{id}/settings", id), { userId: "..." })).url).toBe(
      "/users/.../settings",
    );
    expect((await send(paint("/users/{id}/settings", id), { userId: "../x" })).url).toBe(
      "/users/..%2Fx/settings",
    );
    expect((await send(paint("/users/{id}.json", id), { userId: "." })).url).toBe("/users/..json");
  });

  it.each([
    ["a line break", "line1\nline2"],
    ["a carriage return", "a\rb"],
    ["a character above U+00FF", "日本"],
  ])("a header parameter with %s is a ValidationError naming it", async (_, value) => {
    const result = await client().callOperation(withHeader, { xReq: value });
    expect(!result.ok && result.error).toBeInstanceOf(sdk.ValidationError);
    expect(!result.ok && result.error.message).toContain(
      "xReq must be text a header can carry: no line breaks, and no characters above U+00FF",
    );
    expect(received).toHaveLength(0);
  });

  it("a header parameter in Latin-1 is sent", async () => {
    expect((await send(withHeader, { xReq: "café" })).headers["x-req"]).toBe("café");
  });
});

describe("several parameters, as one request", () => {
  it("query parameters in the table's order, each in its own style, wire names throughout", async () => {
    const op = paint(
      "/issues/{owner}",
      { name: "owner", sdk: "owner", in: "path", required: true, schema: STRING },
      {
        name: "labels",
        sdk: "labels",
        in: "query",
        required: false,
        schema: ARRAY,
        explode: false,
      },
      {
        name: "ids",
        sdk: "ids",
        in: "query",
        required: false,
        schema: { type: "array", items: { type: "integer" } },
        style: "pipeDelimited",
      },
      {
        name: "filter",
        sdk: "filter",
        in: "query",
        required: false,
        schema: {
          type: "object",
          properties: { state: STRING, author_login: STRING },
          names: { author_login: "authorLogin" },
        },
        style: "deepObject",
        explode: true,
      },
      { name: "q", sdk: "q", in: "query", required: true, schema: STRING },
    );
    const { url } = await send(op, {
      q: "is:open",
      owner: "octo cat",
      labels: ["bug", "ui"],
      ids: [1, 2, 3],
      filter: { state: "open", authorLogin: "octocat" },
    });
    expect(url).toBe(
      "/issues/octo%20cat?labels=bug,ui&ids=1%7C2%7C3" +
        "&filter%5Bstate%5D=open&filter%5Bauthor_login%5D=octocat&q=is%3Aopen",
    );
  });

  it.each([
    ["pipeDelimited", { style: "pipeDelimited" }, "query", ["1|2", "3"], "|"],
    ["spaceDelimited", { style: "spaceDelimited" }, "query", ["a b", "c"], " "],
    ["a header's list", {}, "header", ["p,q", "r"], ","],
  ] as const)(
    "an item holding its %s delimiter is refused: the server would read more items (probe36 F13)",
    async (_, how, where, value, delimiter) => {
      const op = paint("/paint", {
        name: "tags",
        sdk: "tags",
        in: where,
        required: true,
        schema: ARRAY,
        ...how,
      });
      const result = await client().callOperation(op, { tags: value });
      expect(!result.ok && result.error).toBeInstanceOf(sdk.ValidationError);
      expect(!result.ok && result.error.message).toContain(
        `tags[0] must not contain "${delimiter}"`,
      );
      expect(received).toHaveLength(0);
      // Exploded, each item is a field of its own: nothing to split.
      if (where === "query")
        expect(
          (
            await send(
              { ...op, parameters: [{ ...op.parameters![0]!, explode: true }] },
              { tags: value },
            )
          ).url,
        ).toContain("tags=");
    },
  );

  it("a list a parameter's content writes as JSON keeps its commas: nothing to split", async () => {
    const op = paint("/paint", {
      name: "x-tags",
      sdk: "xTags",
      in: "header",
      required: true,
      schema: ARRAY,
      content: "json",
    });
    expect((await send(op, { xTags: ["p,q", "r"] })).headers["x-tags"]).toBe('["p,q","r"]');
  });

  it("a deepObject with no members writes nothing, not `filter=`", async () => {
    const op = paint(
      "/paint",
      {
        name: "filter",
        sdk: "filter",
        in: "query",
        required: false,
        schema: { type: "object", additionalProperties: { type: ["string", "null"] } },
        style: "deepObject",
        explode: true,
      },
      { name: "q", sdk: "q", in: "query", required: true, schema: STRING },
    );
    expect((await send(op, { filter: {}, q: "x" })).url).toBe("/paint?q=x");
    expect((await send(op, { filter: { gone: null }, q: "x" })).url).toBe("/paint?q=x");
  });

  it("a deepObject map key that is empty or holds a bracket is refused, as a form body's (probe53)", async () => {
    // Apideck's `pass_through[a[b]]=c` was read as `{}`, and `pass_through[]=x` as a list.
    const op = paint("/paint", {
      name: "pass_through",
      sdk: "passThrough",
      in: "query",
      required: true,
      schema: { type: "object", additionalProperties: true },
      style: "deepObject",
      explode: true,
    });
    for (const [passThrough, message] of [
      [
        { "a[b]": "c" },
        'passThrough["a[b]"]: the key "a[b]" cannot be written in a query\'s brackets (it holds a bracket)',
      ],
      [{ "": "x" }, "an empty key reads as a list's next item"],
      [{ ok: { "b]": 1 } }, 'passThrough.ok["b]"]'],
    ] as const) {
      const result = await client().callOperation(op, { passThrough });
      expect(!result.ok && result.error.message).toContain(message);
      expect(received).toHaveLength(0);
    }
    expect((await send(op, { passThrough: { a: { b: "c" } } })).url).toBe(
      "/paint?pass_through%5Ba%5D%5Bb%5D=c",
    );
  });

  it("a free-form object keeps its keys; null members are left out (RFC 6570 § 2.3)", async () => {
    const op = paint("/paint", {
      name: "tags",
      sdk: "tags",
      in: "query",
      required: true,
      schema: { type: "object", additionalProperties: { type: ["string", "null"] } },
    });
    const { url } = await send(op, { tags: { cost_center: "7", "odd key": "a&b", gone: null } });
    expect(url).toBe("/paint?cost_center=7&odd%20key=a%26b");
  });

  it("an object in a header is renamed to wire names", async () => {
    const op = paint("/paint", {
      name: "x-filter",
      sdk: "xFilter",
      in: "header",
      required: true,
      schema: {
        type: "object",
        properties: { owner_id: STRING },
        names: { owner_id: "ownerId" },
      },
      explode: true,
    });
    expect((await send(op, { xFilter: { ownerId: "u1" } })).headers["x-filter"]).toBe(
      "owner_id=u1",
    );
  });
});

describe("cookie parameters", () => {
  const session: Parameter = {
    name: "session_id",
    sdk: "sessionId",
    in: "cookie",
    required: false,
    schema: STRING,
  };
  const ids: Parameter = {
    name: "ids",
    sdk: "ids",
    in: "cookie",
    required: false,
    schema: { type: "array", items: { type: "integer" } },
  };

  it("go in one Cookie header, form style, `; ` between pairs, values percent-encoded", async () => {
    const op = paint("/paint", session, { ...ids, explode: false });
    const { headers, url } = await send(op, { sessionId: "a b;c", ids: [1, 2, 3] });
    expect(headers.cookie).toBe("session_id=a%20b%3Bc; ids=1,2,3");
    expect(url).toBe("/paint");
  });

  it("an exploded list is one pair per value", async () => {
    const op = paint("/paint", ids);
    expect((await send(op, { ids: [1, 2] })).headers.cookie).toBe("ids=1; ids=2");
  });

  it("join the caller's own Cookie header", async () => {
    const op = paint("/paint", session);
    const { headers } = await send(op, { sessionId: "abc" }, { cookie: "theme=dark" });
    expect(headers.cookie).toBe("theme=dark; session_id=abc");
  });

  it("none given, no Cookie header", async () => {
    expect((await send(paint("/paint", session), {})).headers.cookie).toBeUndefined();
  });

  it("a missing required one is refused, and nothing is sent", async () => {
    const result = await client().callOperation(
      paint("/paint", { ...session, required: true }),
      {},
    );
    expect(!result.ok && result.error.message).toContain("sessionId is required");
    expect(received).toHaveLength(0);
  });
});

describe("parameters with `content` instead of a style", () => {
  const where: SchemaNode = {
    type: "object",
    properties: { owner_id: STRING },
    names: { owner_id: "ownerId" },
  };

  it("application/json: the JSON text of the wire-named value, percent-encoded", async () => {
    const op = paint(
      "/accounts",
      { name: "where", sdk: "where", in: "query", required: true, schema: where, content: "json" },
      {
        name: "x-where",
        sdk: "xWhere",
        in: "header",
        required: true,
        schema: where,
        content: "json",
      },
      { name: "w", sdk: "w", in: "cookie", required: true, schema: where, content: "json" },
    );
    const value = { ownerId: "u1 & co" };
    const { url, headers } = await send(op, { where: value, xWhere: value, w: value });
    expect(url).toBe("/accounts?where=%7B%22owner_id%22%3A%22u1%20%26%20co%22%7D");
    expect(headers["x-where"]).toBe('{"owner_id":"u1 & co"}');
    expect(headers.cookie).toBe("w=%7B%22owner_id%22%3A%22u1%20%26%20co%22%7D");
  });

  it("another media type: the value's text, as one value", async () => {
    const op = paint("/accounts/{id}", {
      name: "id",
      sdk: "id",
      in: "path",
      required: true,
      schema: ARRAY,
      content: "text",
    });
    expect((await send(op, { id: ["a b"] })).url).toBe("/accounts/a%20b");
  });
});

describe("percent-encoding", () => {
  const TEXT = "a b&c=d+e/f?g#h[i]|!'()*~é😀%41%";
  const query = (extra: Partial<Parameter>) =>
    paint("/find", { name: "q", sdk: "q", in: "query", required: true, schema: STRING, ...extra });

  it("every character but RFC 3986's unreserved ones, in query values", async () => {
    expect((await send(query({}), { q: TEXT })).url).toBe(
      "/find?q=a%20b%26c%3Dd%2Be%2Ff%3Fg%23h%5Bi%5D%7C%21%27%28%29%2A~%C3%A9%F0%9F%98%80%2541%25",
    );
  });

  it("allowReserved: reserved characters and %-triples as they are, but not []#&=+", async () => {
    // (`'` is encoded all the same: fetch's URL parser encodes it in a query of http(s).)
    expect((await send(query({ allowReserved: true }), { q: TEXT })).url).toBe(
      "/find?q=a%20b%26c%3Dd%2Be/f?g%23h%5Bi%5D%7C!%27()*~%C3%A9%F0%9F%98%80%41%25",
    );
  });

  it("in path values, a slash too; and in names", async () => {
    const op = paint(
      "/files/{path}",
      { name: "path", sdk: "path", in: "path", required: true, schema: STRING, style: "matrix" },
      { name: "include[]", sdk: "include", in: "query", required: true, schema: ARRAY },
    );
    expect((await send(op, { path: "a/b;c", include: ["x", "y"] })).url).toBe(
      "/files/;path=a%2Fb%3Bc?include%5B%5D=x&include%5B%5D=y",
    );
  });
});

/**
 * `createOrqClient`, the low-level client, on specs whose bodies are not JSON and whose keys are
 * not bearer tokens (probe58). openapi-fetch alone writes every body as JSON: Netlify's file
 * upload (`application/octet-stream`) went as `{}` for a Blob and `{"type":"Buffer",…}` for a
 * Buffer; and the key went as `Authorization: Bearer` whatever the spec's scheme said. The
 * generated tables (`wireBodies`, `keyPlacements`) tell it what each operation takes; end to end
 * against the mock, which checks the bodies and the keys.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtures, typecheckPackages } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

type LowLevel = Record<
  "GET" | "PUT" | "POST",
  (path: string, init?: object) => Promise<{ response: Response; error?: unknown; data?: unknown }>
>;
const src = new URL("../../../packages/core/src/", import.meta.url).href;
/** `createOrqClient` on the spec's generated tables (loaded after `runtimeAgainstMock`). */
const lowLevel = async (options: object): Promise<LowLevel> =>
  (await import(`${src}client/create-orq-client.ts`)).createOrqClient(options);
const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

describe("raw bodies: sent as they are, typed as the spec says", () => {
  let it: RuntimeAgainstMock;
  let client: LowLevel;
  beforeAll(async () => {
    it = await runtimeAgainstMock(join(fixtures, "raw-bodies.yaml"), "low-level-raw");
    client = await lowLevel({ serverURL: it.mock.url, apiKey: "k" });
  }, 60_000);
  afterAll(() => it?.close());

  const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 10, 13]);
  test.each([
    ["a Blob", () => new Blob([bytes])],
    ["a Uint8Array", () => bytes],
    ["a Buffer", () => Buffer.from(bytes)],
    ["an ArrayBuffer", () => bytes.slice().buffer],
    ["a ReadableStream", () => new Blob([bytes]).stream()],
    // (fetch takes no async iterable: it was the TypeError below.)
    [
      "a Node Readable",
      () => Readable.from([bytes.subarray(0, 3), Buffer.from(bytes.subarray(3))]),
    ],
    [
      "an async generator",
      () =>
        (async function* () {
          yield bytes.subarray(0, 5);
          yield bytes.subarray(5);
        })(),
    ],
  ])("%s: its bytes, as application/octet-stream", async (_, body) => {
    const { response } = await client.PUT("/blobs", { body: body() });
    expect(response.status).toBe(204);
    const received = it.mock.requests.at(-1)!;
    expect(received.raw).toEqual({
      contentType: "application/octet-stream",
      size: bytes.length,
      sha256: sha256(bytes),
    });
  });

  test("a text: as it is, without JSON's quotes; a Content-Type given wins", async () => {
    const { response, data } = await client.POST("/notes", { body: "otters hold hands" });
    expect(response.status).toBe(200);
    // (A text answer is read as text: parsed as JSON, it was a SyntaxError.)
    expect(typeof data).toBe("string");
    expect(it.mock.requests.at(-1)!.raw).toMatchObject({
      contentType: "text/plain",
      sha256: sha256("otters hold hands"),
    });
    await client.PUT("/blobs", {
      body: new Blob([bytes]),
      headers: { "Content-Type": "application/zip" },
    });
    expect(it.mock.requests.at(-1)!.headers["content-type"]).toBe("application/zip");
  });

  test("an object, which has no one way to be bytes, is a TypeError saying what to give", async () => {
    const sent = it.mock.requests.length;
    await expect(client.PUT("/blobs", { body: { a: 1 } })).rejects.toThrow(
      "createOrqClient(): this body is sent as it is: give a Blob, bytes, a ReadableStream, an async iterable of bytes or a text (got object)",
    );
    expect(it.mock.requests.length).toBe(sent);
  });

  test("a stream of other than bytes fails, saying so", async () => {
    // (fetch's own error is "fetch failed", caused by the stream's.)
    await expect(client.PUT("/blobs", { body: Readable.from([1, 2]) })).rejects.toMatchObject({
      cause: { message: "createOrqClient(): the body's stream gave number, not bytes" },
    });
  });

  test("a client's own bodySerializer writes the body, labelled as the spec says (probe59)", async () => {
    const own = await lowLevel({
      serverURL: it.mock.url,
      apiKey: "k",
      bodySerializer: (body: unknown) => `note: ${String(body)}`,
    });
    const { response } = await own.POST("/notes", { body: "hi" });
    expect(response.status).toBe(200);
    expect(it.mock.requests.at(-1)!.raw).toMatchObject({
      contentType: "text/plain",
      sha256: sha256("note: hi"),
    });
  });

  test("a JSON body is still openapi-fetch's JSON; an answer of bytes, a stream of them", async () => {
    const { response, data } = await client.POST("/speech", { body: { input: "hi" } });
    expect(response.status).toBe(200);
    expect(data).toBeInstanceOf(ReadableStream);
    expect((await new Response(data as ReadableStream).arrayBuffer()).byteLength).toBeGreaterThan(
      0,
    );
    expect(it.mock.requests.at(-1)!.body).toEqual({ input: "hi" });
    expect(it.mock.requests.at(-1)!.headers["content-type"]).toBe("application/json");
  });
});

test("the types take what is sent as bytes (probe63: a Readable was TS2322)", async () => {
  const it = await runtimeAgainstMock(join(fixtures, "raw-bodies.yaml"), "low-level-raw-types");
  try {
    const { code, output } = await typecheckPackages(
      { "packages/core": it.files },
      `import { createOrqClient } from "./packages/core/src/index.js";
const client = createOrqClient();
async function* chunks() {
  yield new Uint8Array([1, 2]);
}
export const sent = [
  client.PUT("/blobs", { body: new Blob(["a"]) }),
  client.PUT("/blobs", { body: new Uint8Array([1]) }),
  client.PUT("/blobs", { body: new ArrayBuffer(1) }),
  client.PUT("/blobs", { body: new Blob(["a"]).stream() }),
  client.PUT("/blobs", { body: chunks() }),
  // @ts-expect-error an object is no bytes
  client.PUT("/blobs", { body: { a: 1 } }),
];
`,
    );
    expect(output).toBe("");
    expect(code).toBe(0);
  } finally {
    await it.close();
  }
}, 120_000);

describe("JSON sequences: a value per line", () => {
  let it: RuntimeAgainstMock;
  let client: LowLevel;
  beforeAll(async () => {
    it = await runtimeAgainstMock(join(fixtures, "json-sequences.yaml"), "low-level-lines");
    client = await lowLevel({ serverURL: it.mock.url, apiKey: "k" });
  }, 60_000);
  afterAll(() => it?.close());

  test("NDJSON of an array's items; JSON Lines of one value", async () => {
    const records = [
      { _id: "r1", chunk_text: "otters hold hands" },
      { _id: "r2", chunk_text: "when they sleep" },
    ];
    const upsert = await client.POST("/records/namespaces/{namespace}/upsert", {
      params: { path: { namespace: "docs" } },
      body: records,
    });
    expect(upsert.response.status).toBeLessThan(300);
    expect(it.mock.requests.at(-1)!.body).toEqual(records);
    expect(it.mock.requests.at(-1)!.headers["content-type"]).toBe("application/x-ndjson");
    const event = await client.POST("/events", { body: { event_name: "signup", count: 2 } });
    expect(event.response.status).toBeLessThan(300);
    expect(it.mock.requests.at(-1)!.raw?.sha256).toBe(
      sha256('{"event_name":"signup","count":2}\n'),
    );
  });
});

describe("the key, where each operation's scheme puts it", () => {
  let it: RuntimeAgainstMock;
  let client: LowLevel;
  const KEY = "key-0123456789";
  beforeAll(async () => {
    it = await runtimeAgainstMock(join(fixtures, "security.yaml"), "low-level-keys");
    client = await lowLevel({ serverURL: it.mock.url, apiKey: KEY });
  }, 60_000);
  afterAll(() => it?.close());

  test.each([
    ["/header", (r: Received) => r.headers["x-api-key"]],
    ["/query", (r: Received) => r.query.api_key],
    ["/cookie", (r: Received) => r.headers.cookie],
    ["/basic", (r: Received) => r.headers.authorization],
    ["/bearer", (r: Received) => r.headers.authorization],
  ])("%s", async (path, where) => {
    const { response } = await client.GET(path);
    expect(response.status).toBe(204);
    const received = it.mock.requests.at(-1)!;
    expect(where(received)).toBe(
      {
        "/header": KEY,
        "/query": KEY,
        "/cookie": `session=${KEY}`,
        "/basic": `Basic ${btoa(`${KEY}:`)}`,
        "/bearer": `Bearer ${KEY}`,
      }[path],
    );
    // Only there: not also as a bearer token.
    if (path !== "/basic" && path !== "/bearer")
      expect(received.headers.authorization).toBeUndefined();
  });

  test("an operation that takes no key is sent none", async () => {
    const { response } = await client.GET("/public");
    expect(response.status).toBe(204);
    const received = it.mock.requests.at(-1)!;
    expect(received.headers.authorization).toBeUndefined();
    expect(received.headers["x-api-key"]).toBeUndefined();
  });
});

describe("the query, in the spec's styles (probe60)", () => {
  let it: RuntimeAgainstMock;
  let client: LowLevel;
  beforeAll(async () => {
    it = await runtimeAgainstMock(join(fixtures, "wire-query.yaml"), "low-level-query");
    client = await lowLevel({ serverURL: it.mock.url, apiKey: "k" });
  }, 60_000);
  afterAll(() => it?.close());

  const query = {
    IDs: ["a1", "b,2"],
    ids: [1, 2],
    filter: { state: "open" },
    point: { x: 1, y: 2 },
    where: { owner: "ada" },
    next: "/page?2",
    tags: ["x", "y"],
  };

  test("each parameter as the typed client writes it, and the mock reads it so", async () => {
    const { response } = await client.GET("/Invoices", { params: { query } });
    expect(response.status).toBe(200);
    const sent = new URL(response.url).search;
    expect(sent).toBe(
      "?IDs=a1,b%2C2&ids=1%7C2&filter%5Bstate%5D=open&x=1&y=2&where=%7B%22owner%22%3A%22ada%22%7D&next=/page?2&tags=x&tags=y",
    );
    // The mock reads back each value as given.
    expect(it.mock.requests.at(-1)!.parameters!.query).toEqual(query);
  });

  test("a serializer of the caller's own still wins", async () => {
    const { response } = await client.GET("/Invoices", {
      params: { query: { tags: ["x"] } },
      querySerializer: () => "tags=own",
    });
    expect(new URL(response.url).search).toBe("?tags=own");
  });
});

type Received = RuntimeAgainstMock["mock"]["requests"][number];

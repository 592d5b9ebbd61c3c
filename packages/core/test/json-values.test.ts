// A request is written as JSON (a JSON body, or a multipart field sent as JSON text), and
// `JSON.stringify` changes what it cannot write without a word: NaN becomes `null`, a Map or a
// Blob `{}`, an `undefined` or a function in a list `null`. Where the spec leaves a value free
// (the shipped spec's `orq.identity.metadata` entries), such values went out changed: silent
// wrong requests. And the walk that renames keys turned a Date into `{}` (it read it as an
// object), where JSON writes its ISO text. Against a real server: what goes out, or that
// nothing does.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OrqCore, ValidationError, routerImagesEditsCreate } from "../src/index.js";
import { startServer } from "./helpers/http-server.js";
import { images } from "./helpers/images.js";

const bodies: string[] = [];
let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer((_req, res, body) => {
    bodies.push(body.toString("latin1"));
    res.writeHead(200, { "content-type": "application/json" }).end('{"created":1,"data":[]}');
  });
});
afterAll(() => server.close());
beforeEach(() => {
  bodies.length = 0;
});

const core = () =>
  new OrqCore({ apiKey: "k", serverURL: server.url, retryConfig: { strategy: "none" } });
const edit = (extra: object) =>
  routerImagesEditsCreate(core(), {
    model: "m",
    prompt: "p",
    image: new Blob([images.png()], { type: "image/png" }),
    ...extra,
  });
const withMetadata = (entry: Record<string, unknown>) =>
  edit({ orq: { identity: { id: "u1", metadata: [entry] } } });
/** The JSON text of the multipart field `name`, as the server received it. */
const field = (name: string) =>
  new RegExp(`name="${name}"\\r\\n\\r\\n([^\\r]*)\\r\\n`).exec(bodies.at(-1) ?? "")?.[1];

describe("free values that JSON cannot carry are refused, naming the path", () => {
  class Empty {}
  it.each<[string, unknown, string]>([
    ["NaN", NaN, "x must be a JSON value (got NaN)"],
    ["Infinity", Infinity, "x must be a JSON value (got Infinity)"],
    ["a bigint", 1n, "x must be a JSON value (got bigint)"],
    ["a function", () => 1, "x must be a JSON value (got function)"],
    ["a Map", new Map([["a", 1]]), "x must be a JSON value (got a Map)"],
    ["a Set", new Set([1]), "x must be a JSON value (got a Set)"],
    ["a RegExp", /a/, "x must be a JSON value (got a RegExp)"],
    ["a Blob", new Blob(["x"]), "x must be a JSON value (got a file)"],
    ["bytes", new Uint8Array([1]), "x must be a JSON value (got a file)"],
    ["an undefined list item", [1, undefined], "x[1] must be a JSON value (got undefined)"],
    ["a Map deep in a list", [{ y: [new Map()] }], "x[0].y[0] must be a JSON value (got a Map)"],
    // Not refused for lack of fields: a class's instance is written by its own fields.
    ["an empty class instance is fine", new Empty(), ""],
  ])("%s", async (_, value, message) => {
    const result = await withMetadata({ x: value });
    if (!message) {
      expect(result.ok).toBe(true);
      return;
    }
    expect(result.ok).toBe(false);
    const error = !result.ok && result.error;
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.message)).toEqual([
      `orq.identity.metadata[0].${message}`,
    ]);
    expect(bodies).toHaveLength(0);
  });

  it("an entry that is itself a Map", async () => {
    const result = await edit({ orq: { identity: { id: "u1", metadata: [new Map()] } } });
    expect(!result.ok && result.error.message).toContain(
      "orq.identity.metadata[0] must be an object (got a Map)",
    );
    expect(bodies).toHaveLength(0);
  });
});

describe("values JSON writes through toJSON go out as JSON writes them", () => {
  it("a Date, a URL and a class's fields in free values", async () => {
    class Money {
      constructor(
        readonly amount: number,
        readonly currency: string,
      ) {}
    }
    const result = await withMetadata({
      at: new Date(Date.UTC(2026, 0, 2)),
      link: new URL("https://example.com/a?b=1"),
      price: new Money(5, "EUR"),
      list: [new Date(0)],
    });
    expect(result.ok).toBe(true);
    expect(JSON.parse(field("orq")!)).toEqual({
      identity: {
        id: "u1",
        metadata: [
          {
            at: "2026-01-02T00:00:00.000Z",
            link: "https://example.com/a?b=1",
            price: { amount: 5, currency: "EUR" },
            list: ["1970-01-01T00:00:00.000Z"],
          },
        ],
      },
    });
  });

  it("a Date where the spec wants a string is its ISO text", async () => {
    const result = await edit({ user: new Date(0) });
    expect(result.ok).toBe(true);
    expect(field("user")).toBe("1970-01-01T00:00:00.000Z");
  });

  it("an Invalid Date is refused, where it would have gone as null", async () => {
    // `size` is a string or null: JSON writes an Invalid Date as null, a wrong request.
    const result = await edit({ size: new Date("next tuesday") });
    expect(!result.ok && result.error.message).toContain("size is an invalid date");
    expect(bodies).toHaveLength(0);
  });

  it("files stay files: several images still go as file parts", async () => {
    const png = new Blob([images.png()], { type: "image/png" });
    const result = await edit({ image: [png, png] });
    expect(result.ok).toBe(true);
    expect(bodies.at(-1)!.match(/name="image"; filename=/g)).toHaveLength(2);
  });
});

describe("a value that holds itself is refused, naming where the circle closes", () => {
  // JSON cannot write a circle, and the walk that checks and renames a request never ended: it
  // was a RangeError ("Maximum call stack size exceeded") that named no field.
  it.each<[string, () => Record<string, unknown>, string]>([
    [
      "an object holding itself",
      () => {
        const entry: Record<string, unknown> = { a: 1 };
        entry.self = entry;
        return entry;
      },
      "self",
    ],
    [
      "a list holding itself",
      () => {
        const list: unknown[] = [1];
        list.push(list);
        return { list };
      },
      "list[1]",
    ],
    [
      "a circle three levels down",
      () => {
        const top = { x: { y: { z: null as unknown } } };
        top.x.y.z = top.x;
        return top;
      },
      "x.y.z",
    ],
    [
      "a circle through a class instance",
      () => {
        class Node {
          next: unknown;
        }
        const node = new Node();
        node.next = { back: node };
        return { node };
      },
      "node.next.back",
    ],
  ])("%s", async (_, make, at) => {
    const result = await withMetadata(make());
    expect(result.ok).toBe(false);
    const error = !result.ok && result.error;
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.message)).toEqual([
      `orq.identity.metadata[0].${at} must be a JSON value (got a circular value)`,
    ]);
    expect(bodies).toHaveLength(0);
  });

  it("the same value twice, side by side, is no circle: JSON writes it twice", async () => {
    const shared = { k: 1 };
    const result = await withMetadata({ a: shared, b: [shared, shared], c: { d: shared } });
    expect(result.ok).toBe(true);
    expect(JSON.parse(field("orq")!).identity.metadata[0]).toEqual({
      a: { k: 1 },
      b: [{ k: 1 }, { k: 1 }],
      c: { d: { k: 1 } },
    });
  });
});

// Form bodies (`application/x-www-form-urlencoded`) whose `encoding` says how a field is written
// (OpenAPI 3.1 § 4.8.15 "Encoding Object"): with `style`, `explode` or `allowReserved`, as a query
// parameter in that style (Stripe's `deepObject`, `address[city]=Paris`); with a JSON
// `contentType`, as JSON text; otherwise as before (scalars as text, a list repeated, an object as
// JSON text). The shipped spec has no form bodies, so its generated `usesFormBodies` and
// `usesFormEncodings` are false and none of this is in its build; here they are on. The table is
// in the shape the generator writes (scripts/generate/test/fixtures/parameter-styles.yaml).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Operation, SchemaNode } from "../src/generated/contract.js";
import { restoreFeatures, turnOnEveryFeature } from "./helpers/every-feature.js";
import { startServer } from "./helpers/http-server.js";

const bodies: { type: string | undefined; body: string }[] = [];
let server: Awaited<ReturnType<typeof startServer>>;
let sdk: typeof import("../src/index.js");

beforeAll(async () => {
  turnOnEveryFeature();
  sdk = await import("../src/index.js");
  server = await startServer((req, res, body) => {
    bodies.push({ type: req.headers["content-type"], body: body.toString() });
    res.writeHead(204).end();
  });
});
afterAll(async () => {
  restoreFeatures();
  await server.close();
});
beforeEach(() => {
  bodies.length = 0;
});

const STRING: SchemaNode = { type: "string" };
const ADDRESS: SchemaNode = {
  type: "object",
  properties: { city: STRING, line1: STRING, postal_code: STRING },
  names: { postal_code: "postalCode" },
};

/** Stripe's `POST /v1/customers`, as the generator writes its table. */
const postCustomers: Operation = {
  operationId: "PostCustomers",
  method: "post",
  path: "/v1/customers",
  sdkName: "customers.create",
  requestBody: {
    mediaType: "application/x-www-form-urlencoded",
    required: false,
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        email: STRING,
        address: ADDRESS,
        shipping: {
          type: "object",
          properties: { name: STRING, address: ADDRESS },
        },
        metadata: {
          anyOf: [
            { type: "object", additionalProperties: { type: "string" } },
            { type: "string", enum: [""] },
          ],
        },
        preferred_locales: { type: "array", items: STRING },
        tags: { type: "array", items: STRING },
        words: { type: "array", items: STRING },
        flat: ADDRESS,
        note: ADDRESS,
        external_id: STRING,
        redirect: STRING,
      },
      names: { preferred_locales: "preferredLocales", external_id: "externalId" },
    },
    encoding: {
      address: { style: "deepObject", explode: true },
      shipping: { style: "deepObject", explode: true },
      metadata: { style: "deepObject", explode: true },
      preferred_locales: { style: "deepObject", explode: true },
      tags: { explode: false },
      words: { style: "spaceDelimited" },
      flat: {},
      external_id: "json",
      redirect: { allowReserved: true },
    },
  },
  response: { status: "204", mediaType: "" },
};

async function post(body: unknown): Promise<string> {
  const result = await new sdk.OrqCore({
    apiKey: "k",
    serverURL: server.url,
    retryConfig: { strategy: "none" },
  }).callOperation(postCustomers, body);
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(bodies).toHaveLength(1);
  expect(bodies[0]!.type).toBe("application/x-www-form-urlencoded");
  return bodies.pop()!.body;
}

describe("form bodies follow their `encoding`", () => {
  it("deepObject, exploded: each member under its key, in wire names", async () => {
    expect(await post({ address: { city: "Paris", postalCode: "75001" } })).toBe(
      "address%5Bcity%5D=Paris&address%5Bpostal_code%5D=75001",
    );
  });

  it("deepObject nests (Stripe's convention): objects by key, lists by index", async () => {
    expect(
      await post({
        shipping: { name: "Ann", address: { line1: "1 Rue X" } },
        preferredLocales: ["fr", "en"],
      }),
    ).toBe(
      "shipping%5Bname%5D=Ann&shipping%5Baddress%5D%5Bline1%5D=1%20Rue%20X" +
        "&preferred_locales%5B0%5D=fr&preferred_locales%5B1%5D=en",
    );
  });

  it("a free-form map keeps its keys; a string in its place is one field (Stripe's '' clears)", async () => {
    expect(await post({ metadata: { order_id: "6735", "a b": "c&d" } })).toBe(
      "metadata%5Border_id%5D=6735&metadata%5Ba%20b%5D=c%26d",
    );
    expect(await post({ metadata: "" })).toBe("metadata=");
  });

  it("form, not exploded: a list as one comma-separated field", async () => {
    expect(await post({ tags: ["a b", "c,d"] })).toBe("tags=a%20b,c%2Cd");
  });

  it("spaceDelimited: a list as one field, %20 between values", async () => {
    expect(await post({ words: ["math", "is", "fun"] })).toBe("words=math%20is%20fun");
  });

  it("form, exploded (the style's defaults): an object as its own fields", async () => {
    expect(await post({ flat: { city: "Paris", postalCode: "75001" } })).toBe(
      "city=Paris&postal_code=75001",
    );
  });

  it("allowReserved: reserved characters as they are", async () => {
    expect(await post({ redirect: "https://x.test/a?b=c" })).toBe(
      "redirect=https://x.test/a?b%3Dc",
    );
  });

  it("contentType application/json: the JSON text, even of a string", async () => {
    expect(await post({ externalId: "f81d" })).toBe("external_id=%22f81d%22");
  });

  it("no encoding: scalars as text, a list repeated, an object as JSON text (as before)", async () => {
    expect(await post({ email: "a+b@c.d", note: { city: "Paris" } })).toBe(
      "email=a%2Bb%40c.d&note=%7B%22city%22%3A%22Paris%22%7D",
    );
  });

  it("fields in the caller's order", async () => {
    expect(await post({ tags: ["t"], email: "x@y.z", address: { city: "P" } })).toBe(
      "tags=t&email=x%40y.z&address%5Bcity%5D=P",
    );
  });
});

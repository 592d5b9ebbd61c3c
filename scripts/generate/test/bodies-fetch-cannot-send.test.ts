/**
 * The generator's warning for a request body on GET or HEAD, which fetch cannot send and the
 * SDK leaves out (probe70 B3): each such operation is named, with what is lost, except a body
 * that loses nothing (Stripe's empty form). The end-to-end behaviour is in spec-quirks.test.ts.
 */
import { expect, test } from "vitest";
import type { Document } from "../document.js";
import { normalize } from "../transform/normalize.js";
import { unsendableBodyWarnings } from "../transform/bodies-fetch-cannot-send.js";

const ok = { "200": { description: "ok" } };
const json = (schema: object) => ({ content: { "application/json": { schema } } });
const spec = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/blueprints": {
      get: {
        requestBody: { $ref: "#/components/requestBodies/Paging" },
        responses: ok,
      },
      // A body on POST is sent, and not named.
      post: { requestBody: json({ type: "object" }), responses: ok },
    },
    "/raw": { head: { requestBody: json({ type: "string" }), responses: ok } },
    "/open": { get: { requestBody: json({ type: "object" }), responses: ok } },
    "/parts": {
      get: {
        requestBody: json({
          allOf: [
            { type: "object", properties: { first: { type: "integer" } } },
            { type: "object", properties: { after: { type: "string" } } },
          ],
        }),
        responses: ok,
      },
    },
    "/customers": {
      get: {
        requestBody: {
          content: {
            "application/x-www-form-urlencoded": {
              schema: { type: "object", properties: {}, additionalProperties: false },
            },
          },
        },
        responses: ok,
      },
    },
  },
  components: {
    requestBodies: {
      Paging: json({ type: "object", properties: { first: {}, after: {} } }),
    },
  },
} as unknown as Document;

test("names each GET or HEAD body with what it loses, and not an empty closed form", () => {
  expect(unsendableBodyWarnings(structuredClone(spec))).toEqual([
    "GET /blueprints: fetch sends no body with GET, so the SDK's method takes none (its fields first, after left out)",
    "HEAD /raw: fetch sends no body with HEAD, so the SDK's method takes none (its body left out)",
    "GET /open: fetch sends no body with GET, so the SDK's method takes none (its body left out)",
    "GET /parts: fetch sends no body with GET, so the SDK's method takes none (its fields first, after left out)",
  ]);
});

test("normalize leaves out every GET and HEAD body, and keeps the POST's", () => {
  const paths = normalize(structuredClone(spec)).paths as Record<string, Record<string, object>>;
  for (const path of ["/blueprints", "/open", "/parts", "/customers"])
    expect(paths[path]!.get).not.toHaveProperty("requestBody");
  expect(paths["/raw"]!.head).not.toHaveProperty("requestBody");
  expect(paths["/blueprints"]!.post).toHaveProperty("requestBody");
  // The shared body itself stays, for other operations that may use it.
  expect(normalize(structuredClone(spec)).components).toHaveProperty("requestBodies.Paging");
});

test("a path item written as a $ref (3.1's components/pathItems) is read as what it points at", () => {
  const refd = {
    ...spec,
    paths: { "/search": { $ref: "#/components/pathItems/Search" } },
    components: {
      pathItems: {
        Search: {
          get: { requestBody: json({ type: "object", properties: { q: {} } }), responses: ok },
        },
      },
    },
  } as unknown as Document;
  expect(unsendableBodyWarnings(structuredClone(refd))).toEqual([
    "GET /search: fetch sends no body with GET, so the SDK's method takes none (its field q left out)",
  ]);
  // Left out where it is written, as the runtime no longer refuses it itself.
  const normalized = normalize(structuredClone(refd)) as any;
  expect(normalized.paths["/search"]).toEqual({ $ref: "#/components/pathItems/Search" });
  expect(normalized.components.pathItems.Search.get).not.toHaveProperty("requestBody");
});

/**
 * Where the key goes in a spec that declares no `security` (many do not, although their API
 * wants a key): its one security scheme, else a parameter of the operation's named as a key
 * (ElevenLabs' `xi-api-key`), else the one such parameter other operations name (Anthropic's
 * `x-api-key`), else `Authorization: Bearer` (probe40 F2: every ElevenLabs call
 * sent a bearer token its API does not read). End to end against the mock, which records what
 * it received, for fixtures/undeclared-security.yaml; the rules on inline documents.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Document } from "../document.js";
import { collectOperations } from "../transform/collect-operations.js";
import { normalize } from "../transform/normalize.js";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

const KEY = "user:test-key"; // runtimeAgainstMock's client's
let it: RuntimeAgainstMock;
const last = () => it.mock.requests.at(-1)!;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "undeclared-security.yaml"), "undeclared-security");
}, 60_000);
afterAll(() => it?.close());

describe("calls against the mock", () => {
  test("the key goes in the header parameter named as one, not as a bearer token", async () => {
    const result = await it.client.callOperation(it.operations.listVoices!, {});
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    expect(last().headers["xi-api-key"]).toBe(KEY);
    expect(last().headers.authorization).toBeUndefined();
  });

  test("that header takes no place in the request; a call's own goes in headers (probe80)", async () => {
    // (TwelveLabs declares its `x-api-key` on all 97 operations: every body went under a name.)
    expect(it.operations.listVoices!.parameters).toBeUndefined();
    await (
      it.client as unknown as {
        callOperation(op: unknown, request: unknown, options: object): Promise<unknown>;
      }
    ).callOperation(it.operations.listVoices!, undefined, { headers: { "xi-api-key": "another" } });
    expect(last().headers["xi-api-key"]).toBe("another");
  });

  test("a query parameter named as a key takes it too", async () => {
    await it.client.callOperation(it.operations.listModels!, {});
    expect(last().query).toMatchObject({ api_key: KEY });
    expect(last().headers.authorization).toBeUndefined();
  });

  test("an operation with no such parameter sends a bearer token", async () => {
    await it.client.callOperation(it.operations.getHealth!, undefined);
    expect(last().headers.authorization).toBe(`Bearer ${KEY}`);
  });
});

const opsOf = (doc: object) =>
  Object.fromEntries(
    collectOperations(
      normalize({ openapi: "3.1.0", info: { title: "t", version: "1" }, ...doc } as Document),
    ).map((op) => [op.operationId, op.auth]),
  );
const get = (operationId: string, extra: object = {}) => ({
  get: { operationId, responses: { "200": { description: "ok" } }, ...extra },
});

describe("the rules", () => {
  test("one security scheme and no requirement anywhere: that scheme", () => {
    const auth = opsOf({
      paths: { "/a": get("a") },
      components: { securitySchemes: { key: { type: "apiKey", in: "header", name: "X-Key" } } },
    });
    expect(auth.a).toEqual({ in: "header", name: "x-key" });
  });

  test("several schemes and no requirement: a key-named parameter, else the first scheme", () => {
    const auth = opsOf({
      paths: {
        "/a": get("a", {
          parameters: [{ name: "X-Goog-Api-Key", in: "header", schema: { type: "string" } }],
        }),
        "/b": get("b", {
          parameters: [{ name: "key_id", in: "query", schema: { type: "string" } }],
        }),
      },
      components: {
        securitySchemes: {
          one: { type: "apiKey", in: "header", name: "X-One" },
          two: { type: "http", scheme: "bearer" },
        },
      },
    });
    expect(auth.a).toEqual({ in: "header", name: "x-goog-api-key" });
    // (It went as the bearer default: Deepgram's `Authorization: Token`, probe71.)
    expect(auth.b).toEqual({ in: "header", name: "x-one" });
  });

  test("several schemes and no requirement: as alternatives in the order declared", () => {
    const schemes = (securitySchemes: object) =>
      opsOf({ paths: { "/a": get("a") }, components: { securitySchemes } }).a;
    const bearer = { type: "http", scheme: "bearer" };
    const basic = { type: "http", scheme: "basic" };
    expect(schemes({ jwt: bearer, key: { type: "apiKey", in: "query", name: "key" } })).toBe(
      undefined,
    );
    // Basic yields to a scheme named as an API key beside it, as in a spec's own list.
    expect(
      schemes({ basic, api_key: { type: "apiKey", in: "header", name: "X-BigOven-API-Key" } }),
    ).toEqual({ in: "header", name: "x-bigoven-api-key" });
    // A scheme no key fills (mutual TLS) is passed over.
    expect(schemes({ tls: { type: "mutualTLS" }, basic })).toEqual({
      in: "header",
      name: "authorization",
      scheme: "basic",
    });
  });

  test("one key-named parameter, declared on some operations only: the others send it too", () => {
    // Anthropic's spec declares `x-api-key` on its GETs and DELETEs, never on a POST: every
    // write call went as a bearer token, which its API does not read (probe68).
    const key = [{ name: "x-api-key", in: "header", schema: { type: "string" } }];
    const auth = opsOf({
      paths: {
        "/models": get("listModels", { parameters: key }),
        "/files/{id}": {
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          ...get("getFile", { parameters: key }),
          delete: { operationId: "deleteFile", responses: { "204": { description: "gone" } } },
        },
        "/messages": {
          post: { operationId: "createMessage", responses: { "200": { description: "ok" } } },
        },
      },
    });
    for (const operationId of ["listModels", "getFile", "deleteFile", "createMessage"])
      expect(auth[operationId], operationId).toEqual({ in: "header", name: "x-api-key" });
  });

  test("key-named parameters of different names: each its own, the rest the bearer default", () => {
    const auth = opsOf({
      paths: {
        "/a": get("a", {
          parameters: [{ name: "X-API-Key", in: "header", schema: { type: "string" } }],
        }),
        "/b": get("b", {
          parameters: [{ name: "api_key", in: "query", schema: { type: "string" } }],
        }),
        "/c": get("c"),
      },
    });
    expect(auth.a).toEqual({ in: "header", name: "x-api-key" });
    expect(auth.b).toEqual({ in: "query", name: "api_key" });
    expect(auth.c).toBeUndefined();
  });

  test("a requirement anywhere in the spec: as the spec says, no guessing", () => {
    const auth = opsOf({
      paths: {
        "/a": get("a", {
          parameters: [{ name: "x-api-key", in: "header", schema: { type: "string" } }],
        }),
        "/b": get("b", { security: [] }),
      },
      components: { securitySchemes: { key: { type: "apiKey", in: "header", name: "X-Key" } } },
    });
    // `a` has no requirement of its own and the document none: the spec says no key, and none
    // goes (it went as a bearer token, a form the spec never names: GSMtasks' login, probe53).
    expect(auth.a).toBe(false);
    expect(auth.b).toBe(false);
  });
});

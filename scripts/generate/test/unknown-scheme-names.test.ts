/**
 * A requirement that names a scheme the spec does not declare (fixtures/unknown-scheme-names.yaml,
 * Topaz's video operations, probe76): the key went as `Authorization: Bearer` where every other
 * call sent `X-API-Key`, and the mock took it. Read as the spec's one scheme, by the generator
 * and the mock alike, and `pnpm generate` says so.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Document } from "../document.js";
import { undeclaredSchemeWarnings, undeclaredSchemes } from "../transform/undeclared-schemes.js";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "unknown-scheme-names.yaml"), "unknown-schemes");
}, 60_000);
afterAll(() => it?.close());

test("the key goes where the spec's one scheme says, for every operation", async () => {
  for (const op of [it.operations.enhanceImage!, it.operations.createVideo!]) {
    const result = await it.client.callOperation(op, undefined);
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    const headers = it.mock.requests.at(-1)!.headers;
    expect(headers["x-api-key"]).toBe("user:test-key");
    expect(headers.authorization).toBeUndefined();
  }
});

test("the mock reads the requirement so too: a bearer token is no key there", async () => {
  const response = await fetch(`${it.mock.url}/video`, {
    method: "POST",
    headers: { authorization: "Bearer user:test-key" },
  });
  expect(response.status).toBe(401);
});

const spec = (schemes: string[], security: object[]): Document =>
  ({
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    components: {
      securitySchemes: Object.fromEntries(
        schemes.map((name) => [name, { type: "apiKey", in: "header", name }]),
      ),
    },
    security: [{ [schemes[0]!]: [] }],
    paths: { "/video": { post: { security, responses: {} } } },
  }) as unknown as Document;

test("with several schemes declared, the requirement is left out, and the document's applies", () => {
  const doc = spec(["a", "b"], [{ apiKey: [] }]);
  expect(undeclaredSchemeWarnings(doc)).toEqual([
    'security requires "apiKey" (POST /video), which components.securitySchemes does not declare: that requirement is left out',
  ]);
  undeclaredSchemes(doc);
  expect((doc.paths as never)["/video"]["post"]).not.toHaveProperty("security");
  // Beside one it can read, that one stays.
  const mixed = spec(["a", "b"], [{ apiKey: [] }, { b: [] }]);
  undeclaredSchemes(mixed);
  expect((mixed.paths as never)["/video"]["post"]["security"]).toEqual([{ b: [] }]);
});

test("pnpm generate says which scheme it read the name as", () => {
  expect(undeclaredSchemeWarnings(spec(["apiKeyAuth"], [{ apiKey: [] }]))).toEqual([
    'security requires "apiKey" (POST /video), which components.securitySchemes does not declare: read as apiKeyAuth, the one scheme it declares',
  ]);
  // Declared names, and anonymous access, are no warning.
  expect(undeclaredSchemeWarnings(spec(["a"], [{ a: [] }, {}]))).toEqual([]);
});

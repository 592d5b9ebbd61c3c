/**
 * Security schemes a spec declares and no `security` requires (fixtures/declared-schemes.yaml,
 * Deepgram's, probe71 bug 2): the key went as `Authorization: Bearer <key>`, though the first
 * scheme says the `Authorization` header takes it as it is (Deepgram's `Token <key>`), and
 * `credentials` were refused. The schemes read as alternatives in the order declared.
 * Against the mock, which records the headers it received.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { loadDocument } from "../document.js";
import { declaredAlternativesWarnings } from "../transform/security.js";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "declared-schemes.yaml"), "declared-schemes");
}, 60_000);
afterAll(() => it?.close());

/** The result, and the headers of the request the mock received. */
const call = async (options: object) => {
  const result = await new it.OrqCore({
    serverURL: it.mock.url,
    retryConfig: { strategy: "none" },
    ...options,
  }).callOperation(it.operations.listProjects!, undefined);
  return [result, it.mock.requests.at(-1)!.headers] as const;
};

test("the key fills the first scheme: the Authorization header, as given", async () => {
  const [result, headers] = await call({ apiKey: "Token dg-key" });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(headers.authorization).toBe("Token dg-key");
});

test("credentials pick the other: a bearer token", async () => {
  const [result, headers] = await call({ credentials: { JwtAuth: "jwt-token" } });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(headers.authorization).toBe("Bearer jwt-token");
});

test("pnpm generate says which scheme the key fills", async () => {
  expect(
    declaredAlternativesWarnings(await loadDocument(join(fixtures, "declared-schemes.yaml"))),
  ).toEqual([
    "components.securitySchemes declares 2 schemes (ApiKeyAuth, JwtAuth) and no `security` " +
      "requires any: the client's key goes as ApiKeyAuth, and `credentials` pick another",
  ]);
});

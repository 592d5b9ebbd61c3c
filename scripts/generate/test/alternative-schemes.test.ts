/**
 * Security schemes offered as alternatives (fixtures/alternative-schemes.yaml, Figma's personal
 * token or OAuth2, probe42 F4): the key went to the first, and an OAuth app had no way to send its
 * bearer token instead; `credentials: { OAuth2 }` was taken and ignored, and the call went out
 * with no key at all. `credentials` now picks the scheme; without them, the key fills the first.
 * Against the mock, which answers 401 to a request that meets no requirement.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "alternative-schemes.yaml"), "alternative-schemes");
}, 60_000);
afterAll(() => it?.close());

const call = (options: object) =>
  new it.OrqCore({ serverURL: it.mock.url, retryConfig: { strategy: "none" }, ...options })
    .callOperation(it.operations.getMe!, undefined)
    .then((result) => [result, it.mock.requests.at(-1)!.headers] as const);

test("the key fills the first scheme", async () => {
  const [result, headers] = await call({ apiKey: "figd_personal" });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(headers["x-figma-token"]).toBe("figd_personal");
  expect(headers.authorization).toBeUndefined();
});

test("credentials pick another: an OAuth app's bearer token, and no personal token", async () => {
  const [result, headers] = await call({
    apiKey: "figd_personal",
    credentials: { OAuth2: "oauth-token" },
  });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(headers.authorization).toBe("Bearer oauth-token");
  expect(headers["x-figma-token"]).toBeUndefined();
});

test("the tables list the schemes credentials may name, for the client's check", () => {
  expect(it.files.get("schemas.ts")).toContain(
    'export const credentialSchemes: readonly string[] = ["PersonalAccessToken", "OAuth2"];',
  );
});

test("credentials for the first scheme go there too", async () => {
  const [result, headers] = await call({ credentials: { PersonalAccessToken: "figd_other" } });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(headers["x-figma-token"]).toBe("figd_other");
});

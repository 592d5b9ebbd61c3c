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

/** The result, and the headers of the request the mock received (`undefined`: none was sent). */
const call = (options: object, operation = "getMe") => {
  const before = it.mock.requests.at(-1);
  return new it.OrqCore({ serverURL: it.mock.url, retryConfig: { strategy: "none" }, ...options })
    .callOperation(it.operations[operation]!, undefined)
    .then((result: { ok: boolean; error?: Error }) => {
      const last = it.mock.requests.at(-1);
      return [result, last === before ? undefined : last!.headers] as const;
    });
};

test("the key fills the first scheme", async () => {
  const [result, headers] = await call({ apiKey: "figd_personal" });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(headers!["x-figma-token"]).toBe("figd_personal");
  expect(headers!.authorization).toBeUndefined();
});

test("credentials pick another: an OAuth app's bearer token, and no personal token", async () => {
  const [result, headers] = await call({
    apiKey: "figd_personal",
    credentials: { OAuth2: "oauth-token" },
  });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(headers!.authorization).toBe("Bearer oauth-token");
  expect(headers!["x-figma-token"]).toBeUndefined();
});

test("the tables list the schemes credentials may name, for the client's check", () => {
  expect(it.files.get("schemas.ts")).toContain(
    'export const credentialSchemes: readonly string[] = ["OrgOAuth2", "PersonalAccessToken", "OAuth2"];',
  );
});

test("credentials for the first scheme go there too", async () => {
  const [result, headers] = await call({ credentials: { PersonalAccessToken: "figd_other" } });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(headers!["x-figma-token"]).toBe("figd_other");
});

// probe42: `credentials` for another scheme than the operation's (an app's `OAuth2` token where
// only `OrgOAuth2` does) sent the call with no key at all, for the server to refuse.
test("credentials, none for the operation, and no key: refused before sending, naming both", async () => {
  const [result, headers] = await call(
    { credentials: { OAuth2: "oauth-token" } },
    "getActivityLogs",
  );
  expect(result.error?.name).toBe("ValidationError");
  expect(result.error?.message).toContain(
    "credentials: this operation takes OrgOAuth2 (or apiKey), and the client has credentials for OAuth2 only",
  );
  expect(headers).toBeUndefined();
});

test("the operation's own scheme in credentials, or the key, goes as its bearer token", async () => {
  const [fromCredentials, sent] = await call(
    { credentials: { OAuth2: "oauth-token", OrgOAuth2: "org-token" } },
    "getActivityLogs",
  );
  expect(fromCredentials.ok, JSON.stringify(fromCredentials)).toBe(true);
  expect(sent!.authorization).toBe("Bearer org-token");
  const [fromKey, sentKey] = await call(
    { apiKey: "org-key", credentials: { OAuth2: "oauth-token" } },
    "getActivityLogs",
  );
  expect(fromKey.ok, JSON.stringify(fromKey)).toBe(true);
  expect(sentKey!.authorization).toBe("Bearer org-key");
});

test("an operation that may go anonymously goes with no key; so does any with neither (a proxy adds it)", async () => {
  const [anonymous, sent] = await call({ credentials: { OAuth2: "oauth-token" } }, "getStatus");
  expect(anonymous.ok, JSON.stringify(anonymous)).toBe(true);
  expect(sent!.authorization).toBeUndefined();
  // No key and no credentials: the backend proxy's pattern; the mock wants a key, so 401.
  const [proxied, sentProxied] = await call({}, "getActivityLogs");
  expect(proxied.ok).toBe(false);
  expect(sentProxied).toBeDefined();
  expect(sentProxied!.authorization).toBeUndefined();
});

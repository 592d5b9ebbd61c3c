/**
 * A spec whose key goes as Basic credentials (`id:secret`) for some operations and whose others
 * only a bearer scheme admits (fixtures/basic-key-bearer-only.yaml, Shutterstock's licensing,
 * probe60): those were sent `Authorization: Bearer id:secret`, the client secret in a header
 * the API does not read so. They need the bearer scheme's credential, and say so before
 * anything is sent; given it, they go as a bearer token. Against the mock.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "basic-key-bearer-only.yaml"), "basic-bearer");
}, 60_000);
afterAll(() => it?.close());

test("the operations a bearer scheme alone admits need its credential", () => {
  expect(it.operations.searchImages!.auth).toEqual({
    in: "header",
    name: "authorization",
    scheme: "basic",
  });
  expect(it.operations.licenseImages!.credentials?.required).toBe(true);
  // One that may go anonymously still may.
  expect(it.operations.getStatus!.credentials?.required).toBeFalsy();
});

test("the key alone: Basic where it may go so, a ValidationError where it may not", async () => {
  const client = it.clientAt(it.mock.url, { apiKey: "myClientId:myClientSecret" });
  const search = await client.callOperation(it.operations.searchImages!, {});
  expect(search.ok, JSON.stringify(search)).toBe(true);
  expect(it.mock.requests.at(-1)!.headers.authorization).toBe(
    `Basic ${btoa("myClientId:myClientSecret")}`,
  );
  const sent = it.mock.requests.length;
  const license = await client.callOperation(it.operations.licenseImages!, {});
  expect(license.ok).toBe(false);
  expect(!license.ok && license.error.message).toContain(
    'credentials: this operation needs customer_accessCode (the apiKey goes as Basic credentials: it is no bearer token): pass it as new Orq({ credentials: { customer_accessCode: "…" } })',
  );
  expect(it.mock.requests.length).toBe(sent);
});

test("with the credential, a bearer token", async () => {
  const client = it.clientAt(it.mock.url, {
    apiKey: "myClientId:myClientSecret",
    credentials: { customer_accessCode: "oauth-token-123" },
  });
  const license = await client.callOperation(it.operations.licenseImages!, {});
  expect(license.ok, JSON.stringify(license)).toBe(true);
  expect(it.mock.requests.at(-1)!.headers.authorization).toBe("Bearer oauth-token-123");
});

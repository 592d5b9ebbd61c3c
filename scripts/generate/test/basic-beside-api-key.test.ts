/**
 * Basic offered beside a scheme named as an API key (fixtures/basic-beside-api-key.yaml,
 * Adyen's checkout, probe62): the client's `apiKey` went as Basic credentials, the first
 * alternative, and every call was a 401. A key fills the API key scheme; Basic is given as
 * `credentials`. Against the mock, which answers 401 to a request that meets no requirement.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "basic-beside-api-key.yaml"), "basic-api-key");
}, 60_000);
afterAll(() => it?.close());

const call = async (options: object, operation: string) => {
  const result = await new it.OrqCore({
    serverURL: it.mock.url,
    retryConfig: { strategy: "none" },
    ...options,
  }).callOperation(it.operations[operation]!, undefined);
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return it.mock.requests.at(-1)!;
};

test("the key goes in the API key's header, not as Basic", async () => {
  const sent = await call({ apiKey: "AQE1234567890" }, "createPayment");
  expect(sent.headers["x-api-key"]).toBe("AQE1234567890");
  expect(sent.headers.authorization).toBeUndefined();
});

test("Basic is the web-service user's, from credentials", async () => {
  const sent = await call({ credentials: { BasicAuth: "ws@Company.X:secret" } }, "createPayment");
  expect(sent.headers.authorization).toBe(`Basic ${btoa("ws@Company.X:secret")}`);
  expect(sent.headers["x-api-key"]).toBeUndefined();
});

test("beside a scheme that names no API key, Basic stays the key's", async () => {
  expect(it.operations.listRepos!.auth).toEqual({
    in: "header",
    name: "authorization",
    scheme: "basic",
  });
  const sent = await call({ apiKey: "user:password" }, "listRepos");
  expect(sent.headers.authorization).toBe(`Basic ${btoa("user:password")}`);
});

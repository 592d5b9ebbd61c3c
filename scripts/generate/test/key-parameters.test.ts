/**
 * Key parameters (fixtures/key-parameters.yaml, Trello's `key` and `token`, probe48): a
 * parameter the client's key fills is optional, in the types and the checks, and filled from
 * `apiKey` when left out (a value the call gives wins); an operation with no requirements of its
 * own, in a spec whose other operations have theirs, puts the key where a key scheme names one of
 * its parameters, not in `Authorization: Bearer`. Against the mock.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "key-parameters.yaml"), "key-parameters");
}, 60_000);
afterAll(() => it?.close());

const call = async (operation: string, request: object) => {
  const client = new it.OrqCore({
    apiKey: "K1",
    serverURL: it.mock.url,
    retryConfig: { strategy: "none" },
  });
  const result = await client.callOperation(it.operations[operation]!, request);
  return [result as { ok: boolean; error?: Error }, it.mock.requests.at(-1)!] as const;
};

test("the key's parameter may be left to the key", async () => {
  const [result, sent] = await call("addCards", { token: "T1", name: "todo" });
  expect(result.ok, result.error?.message).toBe(true);
  expect(sent.query).toMatchObject({ key: "K1", token: "T1", name: "todo" });
  expect(sent.headers.authorization).toBeUndefined();
  expect(it.files.get("models.ts")).toMatch(/key\?:/);
});

test("a key the call gives wins", async () => {
  const [result, sent] = await call("addCards", { key: "K2", token: "T1", name: "todo" });
  expect(result.ok, result.error?.message).toBe(true);
  expect(sent.query).toMatchObject({ key: "K2" });
});

test("an operation with no requirements of its own: the key goes in its key parameter", async () => {
  const [result, sent] = await call("getSearch", { token: "T1", query: "milk" });
  expect(result.ok, result.error?.message).toBe(true);
  expect(sent.query).toMatchObject({ key: "K1", token: "T1", query: "milk" });
  expect(sent.headers.authorization).toBeUndefined();
});

/**
 * A HEAD operation whose spec lists answer content (fixtures/head-with-content.yaml, as
 * Swashbuckle writes them): a HEAD answer has no body (RFC 9110 § 9.3.2), so the method resolves
 * to nothing. It was typed as the GET's body, and every call failed with "the body is empty".
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "head-with-content.yaml"), "head-with-content");
}, 60_000);
afterAll(() => it?.close());

test("the answer of a HEAD operation has no body, in the table, the types and a call", async () => {
  const { headPing, getPing } = it.operations;
  expect(headPing!.response).toEqual({ status: "200", mediaType: "" });
  expect(headPing!.otherResponses).toEqual({ "202": { mediaType: "" } });
  expect(getPing!.response).toMatchObject({ status: "200", mediaType: "application/json" });
  expect(it.files.get("resources.ts")!.replace(/\s+/g, " ")).toMatch(
    /head\(options\?: Options\): Promise<void>;/,
  );
  const result = await it.client.callOperation(headPing!, undefined);
  expect(result).toEqual({ ok: true, value: undefined });
  const ping = await it.client.callOperation(getPing!, undefined);
  expect(ping.ok && ping.value).toMatchObject({ status: expect.any(String) });
});

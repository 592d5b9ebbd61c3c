/**
 * `type: "null"` beside a union (fixtures/null-beside-union.yaml, Vercel's 17 such schemas):
 * read strictly no value is valid, and the runtime took null alone, refusing the numbers and
 * objects the API (and the mock) answer there: `deployments.list()` failed (probe54). It is the
 * union, or null, in the runtime, the types and the mock alike.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "null-beside-union.yaml"), "null-beside-union");
}, 60_000);
afterAll(() => it?.close());

test.each([
  [{ aliasAssigned: 0, value: "text" }],
  [{ aliasAssigned: true, value: { a: 1 } }],
  [{ aliasAssigned: null, value: null }],
])("%j goes, and the mock's answer is read", async (request) => {
  const result = await it.client.callOperation(it.operations.createDeployment!, request);
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
});

test("what neither the union nor null takes is refused", async () => {
  const result = await it.client.callOperation(it.operations.createDeployment!, {
    aliasAssigned: "yes",
    value: 1,
  });
  expect(!result.ok && result.error.message).toContain("aliasAssigned");
});

test("the types are the union or null, not never", () => {
  const types = it.files.get("sdk-types.ts")!;
  expect(types).not.toMatch(/null & \(/);
  expect(types).toMatch(/aliasAssigned: \(?number \| boolean\)? \| null;/);
});

/**
 * An object whose renamed properties sit beside other keys it takes (Mem0's `filters`,
 * fixtures/renamed-beside-extra.yaml): a key written as a property's wire name (`user_id`)
 * passed as an other key, was not checked against the property's schema, and met the renamed
 * property on the wire (with `userId` given too, one value was silently dropped). It is now
 * refused, naming the SDK's name; other keys still pass.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "renamed-beside-extra.yaml"), "renamed-extra");
}, 60_000);
afterAll(() => it?.close());

test("the flag is on for such a spec", () => {
  expect(it.coreSchemas.usesRenamedBesideExtraKeys).toBe(true);
});

test("the SDK's name is renamed, other keys pass as they are", async () => {
  const result = await it.client.callOperation(it.operations.searchMemories!, {
    query: "q",
    filters: { userId: "alex", category: { in: ["food"] } },
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)?.body).toEqual({
    query: "q",
    filters: { user_id: "alex", category: { in: ["food"] } },
  });
});

test("a key written as a renamed property's wire name is refused, with the SDK's name", async () => {
  const before = it.mock.requests.length;
  for (const filters of [{ user_id: { in: ["alex"] } }, { userId: "alex", user_id: "sam" }]) {
    const result = await it.client.callOperation(it.operations.searchMemories!, {
      query: "q",
      filters,
    });
    expect(!result.ok && result.error.message).toContain(
      "filters.user_id is written userId in the SDK (user_id is its name on the wire)",
    );
  }
  expect(it.mock.requests).toHaveLength(before);
});

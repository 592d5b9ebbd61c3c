/**
 * Schema keywords written with a value of the wrong type (fixtures/mistyped-keywords.yaml; the
 * fixtures test type-checks its output). api.video's `pattern: 0` was copied into the tables as
 * it was, and the SDK's build failed in generated code (probe50); `maxLength: "5"` compared text
 * with numbers at run time. They are read as meant, or left out.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "mistyped-keywords.yaml"), "mistyped-keywords");
}, 60_000);
afterAll(() => it?.close());

test("bounds and counts written as text are those numbers; the rest are left out", () => {
  const tables = it.files.get("operations.ts")!;
  expect(tables).toMatch(/maxLength: 5\b/);
  expect(tables).toMatch(/minimum: 1\b/);
  expect(tables).toMatch(/uniqueItems: true\b/);
  expect(tables).not.toMatch(/pattern:|format: 5|maximum:|maxItems:|enum: "video"/);
});

test.each([
  [{ label: "too long" }, "label must be at most 5 characters"],
  [{ count: 0 }, "count must be >= 1"],
  [{ tags: ["a", "a"] }, "tags must not contain duplicates"],
])("%j is refused by the rule as meant", async (request, message) => {
  const result = await it.client.callOperation(it.operations.pickThumbnail!, request);
  expect(!result.ok && result.error.message).toContain(message);
});

test("what the left-out keywords would have refused goes", async () => {
  const result = await it.client.callOperation(it.operations.pickThumbnail!, {
    timecode: "00:01",
    count: 1_000_000,
    kind: "image",
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
});

/**
 * A `oneOf` beside properties of its own (Front's analytics export: `type` and `start_time` on
 * the object, the columns in each branch), picked by a discriminator with a `mapping`. Each
 * branch is the object's properties plus its own; the branch the mapping picked was used bare,
 * so `type` and `startTime` were "not a known field" and no valid request could be sent, and an
 * answer's `start_time` was not renamed (fixtures/union-beside-properties.yaml).
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "union-beside-properties.yaml"), "union-beside");
}, 60_000);
afterAll(() => it?.close());

test.each(["createExport", "createExportUntagged"])(
  "%s: the object's properties and the branch's are sent, renamed, and read back",
  async (operation) => {
    const result = await it.client.callOperation(it.operations[operation]!, {
      type: "messages",
      startTime: 1700000000,
      columns: ["Subject"],
    });
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({
      body: { type: "messages", start_time: 1700000000, columns: ["Subject"] },
    });
    if (operation === "createExport")
      expect(Object.keys(result.ok ? (result.value as object) : {})).toContain("startTime");
  },
);

test("the object's own required property is still required, with the branch picked", async () => {
  const before = it.mock.requests.length;
  const result = await it.client.callOperation(it.operations.createExport!, {
    type: "events",
    eventColumns: ["Event ID"],
  });
  expect(!result.ok && result.error.message).toContain("startTime is required");
  expect(it.mock.requests).toHaveLength(before);
});

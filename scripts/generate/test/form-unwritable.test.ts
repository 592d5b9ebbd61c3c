/**
 * A form body (fixtures/form-unwritable.yaml) has no field for an empty list, and `deepObject`
 * none for an empty object or list, or a null in a list. Sent as they were, they vanished: a
 * required field went missing (422 after the upload), and an item that wrote nothing left a gap
 * in a list's indices (`schedule_phases[1]` with no `[0]`: Stripe read a map, or a shorter
 * list). Map keys that brackets cannot hold (`""`, `a[b]`) changed meaning. Each is refused
 * before sending, by the caller's names; what can be written goes as before.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "form-unwritable.yaml"), "form-unwritable");
}, 60_000);
afterAll(() => it?.close());

const call = (request: object) => it.client.callOperation(it.operations.createSchedule!, request);

test.each([
  [{ tags: [] }, "tags: an empty list has no field in a form body, and tags is required"],
  // One field per item (`labels=a&labels=b`): a null one went as the text `null` (probe36 F12).
  [
    { tags: ["a"], labels: ["a", null, "b"] },
    "labels[1]: a null in a list has no field in a form body; leave it out",
  ],
  [
    { tags: ["a"], schedulePhases: [{ lineItems: [] }] },
    "schedulePhases[0].lineItems: an empty list has no field in a form body; leave it out",
  ],
  [
    { tags: ["a"], schedulePhases: [{ lineItems: [{}] }] },
    "schedulePhases[0].lineItems[0]: an empty object has no field in a form body; leave it out",
  ],
  [
    { tags: ["a"], schedulePhases: [{ lineItems: [null, { priceId: "p1" }] }] },
    "schedulePhases[0].lineItems[0]: a null in a list has no field in a form body; leave it out",
  ],
  [
    { tags: ["a"], schedulePhases: [] },
    "schedulePhases: an empty list has no field in a form body; leave it out",
  ],
  [{ tags: ["a"], metadata: {} }, "metadata: an empty object has no field in a form body"],
  [
    { tags: ["a"], metadata: { "": "x" } },
    `metadata[""]: the key "" cannot be written in a form body's brackets (an empty key reads as a list's next item)`,
  ],
  [
    { tags: ["a"], metadata: { "a[b]": "x" } },
    `metadata["a[b]"]: the key "a[b]" cannot be written in a form body's brackets (it holds a bracket)`,
  ],
])("%j is refused before sending", async (request, message) => {
  it.mock.reset();
  const result = await call(request);
  expect(!result.ok && result.error.name).toBe("ValidationError");
  expect(!result.ok && result.error.message).toContain(message);
  expect(it.mock.requests).toEqual([]);
});

test("an empty list in an optional field goes as no field, as left out (probe75)", async () => {
  it.mock.reset();
  const result = await call({ tags: ["a"], labels: [] });
  expect(result).toMatchObject({ ok: true });
  expect(it.mock.requests.at(-1)!.parts.map((p) => p.name)).toEqual(["tags"]);
});

test("what a form can say is sent as Stripe reads it, a null member left out", async () => {
  it.mock.reset();
  const result = await call({
    tags: ["a", "b"],
    schedulePhases: [
      { lineItems: [{ priceId: "p1" }], trialEnd: null },
      { lineItems: [{ priceId: "p2" }, { priceId: "p3" }], trialEnd: 1700000000 },
    ],
    metadata: { cost_center: "42", "order id": "7" },
  });
  expect(result).toEqual({ ok: true, value: { id: "sched_1" } });
  expect(it.mock.requests.at(-1)?.body).toEqual({
    tags: ["a", "b"],
    schedule_phases: [
      { line_items: [{ price_id: "p1" }] },
      { line_items: [{ price_id: "p2" }, { price_id: "p3" }], trial_end: 1700000000 },
    ],
    metadata: { cost_center: "42", "order id": "7" },
  });
});

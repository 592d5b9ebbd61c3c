/**
 * A union whose branches take values of different types (fixtures/mixed-type-unions.yaml, as
 * Stripe's `trial_end`: "now" or a Unix time). A value that its own type's branch refuses was
 * told only that branch's rule (`trialEnd must be one of now`), as if an integer were not
 * allowed too (probe44).
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "mixed-type-unions.yaml"), "mixed-type-unions");
}, 60_000);
afterAll(() => it?.close());

const create = (request: object) =>
  it.client.callOperation(it.operations.createSubscription!, request);

test("the generator flags the spec", () => {
  expect(it.coreSchemas.usesMixedTypeUnions).toBe(true);
});

test.each([
  [{ trialEnd: "later" }, 'trialEnd must be one of now, or an integer (got "later")'],
  [{ trialEnd: 1.5 }, "trialEnd must be a string or an integer (got 1.5)"],
  [{ label: "too long" }, "label must be at most 5 characters"],
  [{ amount: 0 }, "amount must be >= 1, or a string"],
])("%j is refused, naming every type allowed", async (request, message) => {
  it.mock.reset();
  const result = await create(request);
  expect(!result.ok && result.error.message).toContain(message);
  expect(it.mock.requests).toEqual([]);
});

test("the other types are named after the branch's own rule", async () => {
  const label = await create({ label: "too long" });
  expect(!label.ok && label.error.message).toMatch(
    /label must be at most 5 characters.*, or a number or a boolean/,
  );
  const amount = await create({ amount: 0 });
  expect(!amount.ok && amount.error.message).toMatch(/amount must be >= 1, or a string/);
});

test("values a branch takes go as they are", async () => {
  for (const request of [
    { trialEnd: "now" },
    { trialEnd: 1700000000 },
    { label: 2, amount: "unlimited" },
  ]) {
    it.mock.reset();
    const result = await create(request);
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    expect(it.mock.requests).toHaveLength(1);
  }
});

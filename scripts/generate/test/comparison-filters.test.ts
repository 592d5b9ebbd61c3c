/**
 * Filters whose comparison follows the name (fixtures/comparison-filters.yaml, Twilio's
 * `DateSent<`, probe44 F8) are named with it in words, as Twilio's own SDKs name them, and go
 * on the wire under their own names. Against the mock, which reads the query.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "comparison-filters.yaml"), "comparison-filters");
}, 60_000);
afterAll(() => it?.close());

test("dateSentBefore and dateSentAfter go as DateSent< and DateSent>", async () => {
  const result = await it.client.callOperation(it.operations.listMessage!, {
    dateSentBefore: new Date("2030-01-02T00:00:00Z"),
    dateSentAfter: new Date("2030-01-01T00:00:00Z"),
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)).toMatchObject({
    status: 200,
    query: { "DateSent<": "2030-01-02T00:00:00.000Z", "DateSent>": "2030-01-01T00:00:00.000Z" },
  });
  expect(it.files.get("models.ts")).toMatch(
    /dateSentBefore\?:\s+NonNullable<[^>]+>\["DateSent<"\]/,
  );
});

test("a filter's wire name is told its SDK name, not another filter's (probe75)", async () => {
  it.mock.reset();
  // Folded as a slip is, `DateSent<` was told `dateSent`: the exact-date filter.
  for (const [wire, sdk] of [
    ["DateSent<", "dateSentBefore"],
    ["DateSent>", "dateSentAfter"],
    ["dateSent", undefined],
  ] as const) {
    const result = await it.client.callOperation(it.operations.listMessage!, {
      [wire]: new Date("2030-01-02T00:00:00Z"),
    });
    if (sdk === undefined) expect(result.ok).toBe(true);
    else expect(!result.ok && result.error.message).toContain(`did you mean ${sdk}?`);
  }
  expect(it.mock.requests).toHaveLength(1);
  expect(it.coreSchemas.usesComparisonParameters).toBe(true);
});

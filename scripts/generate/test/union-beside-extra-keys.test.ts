/**
 * A union beside a schema for other keys (fixtures/union-beside-extra-keys.yaml): Adyen's
 * `additionalData` takes any string under any key, and documents groups of them in an `anyOf`.
 * Each branch was checked alone, closed, so every key it did not declare (`riskdata.basket.
 * item1.sku`, a merchant's own) was "not a known field" and the risk data Adyen's guides send
 * could not be sent (probe62). Each branch is now checked with the object's schema for other
 * keys, as JSON Schema reads it.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "union-beside-extra-keys.yaml"), "beside-extra");
}, 60_000);
afterAll(() => it?.close());

const pay = (additionalData: object) =>
  it.client.callOperation(it.operations.createPayment!, { amount: 1000, additionalData });

test("keys no branch declares go as they are, beside the ones a branch declares", async () => {
  const result = await pay({
    "riskdata.basket.item1.sku": "SKU1",
    customMerchantKey: "v",
    riskdataSkipRisk: "true",
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.body).toEqual({
    amount: 1000,
    additionalData: {
      "riskdata.basket.item1.sku": "SKU1",
      customMerchantKey: "v",
      "riskdata.skipRisk": "true",
    },
  });
});

test("they are still checked against that schema, before anything is sent", async () => {
  const before = it.mock.requests.length;
  const result = await pay({ "riskdata.basket.item1.amountPerItem": 1000 });
  expect(result.ok).toBe(false);
  expect(result.ok || result.error.message).toMatch(
    /additionalData\.riskdata\.basket\.item1\.amountPerItem must be a string/,
  );
  expect(result.ok || result.error.message).not.toMatch(/not a known field/);
  expect(it.mock.requests.length).toBe(before);
});

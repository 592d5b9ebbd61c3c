/**
 * Enums whose values a message must quote (fixtures/blank-enum.yaml): one that allows `""`
 * listed it as nothing (`taxExempt must be one of , exempt, none, reverse`), and one of texts
 * and numbers (`[4.1, 4, "3_lite"]`) listed the number 4.1 as if the text "4.1" were allowed.
 * In SDKs of specs that have such an enum (`usesQuotedEnumValues`), texts are written as JSON;
 * other specs keep the plain list. Under `type: string` (Plaid's) the numbers are dropped: they
 * can never be valid.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "blank-enum.yaml"), "blank-enum");
}, 60_000);
afterAll(() => it?.close());

test("the empty text is shown as JSON in the rule, and still allowed", async () => {
  expect(it.coreSchemas.usesQuotedEnumValues).toBe(true);
  const wrong = await it.client.callOperation(it.operations.createCustomer!, {
    taxExempt: "EXEMPT",
  });
  expect(!wrong.ok && wrong.error.message).toContain(
    'taxExempt must be one of "", "exempt", "none", "reverse" (got "EXEMPT")',
  );
  expect(it.mock.requests).toEqual([]);
  const cleared = await it.client.callOperation(it.operations.createCustomer!, { taxExempt: "" });
  expect(cleared).toEqual({ ok: true, value: { id: "cus_1" } });
  expect(it.mock.requests.at(-1)?.body).toEqual({ tax_exempt: "" });
});

test("texts beside numbers are quoted, so the text 4.1 is not read as allowed", async () => {
  const wrong = await it.client.callOperation(it.operations.createCustomer!, { level: "4.1" });
  expect(!wrong.ok && wrong.error.message).toContain(
    'level must be one of 4.1, 4, "3_lite" (got "4.1")',
  );
});

test("under type: string, the numbers are not offered", async () => {
  const text = await it.client.callOperation(it.operations.createCustomer!, {
    scoreVersion: "4.1",
  });
  expect(!text.ok && text.error.message).toContain(
    'scoreVersion must be one of "3_lite", null (got "4.1")',
  );
  const number = await it.client.callOperation(it.operations.createCustomer!, {
    scoreVersion: 4.1 as never,
  });
  expect(!number.ok && number.error.message).toContain("scoreVersion must be a string");
});

/**
 * An enum that allows `""` (fixtures/blank-enum.yaml): the message listed it as nothing,
 * `taxExempt must be one of , exempt, none, reverse`. It is written as JSON, `""`, in SDKs of
 * specs that have one (`usesBlankEnumValues`); other specs keep the plain list.
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
  expect(it.coreSchemas.usesBlankEnumValues).toBe(true);
  const wrong = await it.client.callOperation(it.operations.createCustomer!, {
    taxExempt: "EXEMPT",
  });
  expect(!wrong.ok && wrong.error.message).toContain(
    'taxExempt must be one of "", exempt, none, reverse (got "EXEMPT")',
  );
  expect(it.mock.requests).toEqual([]);
  const cleared = await it.client.callOperation(it.operations.createCustomer!, { taxExempt: "" });
  expect(cleared).toEqual({ ok: true, value: { id: "cus_1" } });
  expect(it.mock.requests.at(-1)?.body).toEqual({ tax_exempt: "" });
});

/**
 * OpenAPI 3.0's "nullable $ref" (fixtures/nullable-ref-3.0.yaml): `nullable` beside `allOf: [$ref]`,
 * and beside an `enum` without `type`, reads "this, or null", which the generator writes as an
 * `anyOf` of the schema and `null`. That `anyOf` must switch on the runtime's `anyOf` code
 * (`usesAnyOf`), or an SDK generated from a spec with no union of its own would neither check nor
 * rename what sits under it. Checked in the tables and end to end: core's runtime, on the spec's
 * own constants, against the mock serving the fixture.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { SchemaNode, SchemaRef } from "../templates/contract.js";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

const resolve = (ref: SchemaRef | undefined): SchemaNode =>
  typeof ref === "function" ? ref() : (ref ?? {});

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "nullable-ref-3.0.yaml"), "nullable-ref");
}, 60_000);
afterAll(() => it?.close());

describe("tables", () => {
  test("a nullable schema without type is an anyOf with null, and turns usesAnyOf on", () => {
    const body = resolve(it.operations.createAccount!.requestBody!.schema).properties!;
    const address = resolve(body.billing_address);
    expect(address.anyOf![1]).toEqual({ type: "null" });
    expect(resolve(resolve(address.anyOf![0]).allOf![0]).names).toEqual({
      street_line: "streetLine",
      zip_code: "zipCode",
    });
    expect(resolve(body.account_kind)).toEqual({
      anyOf: [{ enum: ["personal", "business"] }, { type: "null" }],
    });
    expect(it.coreSchemas.usesAnyOf).toBe(true);
  });
});

describe("calls", () => {
  test("the request under a nullable $ref is renamed to wire names; the answer back", async () => {
    const result = await it.client.callOperation(it.operations.createAccount!, {
      displayName: "Ann",
      billingAddress: { streetLine: "1 Main St", zipCode: "10001" },
      accountKind: "business",
    });
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 201,
      body: {
        display_name: "Ann",
        billing_address: { street_line: "1 Main St", zip_code: "10001" },
        account_kind: "business",
      },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        accountId: "acct_1",
        displayName: "Ann",
        billingAddress: { streetLine: "1 Main St", zipCode: "10001" },
        shippingAddress: null,
        accountKind: "personal",
        mailingAddress: null,
      },
    });
  });

  test("null is still allowed where the spec says nullable", async () => {
    const result = await it.client.callOperation(it.operations.createAccount!, {
      displayName: "Ann",
      billingAddress: null,
      shippingAddress: null,
      accountKind: null,
      mailingAddress: null,
    });
    expect(result.ok).toBe(true);
    expect(it.mock.requests.at(-1)?.body).toEqual({
      display_name: "Ann",
      billing_address: null,
      shipping_address: null,
      account_kind: null,
      mailing_address: null,
    });
  });

  test("what breaks the schema under it is refused before sending", async () => {
    for (const [wrong, message] of [
      [{ billingAddress: { zipCode: 5 } }, /billingAddress\.streetLine is required/],
      [
        { billingAddress: { zipCode: 5, streetLine: "x" } },
        /billingAddress\.zipCode must be a string/,
      ],
      [{ accountKind: "alien" }, /accountKind must be one of personal, business/],
      [{ shippingAddress: { zipCode: "1" } }, /shippingAddress\.streetLine is required/],
      // `type` and `nullable` beside the `allOf`: null, or an object its part accepts.
      [{ mailingAddress: { zipCode: "1" } }, /mailingAddress\.streetLine is required/],
      [{ mailingAddress: "1 Main St" }, /mailingAddress must be an object/],
    ] as const) {
      it.mock.reset();
      const result = await it.client.callOperation(it.operations.createAccount!, {
        displayName: "Ann",
        ...wrong,
      });
      expect(!result.ok && result.error.name).toBe("ValidationError");
      expect(!result.ok && result.error.message).toMatch(message);
      expect(it.mock.requests).toEqual([]);
    }
  });
});

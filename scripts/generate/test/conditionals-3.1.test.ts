/**
 * JSON Schema 2020-12 keywords that make a request valid or not by more than its properties' own
 * schemas (fixtures/conditionals-3.1.yaml): `not`, `if`/`then`/`else`, `contains` with
 * `maxContains`, `propertyNames`, `dependentSchemas` and `unevaluatedProperties`. They used to be
 * dropped, so the SDK sent requests the server refuses. Checked in the tables, in the types (a
 * property only a dependent schema declares), and end to end:
 * core's runtime (on the fixture's own flags) against the mock serving the fixture, which
 * validates with ajv's JSON Schema 2020-12.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { SchemaNode, SchemaRef } from "../templates/contract.js";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

const resolve = (ref: SchemaRef | undefined): SchemaNode =>
  typeof ref === "function" ? ref() : (ref ?? {});

const FLAGS = [
  "usesNot",
  "usesIfThenElse",
  "usesContains",
  "usesPropertyNames",
  "usesDependentSchemas",
  "usesUnevaluatedProperties",
];

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "conditionals-3.1.yaml"), "conditionals-3.1");
}, 60_000);
afterAll(() => it?.close());

/** A request that breaks no rule: a US order paid by card, so with a billing address. */
const valid = {
  displayName: "Ada",
  country: "US",
  postalCode: "12345",
  status: "open",
  reference: "INV-0042",
  tags: ["urgent", "fragile"],
  labels: { team_name: "core" },
  creditCard: "4111",
  billingAddress: { streetLine: "1 Main St" },
  coupon: "SPRING",
};
/** The same as it goes on the wire. */
const validOnWire = {
  display_name: "Ada",
  country: "US",
  postal_code: "12345",
  status: "open",
  reference: "INV-0042",
  tags: ["urgent", "fragile"],
  labels: { team_name: "core" },
  credit_card: "4111",
  billing_address: { street_line: "1 Main St" },
  coupon: "SPRING",
};

describe("tables", () => {
  test("the keywords are written, with their flags", () => {
    const order = resolve(it.operations.createOrder!.requestBody!.schema);
    expect(resolve(order.not)).toEqual({
      required: ["coupon", "gift_card"],
      names: { gift_card: "giftCard" },
    });
    expect(Object.keys(order.dependentSchemas!)).toEqual(["credit_card"]);
    expect(resolve(order.dependentSchemas!.credit_card)).toMatchObject({
      names: { billing_address: "billingAddress" },
      required: ["billing_address"],
    });
    expect(order.unevaluatedProperties).toBe(false);
    const part = resolve(order.allOf![1]);
    expect(part.if).toEqual({ properties: { country: { const: "US" } } });
    expect(part.then).toMatchObject({ properties: { postal_code: { pattern: "^[0-9]{5}$" } } });
    expect(resolve(part.else).properties).toHaveProperty("postal_code");
    const property = (name: string) => resolve(part.properties![name]);
    expect(property("status").not).toEqual({ enum: ["deleted", "archived"] });
    expect(property("reference")).toMatchObject({
      if: { pattern: "^INV-" },
      then: { maxLength: 12 },
    });
    expect(property("tags")).toMatchObject({ contains: { const: "urgent" }, maxContains: 1 });
    expect(property("labels").propertyNames).toEqual({ pattern: "^[a-z][a-z0-9_]*$" });
    for (const flag of FLAGS) expect(it.coreSchemas[flag], flag).toBe(true);
  });

  test("a spec without them keeps every flag off", async () => {
    const { readFile } = await import("node:fs/promises");
    const shipped = await readFile(
      new URL("../../../packages/core/src/generated/schemas.ts", import.meta.url),
      "utf8",
    );
    for (const flag of FLAGS)
      expect(shipped).toMatch(new RegExp(`^export const ${flag} = false;$`, "m"));
  });
});

describe("types", () => {
  test("a property only a dependent schema declares is in the request's type", async () => {
    expect(it.files.get("models.ts")).toMatch(/^export type CreateOrderRequestBody = /m);
    await writeFile(
      join(it.dir, "usage.ts"),
      `import type { CreateOrderRequestBody } from "./models.js";

export const request: CreateOrderRequestBody = ${JSON.stringify(valid)};
// @ts-expect-error the address is typed by its schema
export const wrong: CreateOrderRequestBody = { creditCard: "4111", billingAddress: { street: "x" } };
`,
    );
    const checked = await typecheck([it.dir], it.dir);
    expect(checked.code, checked.output).toBe(0);
  }, 60_000);
});

describe("calls", () => {
  test("requests that keep every rule are sent, renamed (the dependent schema's property too)", async () => {
    const result = await it.client.callOperation(it.operations.createOrder!, valid);
    expect(it.mock.requests.at(-1)).toMatchObject({ status: 200, body: validOnWire });
    expect(result).toEqual({ ok: true, value: { orderId: "o-1", postalCode: "12345" } });

    // `else`'s postal code, a reference `if` does not pick, no tags to count, no card.
    for (const request of [
      { country: "CA", postalCode: "K1A 0B1", reference: "a reference longer than twelve" },
      { postalCode: "12345", giftCard: "G-1" },
      {},
    ]) {
      it.mock.reset();
      const answer = await it.client.callOperation(it.operations.createOrder!, request);
      expect(answer.ok, JSON.stringify(request)).toBe(true);
      expect(it.mock.requests.at(-1)?.status).toBe(200);
    }
  });

  test("what breaks them is refused before sending, naming the field and the rule, as the server refuses it", async () => {
    // Each change to the valid request, in the SDK's names and in the wire's.
    for (const [change, onWire, message] of [
      // if/then/else on the object: `then` when the country is the US (or not given), else `else`.
      [
        { postalCode: "K1A 0B1" },
        { postal_code: "K1A 0B1" },
        /^postalCode must match \/\^\[0-9\]\{5\}\$\/$/,
      ],
      [{ country: "CA" }, { country: "CA" }, /^postalCode must match \/\^\[A-Z\]/],
      // if/then on a string.
      [
        { reference: "INV-0000000042" },
        { reference: "INV-0000000042" },
        /^reference must be at most 12 characters$/,
      ],
      [
        { status: "deleted" },
        { status: "deleted" },
        /^status must not be one of deleted, archived$/,
      ],
      [
        { giftCard: "G-1" },
        { gift_card: "G-1" },
        /^request must not have coupon and giftCard together$/,
      ],
      [
        { tags: ["fragile"] },
        { tags: ["fragile"] },
        /^tags must contain at least 1 item that is "urgent" \(it has 0\)$/,
      ],
      [
        { tags: ["urgent", "urgent"] },
        { tags: ["urgent", "urgent"] },
        /^tags must contain at most 1 item that is "urgent" \(it has 2\)$/,
      ],
      [
        { labels: { Team: "core" } },
        { labels: { Team: "core" } },
        /^labels\.Team is not an allowed field name: it must match \/\^\[a-z\]\[a-z0-9_\]\*\$\/$/,
      ],
      [
        { billingAddress: undefined },
        { billing_address: undefined },
        /^billingAddress is required$/,
      ],
      [{ billingAddress: {} }, { billing_address: {} }, /^billingAddress\.streetLine is required$/],
      // No card: the billing address is declared by no schema that applies.
      [
        { creditCard: undefined },
        { credit_card: undefined },
        /^billingAddress is not a known field$/,
      ],
      [{ nickname: "A" }, { nickname: "A" }, /^nickname is not a known field$/],
    ] as const) {
      const label = JSON.stringify(change);
      it.mock.reset();
      const result = await it.client.callOperation(it.operations.createOrder!, {
        ...valid,
        ...change,
      });
      const error = !result.ok && (result.error as Error & { issues?: { message: string }[] });
      expect(error && error.name, label).toBe("ValidationError");
      expect(error && error.issues!.map((i) => i.message), label).toEqual([
        expect.stringMatching(message),
      ]);
      expect(it.mock.requests, label).toEqual([]);
      // The mock (ajv, JSON Schema 2020-12) refuses the same request sent as it is.
      const response = await fetch(`${it.mock.url}/orders`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer test-key" },
        body: JSON.stringify({ ...validOnWire, ...onWire }),
      });
      await response.body?.cancel();
      expect(response.status, label).toBe(422);
    }
  });
});

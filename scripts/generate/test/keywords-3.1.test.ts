/**
 * JSON Schema 2020-12 keywords (fixtures/keywords-3.1.yaml): `prefixItems` (with `items: false`
 * written as `maxItems`), `patternProperties` and `dependentRequired`. They used to be dropped,
 * so every tuple and every matching label was refused, and a missing dependent field sent.
 * Checked in the tables and end to end against the mock serving the fixture.
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
  it = await runtimeAgainstMock(join(fixtures, "keywords-3.1.yaml"), "keywords-3.1");
}, 60_000);
afterAll(() => it?.close());

describe("tables", () => {
  test("the keywords are written, with their flags", () => {
    const thing = resolve(it.operations.createThing!.requestBody!.schema);
    const pair = resolve(thing.properties!.pair);
    expect(pair.prefixItems).toHaveLength(2);
    expect(pair.maxItems).toBe(2);
    expect(pair.items).toBeUndefined();
    expect(Object.keys(resolve(thing.properties!.labels).patternProperties!)).toEqual(["^x-"]);
    expect(thing.dependentRequired).toEqual({ credit_card: ["billing_address"] });
    for (const flag of ["usesPrefixItems", "usesPatternProperties", "usesDependentRequired"])
      expect(it.coreSchemas[flag], flag).toBe(true);
  });
});

describe("calls", () => {
  test("tuples and pattern-matched keys are sent, renamed where declared", async () => {
    const result = await it.client.callOperation(it.operations.createThing!, {
      pair: ["a", { xPos: 1 }],
      scores: ["s", 1, 2],
      labels: { "x-a": "1", "x-team_name": "core" },
      creditCard: "4111",
      billingAddress: "1 Main St",
    });
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 200,
      body: {
        pair: ["a", { x_pos: 1 }],
        scores: ["s", 1, 2],
        labels: { "x-a": "1", "x-team_name": "core" },
        credit_card: "4111",
        billing_address: "1 Main St",
      },
    });
    expect(result).toEqual({
      ok: true,
      value: { pair: ["a", { xPos: 1 }], labels: { "x-team_name": "core" } },
    });
  });

  test("what breaks them is refused before sending", async () => {
    for (const [request, message] of [
      [{ pair: [1, {}] }, /pair\[0\] must be a string \(got 1\)[^]*pair\[1\]\.xPos is required/],
      [{ pair: ["a", { xPos: 1 }, 3] }, /pair: 3 items, at most 2/],
      [{ scores: ["s", "t"] }, /scores\[1\] must be an integer/],
      [{ labels: { "x-a": 1 } }, /labels\.x-a must be a string/],
      [{ labels: { other: "1" } }, /labels\.other is not a known field/],
      [{ creditCard: "4111" }, /billingAddress is required when creditCard is given/],
    ] as const) {
      it.mock.reset();
      const result = await it.client.callOperation(it.operations.createThing!, request);
      expect(!result.ok && result.error.message).toMatch(message);
      expect(it.mock.requests).toEqual([]);
    }
  });
});

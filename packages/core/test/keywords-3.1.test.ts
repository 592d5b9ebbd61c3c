/**
 * JSON Schema 2020-12 keywords of OpenAPI 3.1 that requests are checked against and answers
 * renamed by: `prefixItems` (tuples), `patternProperties`, `dependentRequired`, and the `false`
 * schema (written as an empty `enum`).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SchemaNode } from "../src/generated/contract.js";
import { isFileInput } from "../src/files/file-input.js";
import type { renameKeys as RenameKeys, validate as Validate } from "./helpers/check-only.js";
import { restoreFeatures, turnOnEveryFeature } from "./helpers/every-feature.js";

const sdk = { mode: "sdk" as const, isFile: isFileInput };
const wire = { mode: "wire" as const, isFile: isFileInput };

const point: SchemaNode = {
  type: "object",
  properties: { x_pos: { type: "integer" } },
  names: { x_pos: "xPos" },
  required: ["x_pos"],
};
// `prefixItems: [string, point]` with `items: false`, as the generator writes it.
const tuple: SchemaNode = {
  type: "array",
  prefixItems: [{ type: "string" }, () => point],
  maxItems: 2,
};
// `prefixItems` followed by any number of integers.
const openTuple: SchemaNode = {
  type: "array",
  prefixItems: [{ type: "string" }],
  items: { type: "integer" },
};
const labels: SchemaNode = {
  type: "object",
  properties: { owner_id: { type: "string" } },
  names: { owner_id: "ownerId" },
  patternProperties: { "^x-": { type: "string" } },
  additionalProperties: false,
};
const payment: SchemaNode = {
  type: "object",
  properties: { credit_card: { type: "string" }, billing_address: { type: "string" } },
  names: { credit_card: "creditCard", billing_address: "billingAddress" },
  dependentRequired: { credit_card: ["billing_address"] },
};

describe("with every uses* constant on", () => {
  let validate: typeof Validate;
  let rename: typeof RenameKeys;
  beforeAll(async () => {
    turnOnEveryFeature();
    ({ validate, renameKeys: rename } = await import("./helpers/check-only.js"));
  });
  afterAll(() => restoreFeatures());
  const issues = (schema: SchemaNode, value: unknown, ctx: typeof sdk | typeof wire = sdk) =>
    validate(schema, value, ctx).map((i) => i.message);

  it("prefixItems: each position by its own schema, then items", () => {
    expect(issues(tuple, ["a", { xPos: 1 }])).toEqual([]);
    expect(rename(tuple, ["a", { xPos: 1 }], sdk)).toEqual(["a", { x_pos: 1 }]);
    expect(rename(tuple, ["a", { x_pos: 1 }], wire)).toEqual(["a", { xPos: 1 }]);
    expect(issues(tuple, [1, {}])).toEqual([
      "[0] must be a string (got 1)",
      "[1].xPos is required",
    ]);
    expect(issues(tuple, ["a"])).toEqual([]);
    expect(issues(tuple, ["a", { xPos: 1 }, 3])).toEqual(["request: 3 items, at most 2"]);
    expect(issues(openTuple, ["a", 1, 2])).toEqual([]);
    expect(issues(openTuple, ["a", 1, "b"])).toEqual(['[2] must be an integer (got "b")']);
  });

  it("the false schema says nothing is allowed, not 'one of' nothing", () => {
    expect(issues({ type: "object", properties: { gone: { enum: [] } } }, { gone: 1 })).toEqual([
      "gone is not allowed (got 1)",
    ]);
  });

  it("patternProperties: matching keys are checked by the pattern's schema, kept as they are", () => {
    expect(issues(labels, { ownerId: "u", "x-a": "1", "x-team_name": "b" })).toEqual([]);
    expect(rename(labels, { ownerId: "u", "x-team_name": "b" }, sdk)).toEqual({
      owner_id: "u",
      "x-team_name": "b",
    });
    expect(issues(labels, { "x-a": 1 })).toEqual(["x-a must be a string (got 1)"]);
    expect(issues(labels, { other: "1" })).toEqual(["other is not a known field"]);
    expect(rename(labels, { owner_id: "u", "x-team_name": "b" }, wire)).toEqual({
      ownerId: "u",
      "x-team_name": "b",
    });
  });

  it("dependentRequired: a field that needs another, in requests", () => {
    expect(issues(payment, { creditCard: "4111" })).toEqual([
      "billingAddress is required when creditCard is given",
    ]);
    expect(issues(payment, { creditCard: "4111", billingAddress: "x" })).toEqual([]);
    expect(issues(payment, {})).toEqual([]);
    // Answers are read for types and required fields only.
    expect(issues(payment, { credit_card: "4111" }, wire)).toEqual([]);
  });
});

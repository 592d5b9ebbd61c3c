/**
 * JSON Schema 2020-12 keywords that requests are checked against beyond their properties' own
 * schemas: `not`, `if`/`then`/`else`, `contains` (with `minContains`/`maxContains`),
 * `propertyNames`, `dependentSchemas` and `unevaluatedProperties`. Request rules only: answers
 * are read for types and required fields, as ever. The nodes are written as the generator writes
 * them (wire names in `properties`, the SDK's in `names`).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SchemaNode } from "../src/generated/contract.js";
import { isFileInput } from "../src/files/file-input.js";
import type { renameKeys as RenameKeys, validate as Validate } from "./helpers/check-only.js";
import { restoreFeatures, turnOnEveryFeature } from "./helpers/every-feature.js";

const sdk = { mode: "sdk" as const, isFile: isFileInput };
const wire = { mode: "wire" as const, isFile: isFileInput };

const address: SchemaNode = {
  type: "object",
  properties: { street_line: { type: "string" } },
  names: { street_line: "streetLine" },
  required: ["street_line"],
};

// The JSON Schema manual's example: the postal code's pattern depends on the country.
const shipping: SchemaNode = {
  type: "object",
  properties: { country: { enum: ["US", "CA"] }, postal_code: { type: "string" } },
  names: { postal_code: "postalCode" },
  if: { properties: { country: { const: "US" } } },
  then: {
    properties: { postal_code: { pattern: "^[0-9]{5}$" } },
    names: { postal_code: "postalCode" },
  },
  else: {
    properties: { postal_code: { pattern: "^[A-Z][0-9][A-Z] [0-9][A-Z][0-9]$" } },
    names: { postal_code: "postalCode" },
  },
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

  it("not: a value that passes the schema under it is refused, said as plainly as it can be", () => {
    const status: SchemaNode = { type: "string", not: { enum: ["deleted", "archived"] } };
    expect(issues(status, "open")).toEqual([]);
    expect(issues(status, "deleted")).toEqual(["request must not be one of deleted, archived"]);
    expect(issues({ not: { const: 0 } }, 0)).toEqual(["request must not be 0"]);
    expect(issues({ not: { type: "null" } }, null)).toEqual(["request must not be null"]);
    expect(issues({ not: { type: ["string", "integer"] } }, 3)).toEqual([
      "request must not be a string or an integer",
    ]);
    expect(issues({ not: { type: "string", pattern: "^x" } }, "xy")).toEqual([
      "request must not match the schema under `not`",
    ]);
    expect(issues({ not: { type: "string", pattern: "^x" } }, "ab")).toEqual([]);
    // Answers are read for types and required fields only.
    expect(issues(status, "deleted", wire)).toEqual([]);
  });

  it("not: { required } on an object means 'not all of these', in the caller's names", () => {
    const payment: SchemaNode = {
      type: "object",
      properties: { coupon: { type: "string" }, gift_card: { type: "string" } },
      names: { gift_card: "giftCard" },
      not: { required: ["coupon", "gift_card"] },
    };
    expect(issues(payment, { coupon: "a" })).toEqual([]);
    expect(issues(payment, { giftCard: "b" })).toEqual([]);
    expect(issues(payment, { coupon: "a", giftCard: "b" })).toEqual([
      "request must not have coupon and giftCard together",
    ]);
    expect(
      issues({ type: "object", properties: { a: {}, b: {} }, not: { required: ["a"] } }, { a: 1 }),
    ).toEqual(["request must not have a"]);
    // The schema under `not` is tried with the object open: keys it does not declare are not
    // what it is about.
    const notDeleted: SchemaNode = {
      type: "object",
      properties: { status: { type: "string" }, id: { type: "string" } },
      not: { properties: { status: { const: "deleted" } }, required: ["status"] },
    };
    expect(issues(notDeleted, { id: "1", status: "deleted" })).toEqual([
      "request must not match the schema under `not`",
    ]);
    expect(issues(notDeleted, { id: "1", status: "open" })).toEqual([]);
  });

  it("if/then/else on an object: the branch's rules on the object's own properties", () => {
    expect(issues(shipping, { country: "US", postalCode: "20500" })).toEqual([]);
    expect(issues(shipping, { country: "CA", postalCode: "K1M 1M4" })).toEqual([]);
    expect(issues(shipping, { country: "US", postalCode: "K1M 1M4" })).toEqual([
      "postalCode must match /^[0-9]{5}$/",
    ]);
    expect(issues(shipping, { country: "CA", postalCode: "20500" })).toEqual([
      "postalCode must match /^[A-Z][0-9][A-Z] [0-9][A-Z][0-9]$/",
    ]);
    // No country: `if` only constrains a country that is there, so `then` applies.
    expect(issues(shipping, { postalCode: "K1M 1M4" })).toEqual([
      "postalCode must match /^[0-9]{5}$/",
    ]);
    // The branch declares only postal_code: the object's other keys are still known, and the
    // value is the object's, renamed by it (the branch adds rules, not a shape).
    expect(rename(shipping, { country: "US", postalCode: "20500" }, sdk)).toEqual({
      country: "US",
      postal_code: "20500",
    });
    expect(issues(shipping, { country: "US", postalCode: "20500", zip: "1" })).toEqual([
      "zip is not a known field",
    ]);
    expect(issues(shipping, { country: "US", postal_code: "K1M 1M4" }, wire)).toEqual([]);
  });

  it("if/then/else: a branch may declare and require a property of its own", () => {
    // `if: { required: [is_member] }` names the object's property by the caller's name.
    const member: SchemaNode = {
      type: "object",
      properties: { is_member: { type: "boolean" } },
      names: { is_member: "isMember" },
      if: { properties: { is_member: { const: true } }, required: ["is_member"] },
      then: {
        properties: { membership_number: { type: "string", minLength: 10, maxLength: 10 } },
        names: { membership_number: "membershipNumber" },
        required: ["membership_number"],
      },
      else: {
        properties: { membership_number: { type: "string", minLength: 15 } },
        names: { membership_number: "membershipNumber" },
      },
    };
    expect(issues(member, { isMember: true })).toEqual(["membershipNumber is required"]);
    expect(issues(member, { isMember: true, membershipNumber: "1234567890" })).toEqual([]);
    expect(rename(member, { isMember: true, membershipNumber: "1234567890" }, sdk)).toEqual({
      is_member: true,
      membership_number: "1234567890",
    });
    expect(issues(member, { isMember: true, membershipNumber: "123" })).toEqual([
      "membershipNumber must be at least 10 characters",
    ]);
    expect(issues(member, { isMember: false, membershipNumber: "123" })).toEqual([
      "membershipNumber must be at least 15 characters",
    ]);
    expect(issues(member, {})).toEqual([]);
  });

  it("if/then/else on a value other than an object", () => {
    const reference: SchemaNode = {
      type: "string",
      if: { pattern: "^INV-" },
      then: { maxLength: 12 },
      else: { minLength: 3 },
    };
    expect(issues(reference, "INV-0042")).toEqual([]);
    expect(issues(reference, "INV-0000000042")).toEqual(["request must be at most 12 characters"]);
    expect(issues(reference, "ab")).toEqual(["request must be at least 3 characters"]);
    // (One is one character: probe62 read "at least 1 characters".)
    expect(issues({ type: "string", minLength: 1, maxLength: 1 }, "")).toEqual([
      "request must be at least 1 character",
    ]);
    expect(issues({ type: "string", minLength: 1, maxLength: 1 }, "ab")).toEqual([
      "request must be at most 1 character",
    ]);
    expect(issues(reference, "a long reference of any length")).toEqual([]);
    const sizes: SchemaNode = {
      type: "array",
      items: { type: "integer" },
      if: { maxItems: 1 },
      then: { items: { minimum: 10 } },
    };
    expect(issues(sizes, [5])).toEqual(["[0] must be >= 10"]);
    expect(issues(sizes, [5, 6])).toEqual([]);
  });

  it("contains: at least minContains (1 unless said), at most maxContains items pass it", () => {
    const tags: SchemaNode = {
      type: "array",
      items: { type: "string" },
      contains: { const: "urgent" },
    };
    expect(issues(tags, ["a", "urgent"])).toEqual([]);
    expect(issues(tags, ["a"])).toEqual([
      'request must contain at least 1 item that is "urgent" (it has 0)',
    ]);
    expect(issues(tags, ["a"], wire)).toEqual([]);
    const some: SchemaNode = {
      type: "array",
      contains: { enum: ["a", "b"] },
      minContains: 2,
      maxContains: 3,
    };
    expect(issues(some, ["a", "x"])).toEqual([
      "request must contain at least 2 items that are one of a, b (it has 1)",
    ]);
    expect(issues(some, ["a", "b", "a", "b"])).toEqual([
      "request must contain at most 3 items that are one of a, b (it has 4)",
    ]);
    // Items are checked and renamed by `items` as ever; `contains` tries each as it is.
    const lines: SchemaNode = {
      type: "array",
      items: address,
      contains: {
        properties: { street_line: { pattern: "^1 " } },
        names: { street_line: "streetLine" },
      },
    };
    expect(issues(lines, [{ streetLine: "2 Side St" }])).toEqual([
      "request must contain at least 1 item matching the schema under `contains` (it has 0)",
    ]);
    expect(rename(lines, [{ streetLine: "1 Main St" }], sdk)).toEqual([
      { street_line: "1 Main St" },
    ]);
    expect(
      issues({ type: "array", contains: { type: "integer" }, minContains: 0, maxContains: 1 }, []),
    ).toEqual([]);
    expect(
      issues({ type: "array", contains: { type: "integer" }, maxContains: 1 }, [1, 2]),
    ).toEqual(["request must contain at most 1 item that is an integer (it has 2)"]);
  });

  it("propertyNames: every key's wire name passes it", () => {
    const labels: SchemaNode = {
      type: "object",
      propertyNames: { pattern: "^[a-z][a-z0-9_]*$", maxLength: 12 },
      additionalProperties: { type: "string" },
    };
    expect(issues(labels, { team_name: "core", cost_center: "r&d" })).toEqual([]);
    expect(issues(labels, { Team: "core", a_very_long_label: "x" })).toEqual([
      "Team is not an allowed field name: it must match /^[a-z][a-z0-9_]*$/",
      "a_very_long_label is not an allowed field name: it must be at most 12 characters",
    ]);
    expect(issues(labels, { Team: "core" }, wire)).toEqual([]);
    // A declared property is sent by its wire name, which is what the pattern is written for.
    const snake: SchemaNode = {
      type: "object",
      properties: { display_name: { type: "string" } },
      names: { display_name: "displayName" },
      propertyNames: { pattern: "^[a-z_]+$" },
    };
    expect(issues(snake, { displayName: "Ada" })).toEqual([]);
    expect(issues({ type: "object", propertyNames: { enum: ["a", "b"] } }, { c: 1 })).toEqual([
      'c is not an allowed field name: it must be one of "a", "b" (got "c")',
    ]);
  });

  it("dependentSchemas: given a property, the object also passes its schema", () => {
    const payment: SchemaNode = {
      type: "object",
      properties: { name: { type: "string" }, credit_card: { type: "string" } },
      names: { credit_card: "creditCard" },
      dependentSchemas: {
        credit_card: {
          properties: { billing_address: () => address, name: { minLength: 2 } },
          names: { billing_address: "billingAddress" },
          required: ["billing_address"],
        },
      },
    };
    expect(issues(payment, { name: "A" })).toEqual([]);
    expect(issues(payment, { name: "A", creditCard: "4111" })).toEqual([
      "name must be at least 2 characters",
      "billingAddress is required",
    ]);
    expect(issues(payment, { name: "Ada", creditCard: "4111", billingAddress: {} })).toEqual([
      "billingAddress.streetLine is required",
    ]);
    const request = {
      name: "Ada",
      creditCard: "4111",
      billingAddress: { streetLine: "1 Main St" },
    };
    expect(issues(payment, request)).toEqual([]);
    expect(rename(payment, request, sdk)).toEqual({
      name: "Ada",
      credit_card: "4111",
      billing_address: { street_line: "1 Main St" },
    });
    // Without a card, no schema that applies declares the billing address.
    expect(issues(payment, { name: "Ada", billingAddress: { streetLine: "x" } })).toEqual([
      "billingAddress is not a known field",
    ]);
    expect(issues(payment, { name: "A", credit_card: "4111" }, wire)).toEqual([]);
  });

  it("unevaluatedProperties: false closes a composition over every property it declares", () => {
    const named: SchemaNode = {
      type: "object",
      properties: { display_name: { type: "string" } },
      names: { display_name: "displayName" },
    };
    const part: SchemaNode = { type: "object", properties: { email: { type: "string" } } };
    const open: SchemaNode = { allOf: [() => named, part, { type: "object" }] };
    const closed: SchemaNode = { allOf: [() => named, part], unevaluatedProperties: false };
    expect(issues(open, { displayName: "Ada", nickname: "A" })).toEqual([]);
    expect(issues(closed, { displayName: "Ada", email: "a@b.co" })).toEqual([]);
    expect(issues(closed, { displayName: "Ada", nickname: "A" })).toEqual([
      "nickname is not a known field",
    ]);
    expect(issues(closed, { display_name: "Ada" })).toEqual([
      "display_name is not a known field (did you mean displayName?)",
    ]);
    expect(rename(closed, { displayName: "Ada" }, sdk)).toEqual({ display_name: "Ada" });
    // Pattern-matched keys are evaluated too; `additionalProperties` wins when both are set.
    expect(
      issues({ ...closed, patternProperties: { "^x-": { type: "string" } } }, { "x-a": "1" }),
    ).toEqual([]);
    expect(issues({ ...closed, additionalProperties: true }, { nickname: "A" })).toEqual([]);
    // An allOf part's own is not the object's: it would see none of the other parts' properties.
    expect(
      issues(
        { allOf: [() => named, { ...part, unevaluatedProperties: false }] },
        { displayName: "A", email: "e" },
      ),
    ).toEqual([]);
    // Answers may hold fields newer than the SDK.
    expect(issues(closed, { nickname: "A" }, wire)).toEqual([]);
  });

  it("an allOf declares its parts' properties: another key is a slip, unless a part is open (probe36 F4)", () => {
    // Recraft's bodies, `allOf: [Base, { image, mask }]`: a misspelt key went on the wire, and a
    // file under one as `{}`, where the same body written flat refused both.
    const base: SchemaNode = {
      type: "object",
      properties: { prompt: { type: "string" }, negative_prompt: { type: "string" } },
      names: { negative_prompt: "negativePrompt" },
    };
    const files: SchemaNode = { type: "object", properties: { image: { type: "string" } } };
    const body: SchemaNode = { allOf: [() => base, files] };
    expect(issues(body, { prompt: "cat", negativePrompt: "dog", image: "x" })).toEqual([]);
    expect(issues(body, { prompt: "cat", negativePromt: "dog", imageFile: "x" })).toEqual([
      "negativePromt is not a known field",
      "imageFile is not a known field",
    ]);
    // A part that only requires adds no freedom; nested parts declare theirs too.
    expect(issues({ allOf: [body, { required: ["prompt"] }] }, { prompt: "p", x: 1 })).toEqual([
      "x is not a known field",
    ]);
    // A part that takes other keys, or a free-form part, opens it.
    for (const part of [
      { type: "object", additionalProperties: true },
      { type: "object", additionalProperties: { type: "integer" } },
      { type: "object" },
    ] as SchemaNode[])
      expect(issues({ allOf: [() => base, part] }, { prompt: "p", x: 1 })).toEqual([]);
    // Answers may hold fields newer than the SDK.
    expect(issues(body, { prompt: "p", brand_new: 1 }, wire)).toEqual([]);
  });

  it("unevaluatedProperties: a schema checks the keys nothing else declares", () => {
    const counts: SchemaNode = {
      type: "object",
      properties: { total: { type: "integer" } },
      unevaluatedProperties: { type: "integer", minimum: 0 },
    };
    expect(issues(counts, { total: 2, apples: 2 })).toEqual([]);
    expect(issues(counts, { total: 2, pears: -1, plums: "x" })).toEqual([
      "pears must be >= 0",
      'plums must be an integer (got "x")',
    ]);
  });

  it("unevaluatedProperties counts the properties of the then/else and dependent schemas that apply", () => {
    const closed: SchemaNode = {
      ...shipping,
      properties: { country: { enum: ["US", "CA"] } },
      names: {},
      unevaluatedProperties: false,
    };
    expect(issues(closed, { country: "US", postalCode: "20500" })).toEqual([]);
    expect(rename(closed, { country: "US", postalCode: "20500" }, sdk)).toEqual({
      country: "US",
      postal_code: "20500",
    });
    expect(issues(closed, { country: "US", postalCode: "20500", zip: "1" })).toEqual([
      "zip is not a known field",
    ]);
    // Beside a union, each branch merged with the object closes itself.
    const shape: SchemaNode = {
      type: "object",
      properties: { kind: { type: "string" } },
      required: ["kind"],
      oneOf: [
        {
          properties: { kind: { const: "circle" }, radius: { type: "number" } },
          required: ["radius"],
        },
        { properties: { kind: { const: "square" }, side: { type: "number" } }, required: ["side"] },
      ],
      unevaluatedProperties: false,
    };
    expect(issues(shape, { kind: "circle", radius: 1 })).toEqual([]);
    expect(issues(shape, { kind: "circle", radius: 1, colour: "red" })).toEqual([
      "colour is not a known field",
    ]);
  });
});

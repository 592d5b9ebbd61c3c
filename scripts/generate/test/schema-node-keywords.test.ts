/**
 * The generated `uses*` flags come from `SchemaNodeEmitter.keywords`: a keyword written into a
 * node but not recorded leaves its flag off, and the runtime then skips that keyword in every
 * SDK generated from the spec. So every keyword in the emitted code must be recorded, including
 * those of nodes the emitter writes whole (3.0's nullable without `type`, the `false` schema).
 */
import { describe, expect, test } from "vitest";
import type { Document, Json, JsonObject } from "../document.js";
import { RULE_FLAGS, SchemaNodeEmitter } from "../transform/schema-nodes.js";

/** Every schema keyword a node may hold (the runtime's `SchemaNode`, contract.ts). */
const NODE_KEYWORDS = new Set([
  ...Object.values(RULE_FLAGS).flat(),
  "type",
  "enum",
  "minimum",
  "maximum",
  "format",
  "minItems",
  "maxItems",
  "items",
  "properties",
  "names",
  "required",
  "additionalProperties",
  "oneOf",
  "mediaTypes",
  "maxBytes",
  "then",
  "else",
  "minContains",
  "maxContains",
]);

/** The keywords a node literal holds: its keys, outside of `properties` maps and strings. */
function keywordsIn(code: string): string[] {
  const withoutStrings = code.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return [...withoutStrings.matchAll(/(\w+):/g)]
    .map((m) => m[1]!)
    .filter((key) => NODE_KEYWORDS.has(key));
}

function emitted(schema: Json, components: JsonObject = {}, openapi = "3.0.3") {
  const doc: Document = {
    openapi,
    info: { title: "t", version: "1" },
    paths: {},
    components: { schemas: components },
  };
  const emitter = new SchemaNodeEmitter(doc);
  const code = [emitter.node(schema), ...[...emitter.components.values()].map((c) => c.code)];
  return { code: code.join("\n"), keywords: emitter.keywords };
}

describe("every keyword written into a node is recorded", () => {
  const address = { type: "object", properties: { street_line: { type: "string" } } };
  const cases: [string, Json, JsonObject?][] = [
    [
      "3.0 nullable $ref (allOf of one)",
      { nullable: true, allOf: [{ $ref: "#/components/schemas/A" }] },
      { A: address },
    ],
    ["3.0 nullable enum without type", { nullable: true, enum: ["a", "b"] }],
    [
      "3.0 nullable $ref as a property",
      {
        type: "object",
        properties: { a: { nullable: true, allOf: [{ $ref: "#/components/schemas/A" }] } },
      },
      { A: address },
    ],
    ["the false schema", false],
    ["false as a property", { type: "object", properties: { never: false } }],
    [
      "3.0 exclusive bounds",
      { type: "number", minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: true },
    ],
    [
      "a discriminated union",
      { oneOf: [{ $ref: "#/components/schemas/A" }], discriminator: { propertyName: "kind" } },
      { A: { type: "object", properties: { kind: { const: "a" } } } },
    ],
  ];
  for (const [name, schema, components] of cases)
    test(name, () => {
      const { code, keywords } = emitted(schema, components);
      const found = keywordsIn(code);
      expect(found.length).toBeGreaterThan(0);
      for (const key of found) expect([...keywords], `${key} in ${code}`).toContain(key);
    });
});

test("the 2020-12 conditional keywords are written, and recorded for their flags", () => {
  const schema = {
    type: "object",
    properties: {
      tags: { type: "array", contains: { const: "a" }, minContains: 2, maxContains: 3 },
    },
    not: { required: ["a", "b"] },
    if: { required: ["a"] },
    then: { properties: { b: { type: "string" } } },
    else: { required: ["c"] },
    propertyNames: { pattern: "^[a-z]+$" },
    dependentSchemas: { a: { required: ["d"] } },
    unevaluatedProperties: false,
  };
  const { code, keywords } = emitted(schema);
  const found = keywordsIn(code);
  const added = ["not", "if", "then", "else", "contains", "minContains", "maxContains"];
  const more = ["propertyNames", "dependentSchemas", "unevaluatedProperties"];
  expect(found).toEqual(expect.arrayContaining([...added, ...more]));
  for (const key of found) expect([...keywords], `${key} in ${code}`).toContain(key);
  // `then`/`else` without `if`, and `if` without either, mean nothing: not written.
  const alone = keywordsIn(
    emitted({ then: { required: ["a"] }, else: {}, items: { if: {} } }).code,
  );
  expect(alone).not.toContain("then");
  expect(alone).not.toContain("if");
  // Nor is `propertyNames: true`, which allows any key.
  expect(keywordsIn(emitted({ type: "object", propertyNames: true }).code)).toEqual(["type"]);
});

test("a union of a type and values alone of another is one of several types", () => {
  const mixed = (schema: Json) => emitted(schema).keywords.has(RULE_FLAGS.usesMixedTypeUnions![0]!);
  expect(mixed({ anyOf: [{ type: "string" }, { const: 1 }, { const: 2 }] })).toBe(true);
  expect(mixed({ oneOf: [{ enum: ["auto"] }, { type: "integer" }] })).toBe(true);
  // Values of the typed branch's own type, as Anthropic's model names beside any string: one type.
  expect(mixed({ anyOf: [{ type: "string" }, { const: "claude" }] })).toBe(false);
});

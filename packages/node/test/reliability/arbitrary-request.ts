import fc from "fast-check";
import type { SchemaNode, SchemaRef } from "@orq-sdk/core";
import { tinyPng } from "@orq-sdk/mock";

/**
 * Requests made from the spec's own schema (the generated table), in the SDK's camelCase:
 * valid, or with a wrong value, a missing required field, an
 * unknown field or a wrong file slipped in here and there.
 */
export function arbitraryRequest(schema: SchemaRef): fc.Arbitrary<unknown> {
  // Half clean, half with mistakes: both sides of "sent and accepted, or refused" get exercised.
  return fc.oneof(gen(resolve(schema), false, 0), gen(resolve(schema), true, 0));
}

const resolve = (ref: SchemaRef): SchemaNode => (typeof ref === "function" ? ref() : ref);

const png = new Uint8Array(tinyPng());
const jpeg = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0xff, 0xd9,
]);
const webp = new Uint8Array([
  0x52, 0x49, 0x46, 0x46, 22, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x4c, 0, 0, 0, 0,
]);
const goodFile = fc.constantFrom(png, jpeg, webp).chain((bytes) =>
  fc.oneof(
    fc.constant(new Blob([bytes])),
    fc.constant(new Uint8Array(bytes)),
    fc
      .string({ maxLength: 12 })
      .map((fileName) => ({ fileName: `${fileName}.png`, content: new Uint8Array(bytes) })),
  ),
);
const badFile = fc.constantFrom(
  new Blob([new TextEncoder().encode("GIF89a\x01\x00\x01\x00\x00\x00\x00;")]),
  new Blob([]),
  new Blob(["plain text, not an image"]),
);

const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.nat(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.nat(), { maxKeys: 2 }),
  badFile,
);

function gen(node: SchemaNode, chaos: boolean, depth: number): fc.Arbitrary<unknown> {
  const valid = validFor(node, chaos, depth);
  return chaos
    ? fc.oneof({ weight: 25, arbitrary: valid }, { weight: 1, arbitrary: wrongValue })
    : valid;
}

function validFor(node: SchemaNode, chaos: boolean, depth: number): fc.Arbitrary<unknown> {
  const branches = node.oneOf ?? node.anyOf;
  if (branches) return fc.oneof(...branches.map((b) => gen(resolve(b), chaos, depth + 1)));
  if (node.enum) return fc.constantFrom(...node.enum);
  const types =
    node.type === undefined ? [] : typeof node.type === "string" ? [node.type] : [...node.type];
  if (types.length === 0) return fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(...types.map((type) => ofType(type, node, chaos, depth)));
}

function ofType(
  type: string,
  node: SchemaNode,
  chaos: boolean,
  depth: number,
): fc.Arbitrary<unknown> {
  switch (type) {
    case "string":
      return node.format === "email"
        ? fc.emailAddress()
        : fc.string({ unit: "binary", maxLength: 20 });
    case "number":
      return fc
        .double({
          min: node.minimum ?? -1e6,
          max: node.maximum ?? 1e6,
          noNaN: true,
          noDefaultInfinity: true,
        })
        .filter(
          (n) =>
            (node.exclusiveMinimum === undefined || n > node.exclusiveMinimum) &&
            (node.exclusiveMaximum === undefined || n < node.exclusiveMaximum),
        );
    case "integer":
      return fc.integer({
        min: Math.ceil(node.minimum ?? -1e6),
        max: Math.floor(node.maximum ?? 1e6),
      });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "file":
      return goodFile;
    case "array": {
      const items =
        node.items === undefined
          ? fc.jsonValue({ maxDepth: 1 })
          : gen(resolve(node.items), chaos, depth + 1);
      const min = node.minItems ?? 0;
      const max = Math.max(min, Math.min(node.maxItems ?? 3, 3));
      const arr = fc.array(items, { minLength: min, maxLength: max });
      // Past the limit on purpose, now and then: 17 images, an empty list where one is needed.
      if (!chaos || (node.maxItems === undefined && node.minItems === undefined)) return arr;
      return fc.oneof(
        { weight: 20, arbitrary: arr },
        {
          weight: 1,
          arbitrary: fc.array(items, {
            minLength: (node.maxItems ?? 0) + 1,
            maxLength: (node.maxItems ?? 0) + 1,
          }),
        },
        { weight: 1, arbitrary: fc.constant([]) },
      );
    }
    case "object":
      return objectOf(node, chaos, depth);
    default:
      return fc.constant(undefined);
  }
}

function objectOf(node: SchemaNode, chaos: boolean, depth: number): fc.Arbitrary<unknown> {
  const properties = node.properties ?? {};
  const sdk = (wire: string) => node.names?.[wire] ?? wire;
  if (Object.keys(properties).length === 0) {
    // A free-form map (metadata entries): any keys, any JSON.
    return fc.dictionary(
      fc.string({ unit: "binary", maxLength: 10 }),
      fc.jsonValue({ maxDepth: 2 }),
      { maxKeys: 4 },
    );
  }
  if (depth > 4) return fc.constant({});
  const required = new Set((node.required ?? []).map(sdk));
  const record = fc.record(
    Object.fromEntries(
      Object.entries(properties).map(([wire, ref]) => [
        sdk(wire),
        gen(resolve(ref), chaos, depth + 1),
      ]),
    ),
    { requiredKeys: [...required] },
  );
  if (!chaos) return record;
  return fc.oneof(
    { weight: 20, arbitrary: record },
    // a required field left out
    { weight: 1, arbitrary: record.map((r) => ({ ...r, [[...required][0] ?? "x"]: undefined })) },
    // a field the spec does not have, or the wire's snake_case name
    {
      weight: 1,
      arbitrary: fc
        .tuple(record, fc.constantFrom("typo", ...Object.keys(node.names ?? {})))
        .map(([r, k]) => ({ ...r, [k]: "x" })),
    },
  );
}

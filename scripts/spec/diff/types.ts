/**
 * Reading a schema for comparison: `$ref`s followed, `allOf` merged into one schema, and the set
 * of JSON types it accepts ("file" for binary strings, "date" for the `date-time`s the SDK reads
 * as `Date`s, "null" for 3.0's `nullable`), which is
 * what decides whether a change widens or narrows what a request takes or a response returns.
 */
import { propertyNames } from "../../generate/names.js";
import { isBinary, readsAsDate } from "../../generate/transform/schema-nodes.js";
import { deref } from "../refs.js";
import { isObject, type Json, type JsonObject } from "../spec-file.js";

/**
 * The schema with refs followed and `allOf` parts merged: properties together (later parts win),
 * `required` together, other keywords from the first part that has them. Good enough to compare
 * two versions of a schema written the same way, which is what a spec update mostly is.
 */
export function flatten(
  doc: JsonObject,
  schema: Json | undefined,
  seen = new Set<Json>(),
): JsonObject {
  const s = typeChoice(deref(doc, schema, isOpenAPI30(doc) ? MARKS_30 : undefined) ?? {});
  if (!Array.isArray(s.allOf) || seen.has(s)) return s;
  seen.add(s);
  const { allOf, ...rest } = s;
  const merged: JsonObject = {};
  for (const part of [...allOf, rest]) {
    const p = flatten(doc, part, seen);
    for (const [key, value] of Object.entries(p)) {
      if (key === "properties" && isObject(value))
        merged.properties = { ...(isObject(merged.properties) ? merged.properties : {}), ...value };
      else if (key === "required" && Array.isArray(value))
        merged.required = [
          ...new Set([...(Array.isArray(merged.required) ? merged.required : []), ...value]),
        ];
      // Every part's bounds apply at once: the tightest of them is the bound (a later part's
      // `maxLength: 50` beside a first part's 100 is 50, as the runtime checks it).
      else if (typeof value === "number" && typeof merged[key] === "number" && key in TIGHTEST)
        merged[key] = TIGHTEST[key]!(merged[key] as number, value);
      else if (merged[key] === undefined) merged[key] = value;
    }
  }
  return merged;
}

/** Numeric bounds, and how two of them combine into one (see `flatten`). */
const TIGHTEST: Record<string, (a: number, b: number) => number> = Object.fromEntries([
  ...["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"].map((k) => [
    k,
    Math.max,
  ]),
  ...["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"].map((k) => [
    k,
    Math.min,
  ]),
]);

/**
 * A choice between bare types (`anyOf: [{ type: number }, { type: "null" }]`) read as the type
 * list it means (`type: [number, "null"]`): the SDK types and checks the two alike, and the
 * variants of one could not be paired with the other's one schema.
 */
export function typeChoice(s: JsonObject): JsonObject {
  const list = variantsOf(s);
  if (!list || s.type !== undefined || s.discriminator !== undefined) return s;
  const types = list.map((branch) =>
    isObject(branch) && Object.keys(branch).length === 1 && typeof branch.type === "string"
      ? branch.type
      : undefined,
  );
  // (Not `integer` beside `number`: one of them is not both, for `oneOf`.)
  if (
    types.some((t) => t === undefined) ||
    new Set(types).size !== types.length ||
    (types.includes("integer") && types.includes("number"))
  )
    return s;
  const { anyOf: _anyOf, oneOf: _oneOf, ...rest } = s;
  return { ...rest, type: types as string[] };
}

/** What a 3.0 document still reads beside a `$ref` (see the generator's `schema-nodes`). */
const MARKS_30 = ["readOnly", "writeOnly", "nullable"];

export function isOpenAPI30(doc: JsonObject): boolean {
  return typeof doc.openapi === "string" && doc.openapi.startsWith("3.0");
}

/** The `oneOf` or `anyOf` list of a (flattened) schema, raw, or undefined. */
export function variantsOf(s: JsonObject): Json[] | undefined {
  const list = s.oneOf ?? s.anyOf;
  return Array.isArray(list) ? list : undefined;
}

/** The JSON types a schema accepts: "string", "file", "null", …, or "any". */
export function typeSet(doc: JsonObject, schema: Json | undefined, depth = 0): Set<string> {
  const s = flatten(doc, schema);
  const variants = variantsOf(s);
  if (variants && s.type === undefined && depth < 20) {
    const all = new Set<string>();
    for (const v of variants) for (const t of typeSet(doc, v, depth + 1)) all.add(t);
    return all.has("any") ? new Set(["any"]) : all;
  }
  let types: string[];
  if (typeof s.type === "string") types = [s.type];
  else if (Array.isArray(s.type)) types = s.type.filter((t): t is string => typeof t === "string");
  else if (isObject(s.properties) || s.additionalProperties !== undefined) types = ["object"];
  else if (s.items !== undefined) types = ["array"];
  else if (Array.isArray(s.enum) || s.const !== undefined)
    types = [...new Set((Array.isArray(s.enum) ? s.enum : [s.const!]).map(jsonType))];
  else types = ["any"];
  // A file as the generator reads one (`format: binary`, or 3.1's `contentMediaType`), and a
  // `date-time` the SDK reads as a `Date`: each a type of its own to an SDK user.
  const set = new Set(
    types.map((t) =>
      t === "string" && isBinary(s) ? "file" : t === "string" && readsAsDate(doc, s) ? "date" : t,
    ),
  );
  if (s.nullable === true) set.add("null");
  return set;
}

function jsonType(value: Json): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value === "number" ? "number" : typeof value;
}

/** Whether every type in `inner` is one `outer` accepts (an integer is a number). */
export function covers(outer: Set<string>, inner: Set<string>): boolean {
  if (outer.has("any")) return true;
  if (inner.has("any")) return false;
  return [...inner].every((t) => outer.has(t) || (t === "integer" && outer.has("number")));
}

export function typeName(types: Set<string>): string {
  return [...types].sort().join(" | ");
}

/** The values an `enum` (or `const`) allows, or undefined when it does not limit them. */
export function enumValues(s: JsonObject): Json[] | undefined {
  if (Array.isArray(s.enum)) return s.enum;
  if (s.const !== undefined) return [s.const];
  return undefined;
}

/** Wire name → SDK name for an object's properties, as the generator renames them. */
export function sdkNames(s: JsonObject): Map<string, string> {
  return propertyNames(Object.keys(isObject(s.properties) ? s.properties : {}));
}

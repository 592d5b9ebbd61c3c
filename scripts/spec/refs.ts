/**
 * Local references in an OpenAPI document: which ones a value holds, and what they point at.
 * Pointer segments are decoded with Redocly's `unescapePointer` (RFC 6901 `~1`/`~0` and the
 * URI-fragment percent-encoding), the same reading `spec:lint` gives them.
 */
import { unescapePointer } from "@redocly/openapi-core";
import { isObject, type Json, type JsonObject } from "./spec-file.js";

/** `#/components/schemas/A~1B` → ["components", "schemas", "A/B"]. Only local refs. */
export function pointerSegments(ref: string): string[] {
  if (ref === "#" || ref === "#/") return [];
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported, got "${ref}"`);
  return ref.slice(2).split("/").map(unescapePointer);
}

/** The value a local ref points at, or undefined when it points at nothing. */
export function resolvePointer(doc: Json, ref: string): Json | undefined {
  let at: Json | undefined = doc;
  for (const key of pointerSegments(ref)) {
    if (Array.isArray(at)) at = /^\d+$/.test(key) ? at[Number(key)] : undefined;
    else if (isObject(at)) at = Object.hasOwn(at, key) ? at[key] : undefined;
    else return undefined;
  }
  return at;
}

/**
 * Every reference a value makes: each `$ref` string, and each discriminator `mapping` value
 * (OpenAPI § 4.8.25: a mapping value is a reference or a bare schema name, which means
 * `#/components/schemas/<name>`). Data is no reference (see `isData`): a JSON Schema given as an
 * example holds `$ref`s of its own. The walk does not follow the refs.
 */
export function refsIn(value: Json): string[] {
  const refs: string[] = [];
  const stack: [Json, string[]][] = [[value, []]];
  while (stack.length) {
    const [at, keys] = stack.pop()!;
    if (Array.isArray(at)) {
      for (const item of at) stack.push([item, keys]);
      continue;
    }
    if (!isObject(at)) continue;
    if (typeof at.$ref === "string") refs.push(at.$ref);
    const mapping = isObject(at.discriminator) ? at.discriminator.mapping : undefined;
    if (isObject(mapping)) {
      for (const target of Object.values(mapping)) {
        if (typeof target === "string")
          refs.push(target.includes("/") ? target : `#/components/schemas/${target}`);
      }
    }
    for (const [key, child] of Object.entries(at))
      if (!isData(key, child, keys)) stack.push([child, [...keys.slice(-1), key]]);
  }
  return refs;
}

/** Keys whose values name things (a property called `default` is a schema, not data). */
const NAMES = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
  "responses",
  "schemas",
]);

/**
 * Whether the value under `key` is data, below an object reached through `keys` (its last two
 * keys): an `example`, `default`, `enum` or `const`, a schema's `examples` list, or an Example
 * Object's `value`. A `$ref` in data is a key like any other (an LLM tool's parameters given as
 * an example). Not a property, answer or schema so named (`properties: { default }`).
 */
export function isData(key: string, value: Json, keys: readonly string[]): boolean {
  const [grandparent, parent] = keys.length > 1 ? keys.slice(-2) : [undefined, keys[0]];
  if (parent !== undefined && NAMES.has(parent)) return false;
  if (key === "example" || key === "default" || key === "enum" || key === "const") return true;
  if (key === "examples" && Array.isArray(value)) return true;
  return key === "value" && grandparent === "examples";
}

/** `#/components/schemas/Foo/properties/bar` → { type: "schemas", name: "Foo" }. */
export function componentOf(ref: string): { type: string; name: string } | undefined {
  const [first, type, name] = pointerSegments(ref);
  return first === "components" && type && name !== undefined ? { type, name } : undefined;
}

/**
 * Follows `$ref`s until a value that is not one. A `$ref` with siblings (allowed in 3.1) reads
 * as the target with the siblings laid over it, which is how the generator's types read it;
 * `keep` names the only siblings to lay over (3.0 ignores the others, `readOnly` and `writeOnly`
 * aside, as the generator reads it).
 */
export function deref(
  doc: Json,
  value: Json | undefined,
  keep?: readonly string[],
): JsonObject | undefined {
  const seen = new Set<string>();
  let at = value;
  let siblings: JsonObject = {};
  while (isObject(at) && typeof at.$ref === "string") {
    const { $ref, ...rest } = at;
    if (seen.has($ref)) return undefined; // a ref that only points at itself: nothing to read
    seen.add($ref);
    const laid = keep
      ? Object.fromEntries(Object.entries(rest).filter(([k]) => keep.includes(k)))
      : rest;
    siblings = { ...laid, ...siblings };
    at = resolvePointer(doc, $ref);
  }
  if (!isObject(at)) return undefined;
  return Object.keys(siblings).length ? { ...at, ...siblings } : at;
}

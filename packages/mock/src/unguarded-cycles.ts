import { isObject, type JsonObject, type SpecDocument } from "./document.js";
import { eachSchemaObject } from "./schema-keys.js";

/** Keywords whose schemas apply to the value that holds them, not to a part of it. */
const SAME_VALUE = ["allOf", "anyOf", "oneOf", "not", "if", "then", "else"];

/**
 * A schema that reaches itself without going down a level (`Loop: { allOf: [{ $ref: Loop }] }`)
 * is checked against itself for ever: ajv and the answer synthesizer overflowed the stack, and
 * every call answered a 500. Each reference on such a cycle loses its `$ref` (in place): it
 * added only a schema the value is already checked against, so it constrains nothing. The SDK's
 * generator cuts the very same references (`scripts/generate/transform/unguarded-cycles.ts`),
 * so the two agree on what is valid.
 */
export function cutUnguardedCycles(view: SpecDocument): void {
  const targets = new Map<string, { holder: JsonObject; ref: string }[]>();
  const refsFrom = (ref: string) => {
    if (!targets.has(ref)) targets.set(ref, appliedRefs(view.get(ref)));
    return targets.get(ref)!;
  };
  const leadsBack = (from: string, to: string, seen: Set<string>): boolean => {
    if (from === to) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return refsFrom(from).some((next) => leadsBack(next.ref, to, seen));
  };
  const onCycles: JsonObject[] = [];
  eachSchemaObject(view.raw, (schema) => {
    if (typeof schema.$ref !== "string") return;
    for (const next of refsFrom(schema.$ref))
      if (leadsBack(next.ref, schema.$ref, new Set())) onCycles.push(next.holder);
  });
  onCycles.forEach((holder) => delete holder.$ref);
}

/** The local references a schema applies to its own value, each with the object that holds it. */
function appliedRefs(schema: unknown, found: { holder: JsonObject; ref: string }[] = []) {
  if (Array.isArray(schema)) schema.forEach((s) => appliedRefs(s, found));
  if (!isObject(schema)) return found;
  if (typeof schema.$ref === "string" && schema.$ref.startsWith("#/"))
    found.push({ holder: schema, ref: schema.$ref });
  for (const key of SAME_VALUE) appliedRefs(schema[key], found);
  return found;
}

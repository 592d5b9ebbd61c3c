import { isObject, type JsonObject, type SpecDocument } from "./document.js";
import { eachSchemaObject } from "./schema-keys.js";

/**
 * Keywords whose schemas apply to the value that holds them, by how they combine with it: with
 * it, as one choice among others, or turned around.
 */
const WITH = ["allOf", "then", "else", "dependentSchemas"];
const CHOICE = ["anyOf", "oneOf"];
const TURNED = ["not", "if"];

type Edge = { holder: JsonObject; ref: string; how: "with" | "choice" | "turned" };

/**
 * A schema that reaches itself without going down a level (`Loop: { allOf: [{ $ref: Loop }] }`)
 * is checked against itself for ever: ajv and the answer synthesizer overflowed the stack, and
 * every call answered a 500. Such cycles are cut as the SDK's generator cuts them
 * (`scripts/generate/transform/unguarded-cycles.ts`, which says why), so the two agree on what
 * is valid: first every reference on a cycle that combines with the value (a subtype's
 * `allOf: [$ref Base]`) becomes the target's own rules (a `Cat` keeps `Pet`'s fields, not its
 * `oneOf` of subtypes), then every choice left on a cycle; one under `not` or `if` becomes
 * `false`.
 */
export function cutUnguardedCycles(view: SpecDocument): void {
  const edges = new Map<string, Edge[]>();
  const edgesOf = (ref: string) => {
    if (!edges.has(ref)) edges.set(ref, appliedRefs(view.get(ref), "with"));
    return edges.get(ref)!;
  };
  const refs: string[] = [];
  eachSchemaObject(view.raw, (schema) => {
    if (typeof schema.$ref === "string" && schema.$ref.startsWith("#/")) refs.push(schema.$ref);
  });
  const cut = new Map<JsonObject, Edge>();
  const leadsBack = (from: string, to: string, seen: Set<string>): boolean => {
    if (from === to) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return edgesOf(from).some((next) => !cut.has(next.holder) && leadsBack(next.ref, to, seen));
  };
  for (const phase of [(e: Edge) => e.how !== "choice", () => true]) {
    const onCycles = new Set<Edge>();
    for (const ref of new Set(refs))
      for (const next of edgesOf(ref))
        if (!cut.has(next.holder) && phase(next) && leadsBack(next.ref, ref, new Set()))
          onCycles.add(next);
    onCycles.forEach((edge) => cut.set(edge.holder, edge));
  }
  const rules = [...cut.values()].map((edge) =>
    edge.how === "turned" ? { not: {} } : ownRules(view.get(edge.ref)),
  );
  [...cut.keys()].forEach((holder, i) => {
    delete holder.$ref;
    Object.assign(holder, rules[i]);
  });
}

/** A schema's own rules: without its compositions, its `$ref` and its discriminator. */
function ownRules(target: unknown): JsonObject {
  if (!isObject(target)) return {};
  return Object.fromEntries(
    Object.entries(target)
      .filter(([key]) => ![...WITH, ...CHOICE, ...TURNED, "$ref", "discriminator"].includes(key))
      .map(([key, value]) => [key, structuredClone(value)]),
  );
}

/** The local references a schema applies to its own value, each with its holder and how. */
function appliedRefs(schema: unknown, how: Edge["how"], found: Edge[] = []): Edge[] {
  if (Array.isArray(schema)) schema.forEach((s) => appliedRefs(s, how, found));
  if (!isObject(schema)) return found;
  if (typeof schema.$ref === "string" && schema.$ref.startsWith("#/"))
    found.push({ holder: schema, ref: schema.$ref, how });
  for (const [keys, kind] of [
    [WITH, how],
    [CHOICE, how === "with" ? "choice" : how],
    [TURNED, "turned"],
  ] as const)
    for (const key of keys) {
      const value = schema[key];
      const each = key === "dependentSchemas" && isObject(value) ? Object.values(value) : [value];
      // (Under a `not` or an `if`, everything stays turned around.)
      for (const v of each) appliedRefs(v, how === "turned" ? how : kind, found);
    }
  return found;
}

import {
  eachObject,
  followRef,
  isObject,
  type Document,
  type Json,
  type JsonObject,
} from "../document.js";

/**
 * Keywords whose schemas apply to the same value as the schema that holds them, by how they
 * combine: with it (`allOf`, `then`, `else`, `dependentSchemas`, and a `$ref` itself), as one
 * choice among others (`anyOf`, `oneOf`), or turned around (`not`, `if`). A schema that reaches
 * itself through these alone (`Loop: { allOf: [{ $ref: Loop }] }`) never gets to a smaller
 * value, so a check that follows it never ends: the runtime and the mock overflowed their
 * stacks, and openapi-typescript wrote `type Loop = Loop`, which does not compile. `properties`,
 * `items` and the like go one level down, so a tree (`children: { items: { $ref: Node } }`) is
 * fine and left alone.
 */
const WITH = ["allOf", "then", "else", "dependentSchemas"];
const CHOICE = ["anyOf", "oneOf"];
const TURNED = ["not", "if"];

type Edge = { at: JsonObject; to: string; how: "with" | "choice" | "turned" };

/**
 * Cuts such cycles, in place, the way specs mean them. The usual one is inheritance: a base
 * whose `oneOf` lists its subtypes, each `allOf: [$ref Base, { its own fields }]`. What a subtype
 * takes from its base is the base's own rules (its fields), not the choice among subtypes, so a
 * reference that combines *with* the value (`allOf`) is cut first: it becomes the target's own
 * rules, without `allOf`/`anyOf`/`oneOf`/`not`/`if`/`then`/`else` and its discriminator (a
 * `Cat` keeps `name` from `Pet`; `Loop` becomes `{}`, any value). A cycle of choices alone
 * (`A: anyOf [$ref B, string]`, `B: anyOf [$ref A, number]`) is cut next, the same way. A
 * reference under `not` or `if` becomes `false`, so that `not` constrains nothing.
 *
 * Each phase cuts every reference of its kind on a cycle, not one per cycle, so the result
 * does not depend on the order the document is read in; the mock
 * (`packages/mock/src/unguarded-cycles.ts`) cuts exactly the same ones.
 */
export function cutUnguardedCycles(doc: Document): void {
  const targets = new Map<string, Json>();
  const targetOf = (ref: string): Json => {
    if (!targets.has(ref)) {
      let target: Json = null;
      try {
        target = followRef(doc, ref);
      } catch {
        // an unresolvable reference is reported where it is used; nothing to walk here
      }
      targets.set(ref, target);
    }
    return targets.get(ref)!;
  };
  const edges = new Map<string, Edge[]>();
  const edgesOf = (ref: string) => {
    if (!edges.has(ref)) edges.set(ref, sameValueRefs(targetOf(ref), "with"));
    return edges.get(ref)!;
  };
  const refs = referencesIn(doc);
  const cut = new Map<JsonObject, Edge>();
  const onCycle = (from: string, edge: Edge) => {
    const seen = new Set<string>();
    const reaches = (at: string): boolean =>
      at === from ||
      (!seen.has(at) && (seen.add(at), edgesOf(at).some((e) => !cut.has(e.at) && reaches(e.to))));
    return reaches(edge.to);
  };
  for (const phase of [(e: Edge) => e.how !== "choice", () => true]) {
    const found: Edge[] = [];
    for (const ref of refs)
      for (const edge of edgesOf(ref))
        if (!cut.has(edge.at) && phase(edge) && onCycle(ref, edge)) found.push(edge);
    for (const edge of found) cut.set(edge.at, edge);
  }
  const replacements = [...cut.values()].map(
    (edge) => [edge.at, edge.how === "turned" ? { not: {} } : ownRules(targetOf(edge.to))] as const,
  );
  for (const [at, rules] of replacements) {
    delete at.$ref;
    Object.assign(at, rules);
  }
}

/** A schema's rules that are its own: without its compositions, its `$ref` and its discriminator. */
function ownRules(target: Json): JsonObject {
  if (!isObject(target)) return {};
  const own: JsonObject = {};
  for (const [key, value] of Object.entries(target))
    if (![...WITH, ...CHOICE, ...TURNED, "$ref", "discriminator"].includes(key))
      own[key] = structuredClone(value);
  return own;
}

/** The local references a schema applies to its own value, each with its holder and how. */
function sameValueRefs(schema: Json, how: Edge["how"], into: Edge[] = []): Edge[] {
  if (Array.isArray(schema)) schema.forEach((s) => sameValueRefs(s, how, into));
  if (!isObject(schema)) return into;
  if (typeof schema.$ref === "string" && schema.$ref.startsWith("#/"))
    into.push({ at: schema, to: schema.$ref, how });
  const under = (keys: string[], kind: Edge["how"]) => {
    for (const key of keys) {
      const value = schema[key];
      const values = key === "dependentSchemas" && isObject(value) ? Object.values(value) : [value];
      // Under a `not` or an `if`, everything stays turned around.
      for (const v of values)
        if (v !== undefined) sameValueRefs(v, how === "turned" ? how : kind, into);
    }
  };
  under(WITH, how);
  under(CHOICE, how === "with" ? "choice" : how);
  under(TURNED, "turned");
  return into;
}

/** Every local `$ref` the document holds, once each. */
function referencesIn(doc: Document): Set<string> {
  const refs = new Set<string>();
  eachObject(doc, (at) => {
    if (typeof at.$ref === "string" && at.$ref.startsWith("#/")) refs.add(at.$ref);
  });
  return refs;
}

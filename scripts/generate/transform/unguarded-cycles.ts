import {
  eachObject,
  followRef,
  isObject,
  type Document,
  type Json,
  type JsonObject,
} from "../document.js";

/**
 * Keywords whose schemas apply to the same value as the schema that holds them. A schema that
 * reaches itself through these alone (`Loop: { allOf: [{ $ref: Loop }] }`, or `A: { $ref: B }`
 * with `B: { anyOf: [{ $ref: A }, …] }`) never gets to a smaller value, so a check that follows
 * it never ends: the runtime and the mock overflowed their stacks, and openapi-typescript wrote
 * `type Loop = Loop`, which does not compile. `properties`, `items` and the like go one level
 * down, so a tree (`children: { items: { $ref: Node } }`) is fine and left alone.
 */
const SAME_VALUE = ["allOf", "anyOf", "oneOf", "not", "if", "then", "else"];

/**
 * Cuts, in place, every reference that lies on such a cycle: it loses its `$ref`. What it added
 * was a schema the value is already being checked against, so read as JSON Schema's largest
 * solution it constrains nothing: `Loop` takes any value. Every reference on the cycle is cut,
 * not only one, so the result does not depend on the order the document is read in, and the
 * mock (`packages/mock/src/unguarded-cycles.ts`) cuts exactly the same ones.
 */
export function cutUnguardedCycles(doc: Document): void {
  const edges = new Map<string, { at: JsonObject; to: string }[]>();
  const edgesOf = (ref: string) => {
    let found = edges.get(ref);
    if (!found) {
      edges.set(ref, (found = []));
      let target: Json = null;
      try {
        target = followRef(doc, ref);
      } catch {
        // an unresolvable reference is reported where it is used; nothing to walk here
      }
      sameValueRefs(target, found);
    }
    return found;
  };
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
    from === to ||
    (!seen.has(from) && (seen.add(from), edgesOf(from).some((e) => reaches(e.to, to, seen))));

  const cut: JsonObject[] = [];
  for (const ref of referencesIn(doc))
    for (const { at, to } of edgesOf(ref)) if (reaches(to, ref)) cut.push(at);
  for (const at of cut) delete at.$ref;
}

/** The local references a schema applies to its own value, and the object holding each. */
function sameValueRefs(schema: Json, into: { at: JsonObject; to: string }[]): void {
  if (Array.isArray(schema)) return schema.forEach((s) => sameValueRefs(s, into));
  if (!isObject(schema)) return;
  if (typeof schema.$ref === "string" && schema.$ref.startsWith("#/"))
    into.push({ at: schema, to: schema.$ref });
  for (const key of SAME_VALUE) if (key in schema) sameValueRefs(schema[key]!, into);
}

/** Every local `$ref` the document holds, once each. */
function referencesIn(doc: Document): Set<string> {
  const refs = new Set<string>();
  eachObject(doc, (at) => {
    if (typeof at.$ref === "string" && at.$ref.startsWith("#/")) refs.add(at.$ref);
  });
  return refs;
}

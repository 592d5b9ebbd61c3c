import { DATA_KEYWORDS, isObject, NAME_MAPS, type Document, type Json } from "../document.js";

/**
 * Moves an `anyOf` that sits beside an object's own properties into an `allOf` part, for the
 * types alone: openapi-typescript writes `{ properties, oneOf }` as the object *and* one branch,
 * but `{ properties, anyOf }` as the object *or* a branch, and a branch that declares less
 * (GitHub's check run update: `anyOf: [{ required: [conclusion] }, …]` beside a `conclusion`
 * enum) then took any value for the object's fields: `conclusion: "bogus"` type-checked. Both
 * apply to the value (JSON Schema), as the runtime checks them. A tagged `anyOf` (with a
 * `discriminator`) is left as it is: the tagged-union pass types it.
 */
export function anyOfBesideProperties(doc: Document): void {
  const seen = new Set<Json>();
  const walk = (node: Json | undefined, map = false): void => {
    if (typeof node !== "object" || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach((item) => walk(item));
    for (const [key, value] of Object.entries(node))
      if (map || !(DATA_KEYWORDS.has(key) || key.startsWith("x-")))
        walk(value, !map && NAME_MAPS.has(key));
    if (map || !Array.isArray(node.anyOf) || !isObject(node.properties) || node.discriminator)
      return;
    node.allOf = [...(Array.isArray(node.allOf) ? node.allOf : []), { anyOf: node.anyOf }];
    delete node.anyOf;
  };
  walk(doc);
}

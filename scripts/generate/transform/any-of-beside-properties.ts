import { eachSchema, isObject, type Document } from "../document.js";

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
  eachSchema(doc, (node) => {
    if (!Array.isArray(node.anyOf) || !isObject(node.properties) || node.discriminator) return;
    node.allOf = [...(Array.isArray(node.allOf) ? node.allOf : []), { anyOf: node.anyOf }];
    delete node.anyOf;
  });
}

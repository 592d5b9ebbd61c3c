import { deref, isObject, type Document, type Json, type JsonObject } from "../document.js";
import { oneAllowedValue } from "./schema-nodes.js";

/**
 * The fields of a body's root object that allow one value (a `const`, an `enum` of one) and
 * default to it (Mistral's streaming twins, `stream: { const: true, default: true }`), by wire
 * name, with that value:
 * the SDK sends each when the call gives none. Left out, the server read the call as its
 * non-streaming twin at the same path and answered JSON, which the streaming method then
 * refused (probe73). A `const` alone stays the caller's to give (`dry_run: { const: true }`
 * left out means no dry run), and nothing below the root is filled (a union's tag picks a
 * branch).
 */
export function defaultedConstants(doc: Document, schema: Json): JsonObject | undefined {
  const found: JsonObject = {};
  const seen = new Set<Json>();
  const visit = (node: Json | undefined): void => {
    const object = deref(doc, node);
    if (!isObject(object) || seen.has(object)) return;
    seen.add(object);
    for (const [wire, property] of Object.entries(
      isObject(object.properties) ? object.properties : {},
    )) {
      const field = deref(doc, property);
      if (!isObject(field) || field.default === undefined || field.default === null) continue;
      const one = oneAllowedValue(field);
      if (one !== undefined && JSON.stringify(field.default) === JSON.stringify(one))
        found[wire] = one;
    }
    // An `allOf` part's properties are the object's own.
    if (Array.isArray(object.allOf)) object.allOf.forEach(visit);
  };
  visit(schema);
  return Object.keys(found).length ? found : undefined;
}

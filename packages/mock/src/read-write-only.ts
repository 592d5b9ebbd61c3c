import { isObject, type SpecDocument } from "./document.js";
import { DATA_KEYWORDS, NAME_MAPS } from "./schema-keys.js";

/** Which way a value travels: `readOnly` properties are the server's, `writeOnly` the client's. */
export type Direction = "request" | "response";

/** The marker a property must not carry to be required (or sampled) in that direction. */
export function skippedIn(direction: Direction): "readOnly" | "writeOnly" {
  return direction === "request" ? "readOnly" : "writeOnly";
}

/**
 * Whether a property schema is `readOnly` or `writeOnly`: by itself, its `$ref`'d schema, or an
 * `allOf` part (OpenAPI 3.0 writes `allOf: [$ref]` to add one). Marked both ways, it is neither.
 */
export function accessOf(
  doc: SpecDocument,
  schema: unknown,
  seen: ReadonlySet<unknown> = new Set(),
): "readOnly" | "writeOnly" | undefined {
  if (!isObject(schema) || seen.has(schema)) return undefined;
  const within = new Set([...seen, schema]);
  let read = schema.readOnly === true;
  let write = schema.writeOnly === true;
  const parts = [
    typeof schema.$ref === "string" ? doc.get(schema.$ref) : undefined,
    ...(Array.isArray(schema.allOf) ? schema.allOf : []),
  ];
  for (const part of parts) {
    const found = accessOf(doc, part, within);
    read ||= found === "readOnly";
    write ||= found === "writeOnly";
  }
  return read === write ? undefined : read ? "readOnly" : "writeOnly";
}

/**
 * A copy of a schema (or of the whole document) as one direction sees it (OpenAPI § 4.8.24.4,
 * `readOnly`/`writeOnly`): a `readOnly` property is not required in a request, a `writeOnly` one
 * not in a response. Everything else is as it was, so a validator of the copy checks the rest.
 */
export function directionView<T>(doc: SpecDocument, node: T, direction: Direction): T {
  const copy = structuredClone(node);
  const skipped = skippedIn(direction);
  // `map`: the node's keys are names (of properties, of components), not keywords. The
  // document may hold a cycle of objects (an allOf part opened by normalize.ts, whose properties
  // lead back to it): each object is seen once.
  const seen = new Set<unknown>();
  const visit = (at: unknown, map = false): void => {
    if (Array.isArray(at)) return at.forEach((item) => visit(item));
    if (!isObject(at) || seen.has(at)) return;
    seen.add(at);
    if (!map && isObject(at.properties) && Array.isArray(at.required)) {
      const properties = at.properties;
      at.required = at.required.filter(
        (name) => typeof name !== "string" || accessOf(doc, properties[name]) !== skipped,
      );
    }
    for (const [key, value] of Object.entries(at)) {
      // Examples are data that the validator has no use for, and walks as if they were schemas:
      // an `$id` in one (Box's metadata examples) would be taken for a schema's id, and two alike
      // stop ajv ("resolves to more than one schema").
      if (!map && (key === "example" || key === "examples")) delete at[key];
      else if (map || !DATA_KEYWORDS.has(key)) visit(value, !map && NAME_MAPS.has(key));
    }
  };
  visit(copy);
  return copy;
}

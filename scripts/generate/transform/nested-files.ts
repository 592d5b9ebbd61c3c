import { followRef, holdsData, isObject, type Document, type Json } from "../document.js";
import { isRawBody, type CollectedOperation } from "./collect-operations.js";
import { multipartEncoding, objectProperties } from "./multipart-encoding.js";
import { isBinary } from "./schema-nodes.js";

/**
 * Whether some request body can hold a file where only JSON goes: anywhere in a JSON (or form)
 * body, or inside a multipart field that is sent as JSON text. JSON has no form for a file
 * (`JSON.stringify` writes a Blob as `{}`), so the runtime refuses one there, with this flag on.
 * A raw body that is a file, and a multipart field of its own, are not such places.
 */
export function usesNestedFiles(doc: Document, ops: CollectedOperation[]): boolean {
  return ops.some(({ requestBody: body }) => {
    if (!body || isRawBody(body)) return false;
    if (body.mediaType !== "multipart/form-data") return holdsFile(doc, body.schema);
    const { fields } = multipartEncoding(doc, body.schema, body.encoding);
    const properties = objectProperties(doc, body.schema);
    return Object.entries(fields).some(
      ([wire, how]) => how !== "file" && holdsFile(doc, properties[wire]),
    );
  });
}

/** Whether a schema is, or holds at any depth (through `$ref`s), a file. */
function holdsFile(
  doc: Document,
  schema: Json | undefined,
  seen = new Set<Json>(),
  schemaKey?: string,
): boolean {
  if (!isObject(schema) || seen.has(schema)) return false;
  seen.add(schema);
  if (typeof schema.$ref === "string") return holdsFile(doc, followRef(doc, schema.$ref), seen);
  if (isBinary(schema)) return true;
  return Object.entries(schema).some(
    ([key, value]) =>
      !holdsData(key, schemaKey) &&
      (Array.isArray(value)
        ? value.some((item) => holdsFile(doc, item, seen, key))
        : isObject(value) && holdsFile(doc, value, seen, key)),
  );
}

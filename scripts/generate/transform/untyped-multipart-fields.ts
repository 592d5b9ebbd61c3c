import { deref, isObject, type Document, type Json, type JsonObject } from "../document.js";
import { ANNOTATIONS } from "./schema-nodes.js";

/**
 * A multipart field whose schema says nothing of its values (Telegram's `InputFile`: a
 * description alone) takes a file, as OpenAPI's default for such a part is
 * `application/octet-stream` (§ 4.8.15.1, "for all other cases"), or any value as before: it is
 * read as `anyOf: [binary, itself]`, where it is written (a field, or a branch of a field's
 * union: `photo: anyOf: [InputFile, string]`, a file or a file_id). Read as written, every
 * Telegram upload was refused ("must be a JSON value (got a file)"). Only inline body schemas
 * are rewritten: a component may be a JSON body's too.
 */
export function untypedMultipartFields(doc: Document, content: Json | undefined): void {
  const media = isObject(content) ? content["multipart/form-data"] : undefined;
  const body = isObject(media) ? media.schema : undefined;
  if (!isObject(body) || typeof body.$ref === "string" || !isObject(body.properties)) return;
  const properties = body.properties;
  for (const [name, field] of Object.entries(properties)) {
    if (saysNothing(doc, field)) properties[name] = fileOrItself(field);
    else if (isObject(field) && typeof field.$ref !== "string")
      for (const key of ["anyOf", "oneOf"] as const) {
        const branches = field[key];
        if (Array.isArray(branches))
          field[key] = branches.map((branch) =>
            saysNothing(doc, branch) ? fileOrItself(branch) : branch,
          );
      }
  }
}

function saysNothing(doc: Document, schema: Json | undefined): boolean {
  let target: Json | undefined;
  try {
    target = deref(doc, schema);
  } catch {
    return false;
  }
  return (
    isObject(target) &&
    Object.keys(target).every((key) => ANNOTATIONS.has(key) || key.startsWith("x-"))
  );
}

function fileOrItself(schema: Json): JsonObject {
  return { anyOf: [{ type: "string", format: "binary" }, schema] };
}

import { deref, isObject, type Document, type Json, type JsonObject } from "../document.js";
import { isBinary, type FileRules } from "./schema-nodes.js";

export type FieldEncoding = "file" | "json" | "text";

/**
 * How each field of a multipart body goes on the wire (OpenAPI § 4.8.15 "Encoding Object" and
 * its defaults for `multipart/form-data`): the `encoding` map's `contentType` when the spec gives
 * one, else by the property's schema: binary → a file part, objects and arrays of objects → one
 * JSON text part, scalars (and each item of an array of scalars) → text parts.
 */
export function multipartEncoding(
  doc: Document,
  bodySchema: Json | undefined,
  encoding: JsonObject | undefined,
): { fields: Record<string, FieldEncoding>; files: Record<string, FileRules> } {
  const fields: Record<string, FieldEncoding> = {};
  const files: Record<string, FileRules> = {};
  for (const [wire, schema] of Object.entries(objectProperties(doc, bodySchema))) {
    const declared = isObject(encoding?.[wire])
      ? (encoding![wire] as JsonObject).contentType
      : undefined;
    const types =
      typeof declared === "string"
        ? declared
            .split(",")
            .map((t) => t.trim())
            .filter(Boolean)
        : [];
    const kind = encodingOf(doc, schema, types);
    fields[wire] = kind;
    if (kind === "file" && types.length && !types.includes("application/octet-stream"))
      files[wire] = { mediaTypes: types };
  }
  return { fields, files };
}

function encodingOf(doc: Document, schema: Json, declared: string[]): FieldEncoding {
  if (hasBinary(doc, schema, new Set())) return "file";
  if (declared.some((t) => /^application\/(.+\+)?json$/.test(t))) return "json";
  const s = deref(doc, schema);
  if (!isObject(s)) return "text";
  const type = s.type;
  const types = Array.isArray(type) ? type : [type];
  if (types.includes("object") || s.oneOf || s.anyOf || s.allOf || isObject(s.properties))
    return "json";
  if (types.includes("array")) {
    const items = deref(doc, s.items as Json);
    return isObject(items) && isScalar(items) ? "text" : "json";
  }
  return "text";
}

function isScalar(schema: JsonObject): boolean {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.every(
    (t) => t === "string" || t === "number" || t === "integer" || t === "boolean" || t === "null",
  );
}

/** A file part anywhere in the field: itself, an item, or a branch of a union. */
function hasBinary(doc: Document, schema: Json | undefined, seen: Set<Json>): boolean {
  const s = deref(doc, schema);
  if (!isObject(s) || seen.has(s)) return false;
  seen.add(s);
  if (isBinary(s)) return true;
  const branches = [
    s.items,
    ...(["oneOf", "anyOf", "allOf"] as const).flatMap((k) => (Array.isArray(s[k]) ? s[k] : [])),
  ];
  return branches.some((b) => b !== undefined && hasBinary(doc, b as Json, seen));
}

/**
 * The properties of an object schema, through `$ref` and `allOf`, and those a `then`, `else` or
 * `dependentSchemas` schema declares (fields the body has when they apply); the object's own win.
 */
export function objectProperties(doc: Document, schema: Json | undefined): Record<string, Json> {
  const s = deref(doc, schema);
  if (!isObject(s)) return {};
  const out: Record<string, Json> = {};
  const conditional = [
    ...(s.if === undefined ? [] : [s.then, s.else]),
    ...Object.values(isObject(s.dependentSchemas) ? s.dependentSchemas : {}),
  ];
  for (const part of [...(Array.isArray(s.allOf) ? s.allOf : []), ...conditional])
    Object.assign(out, objectProperties(doc, part));
  if (isObject(s.properties)) Object.assign(out, s.properties);
  return out;
}

import { deref, isObject, type Document, type Json, type JsonObject } from "../document.js";
import { isBinary, takesAnyBytes, type FileRules } from "./schema-nodes.js";

/**
 * `value`: by the value sent, the runtime's way with a field the table does not list (an object
 * or array as JSON text, a scalar as text): for a union of plain values and objects
 * (`anyOf: ["auto", { type: server_vad, … }]`).
 */
export type FieldEncoding = "file" | "json" | "text" | "value";

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
): {
  fields: Record<string, FieldEncoding>;
  files: Record<string, FileRules>;
  /** File fields that may also hold something else (`oneOf: [binary, { id }]`). */
  fileOrValue: string[];
  /** Fields sent as repeated parts that may be an empty list, which writes no part at all. */
  emptyLists: string[];
} {
  const fields: Record<string, FieldEncoding> = {};
  const files: Record<string, FileRules> = {};
  const fileOrValue: string[] = [];
  const emptyLists: string[] = [];
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
    if (kind === "file" && !onlyBinary(doc, schema, new Set())) fileOrValue.push(wire);
    if ((kind === "file" || kind === "text") && mayBeEmptyList(doc, schema, new Set()))
      emptyLists.push(wire);
    // The encoding's types, else those 3.1's `contentMediaType` gives each of its files (the
    // mock checks them too).
    const fileTypes = types.length ? types : kind === "file" ? contentMediaTypes(doc, schema) : [];
    if (kind === "file" && fileTypes.length && !takesAnyBytes(fileTypes))
      files[wire] = { mediaTypes: fileTypes };
  }
  return { fields, files, fileOrValue, emptyLists };
}

/**
 * Whether the field may be a list with no items: an array (itself or a branch of a union) that
 * neither it nor a schema it is `allOf` with gives a `minItems` of 1 or more.
 */
function mayBeEmptyList(doc: Document, schema: Json | undefined, seen: Set<Json>): boolean {
  const s = deref(doc, schema);
  if (!isObject(s) || seen.has(s)) return false;
  seen.add(s);
  const types = Array.isArray(s.type) ? s.type : [s.type];
  const all = [s, ...branchesOf(s, "allOf").map((b) => deref(doc, b))].filter(isObject);
  if (
    (types.includes("array") || s.items !== undefined) &&
    all.every((b) => !(typeof b.minItems === "number" && b.minItems >= 1))
  )
    return true;
  return branchesOf(s, "oneOf", "anyOf").some((b) => mayBeEmptyList(doc, b, seen));
}

/**
 * The media types 3.1's `contentMediaType` names for the field's files (itself, its items, each
 * branch of a union, an `allOf` part: `allOf: [$ref PdfFile]`): none when a file of it names
 * none (it may be anything).
 */
function contentMediaTypes(doc: Document, schema: Json | undefined): string[] {
  const found = new Set<string>();
  let any = false;
  const walk = (node: Json | undefined, seen: Set<Json>): void => {
    const s = deref(doc, node);
    if (!isObject(s) || seen.has(s)) return;
    seen.add(s);
    if (isBinary(s)) {
      if (typeof s.contentMediaType === "string") found.add(s.contentMediaType);
      else any = true;
      return;
    }
    for (const branch of [s.items, ...branchesOf(s, "oneOf", "anyOf", "allOf")])
      if (branch !== undefined) walk(branch as Json, seen);
  };
  walk(schema, new Set());
  return any ? [] : [...found];
}

/** Whether every value the field takes is a file: itself, its items, each branch of a union. */
function onlyBinary(doc: Document, schema: Json | undefined, seen: Set<Json>): boolean {
  const s = deref(doc, schema);
  if (!isObject(s)) return false;
  // Met again (a `$ref` used twice, or a cycle): it says nothing new.
  if (seen.has(s)) return true;
  seen.add(s);
  if (isBinary(s)) return true;
  const branches = branchesOf(s, "oneOf", "anyOf");
  if (branches.length) return branches.every((b) => onlyBinary(doc, b, seen));
  // (A value every `allOf` part applies to is a file where one part says so.)
  if (branchesOf(s, "allOf").some((b) => onlyBinary(doc, b, seen))) return true;
  return s.items !== undefined && onlyBinary(doc, s.items as Json, seen);
}

function encodingOf(doc: Document, schema: Json, declared: string[]): FieldEncoding {
  if (hasBinary(doc, schema, new Set())) return "file";
  if (declared.some((t) => /^application\/(.+\+)?json$/.test(t))) return "json";
  const s = deref(doc, schema);
  if (!isObject(s)) return "text";
  const type = s.type;
  const types = Array.isArray(type) ? type : [type];
  if (types.includes("object") || isObject(s.properties)) return "json";
  // A union of plain values (`anyOf: [string, enum]`, an enum or null) is one of them, sent as
  // text like any scalar: as JSON it would arrive in quotes (`"whisper-1"`). One that may also
  // be a list of them (Together's `timestamp_granularities: oneOf: [enum, enum[]]`) sends a list
  // as a plain list goes, one text part per item.
  if (s.oneOf || s.anyOf || s.allOf)
    return isPlainValueOrList(doc, s, new Set())
      ? "text"
      : mayBePlainValue(doc, s, new Set())
        ? "value"
        : "json";
  if (types.includes("array")) {
    const items = deref(doc, s.items as Json);
    return isObject(items) && isScalar(items) ? "text" : "json";
  }
  return "text";
}

/**
 * A schema whose every value is a string, number, boolean or null: through `$ref`s and each
 * branch of a union. One with no type says nothing against it unless it has properties or items
 * (or an enum or const that holds an object or array).
 */
function isPlainValue(doc: Document, schema: Json | undefined, seen: Set<Json>): boolean {
  const s = deref(doc, schema);
  if (!isObject(s)) return s !== false;
  // Met again (a `$ref` used twice, or a cycle): it says nothing new.
  if (seen.has(s)) return true;
  seen.add(s);
  const branches = branchesOf(s, "oneOf", "anyOf", "allOf");
  const values = [...(Array.isArray(s.enum) ? s.enum : []), ...("const" in s ? [s.const] : [])];
  return (
    (s.type === undefined || isScalar(s)) &&
    !isObject(s.properties) &&
    s.items === undefined &&
    values.every((v) => v === null || typeof v !== "object") &&
    branches.every((b) => isPlainValue(doc, b, seen))
  );
}

/**
 * A plain value, or a list of plain values, as each branch of a union (through `$ref`s and nested
 * unions) may be.
 */
function isPlainValueOrList(doc: Document, schema: Json | undefined, seen: Set<Json>): boolean {
  const s = deref(doc, schema);
  if (!isObject(s)) return s !== false;
  // Met again (a `$ref` used twice, or a cycle): it says nothing new.
  if (seen.has(s)) return true;
  seen.add(s);
  const branches = branchesOf(s, "oneOf", "anyOf");
  if (branches.length && !s.allOf && s.type === undefined && s.items === undefined)
    return branches.every((b) => isPlainValueOrList(doc, b, seen));
  if (isPlainValue(doc, s, new Set())) return true;
  const types = Array.isArray(s.type) ? s.type : [s.type];
  return (
    types.includes("array") &&
    types.every((t) => t === "array" || t === "null") &&
    !isObject(s.properties) &&
    !branchesOf(s, "oneOf", "anyOf", "allOf").length &&
    s.items !== undefined &&
    isPlainValue(doc, s.items as Json, new Set())
  );
}

/** Whether some branch of a union (through `$ref`s and nested unions) is a plain value. */
function mayBePlainValue(doc: Document, schema: Json | undefined, seen: Set<Json>): boolean {
  const s = deref(doc, schema);
  if (!isObject(s) || seen.has(s)) return false;
  seen.add(s);
  const branches = branchesOf(s, "oneOf", "anyOf");
  return branches.length
    ? branches.some((b) => mayBePlainValue(doc, b, seen))
    : isPlainValue(doc, s, new Set());
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
  const branches = [s.items, ...branchesOf(s, "oneOf", "anyOf", "allOf")];
  return branches.some((b) => b !== undefined && hasBinary(doc, b as Json, seen));
}

/** The subschemas a schema lists under the given composition keywords, in that order. */
export function branchesOf(schema: JsonObject, ...keys: ("oneOf" | "anyOf" | "allOf")[]): Json[] {
  return keys.flatMap((k) => (Array.isArray(schema[k]) ? (schema[k] as Json[]) : []));
}

/**
 * The properties of an object schema, through `$ref` and `allOf`, and those a union's branch, a
 * `then`, `else` or `dependentSchemas` schema declares (fields the body has when they apply: a
 * multipart body that is `oneOf: [{ file }, { file_url }]` has a file field); the object's own
 * win, then the first declaration.
 */
export function objectProperties(
  doc: Document,
  schema: Json | undefined,
  seen = new Set<Json>(),
): Record<string, Json> {
  const s = deref(doc, schema);
  if (!isObject(s) || seen.has(s)) return {};
  seen.add(s);
  const out: Record<string, Json> = {};
  const conditional = [
    ...branchesOf(s, "oneOf", "anyOf"),
    ...(s.if === undefined ? [] : [s.then, s.else]),
    ...Object.values(isObject(s.dependentSchemas) ? s.dependentSchemas : {}),
  ];
  for (const part of [...branchesOf(s, "allOf"), ...conditional])
    for (const [name, property] of Object.entries(objectProperties(doc, part, seen)))
      if (!Object.hasOwn(out, name)) out[name] = property;
  if (isObject(s.properties)) Object.assign(out, s.properties);
  return out;
}

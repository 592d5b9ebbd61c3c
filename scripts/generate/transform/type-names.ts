import {
  componentSchemas,
  escapeSegment,
  holdsData,
  isObject,
  type Document,
  type Json,
  type JsonObject,
} from "../document.js";

/** JSON Schema's type names (2020-12 § 6.1.1; `null` is 3.1's, and harmless in 3.0). */
const TYPES = new Set(["string", "number", "integer", "boolean", "array", "object", "null"]);

/**
 * Names specs write for a type that JSON Schema spells otherwise, and the `format` the name
 * carries where the schema gives none: what their authors meant is plain (Cartesia's
 * `type: bool`; `type: file`, Swagger 2's upload, kept by hand-converted specs).
 */
const ALIASES: Readonly<Record<string, { type: string; format?: string }>> = {
  bool: { type: "boolean" },
  int: { type: "integer" },
  long: { type: "integer" },
  int32: { type: "integer", format: "int32" },
  int64: { type: "integer", format: "int64" },
  float: { type: "number" },
  double: { type: "number" },
  decimal: { type: "number" },
  str: { type: "string" },
  date: { type: "string", format: "date" },
  datetime: { type: "string", format: "date-time" },
  "date-time": { type: "string", format: "date-time" },
  file: { type: "string", format: "binary" },
  binary: { type: "string", format: "binary" },
  dict: { type: "object" },
  map: { type: "object" },
  list: { type: "array" },
};

/** Keywords inside a schema whose values are no schemas (and hold no `type` keyword of one). */
const NOT_SCHEMAS = new Set(["discriminator", "xml", "externalDocs", "required", "type"]);
/** Keywords inside a schema whose values map names to schemas. */
const SCHEMA_MAPS = new Set([
  "properties",
  "patternProperties",
  "dependentSchemas",
  "$defs",
  "definitions",
]);

/** A schema whose `type` is no JSON Schema type name, and how it is read. */
export interface TypeNameFix {
  pointer: string;
  schema: JsonObject;
  /** The `type` as written. */
  written: Json;
  /** The type names it is read as (none: the schema checks no type). */
  type: string[];
  /** The `format` an alias carries, where the schema gives none. */
  format?: string;
}

/**
 * The schemas whose `type` is no JSON Schema type name: a type written in another case
 * (`String`), an alias (`bool`, `int`, `file`) read as meant, and anything else (`type: any`, a
 * number) left out, so that the schema checks no type, as a validator would read a keyword it
 * cannot use. Copied as they were, `type: bool` broke the build in the generated tables (no
 * such type) or, inline, refused every value ("must be a bool"); openapi-typescript typed the
 * field `unknown`.
 */
export function typeNameFixes(doc: Document): TypeNameFix[] {
  const fixes: TypeNameFix[] = [];
  const seen = new Set<Json>();
  const schema = (node: Json | undefined, pointer: string): void => {
    if (!isObject(node) || seen.has(node)) return;
    seen.add(node);
    const fix = readType(node);
    if (fix) fixes.push({ pointer, schema: node, ...fix });
    for (const [key, value] of Object.entries(node)) {
      if (NOT_SCHEMAS.has(key) || holdsData(key, undefined) || key.startsWith("x-")) continue;
      const at = `${pointer}/${escapeSegment(key)}`;
      if (SCHEMA_MAPS.has(key) && isObject(value))
        for (const [name, sub] of Object.entries(value))
          schema(sub, `${at}/${escapeSegment(name)}`);
      else if (Array.isArray(value)) value.forEach((sub, i) => schema(sub, `${at}/${i}`));
      else schema(value, at);
    }
  };
  // Schemas are where the document says one is: the component schemas, and the `schema` (3.2's
  // `itemSchema`) of a parameter, header or media type, wherever those are. (Not every object
  // with a `type`: a security scheme's `type: http` is none.)
  for (const [name, value] of Object.entries(componentSchemas(doc)))
    schema(value, `#/components/schemas/${escapeSegment(name)}`);
  const outside = (node: Json, pointer: string, parentKey?: string): void => {
    if (typeof node !== "object" || node === null || seen.has(node)) return;
    if (Array.isArray(node)) return node.forEach((item, i) => outside(item, `${pointer}/${i}`));
    seen.add(node);
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("x-") || holdsData(key, parentKey)) continue;
      const at = `${pointer}/${escapeSegment(key)}`;
      if ((key === "schema" || key === "itemSchema") && parentKey !== "properties")
        schema(value, at);
      else outside(value, at, key);
    }
  };
  outside(doc, "#");
  return fixes;
}

function readType(schema: JsonObject): Omit<TypeNameFix, "pointer" | "schema"> | undefined {
  const written = schema.type;
  if (written === undefined) return undefined;
  const names = Array.isArray(written) ? written : [written];
  let format: string | undefined;
  const type: string[] = [];
  for (const name of names) {
    const lower = typeof name === "string" ? name.trim().toLowerCase() : undefined;
    const alias = lower === undefined || TYPES.has(lower) ? undefined : ALIASES[lower];
    const read = lower !== undefined && TYPES.has(lower) ? lower : alias?.type;
    if (alias?.format) format ??= alias.format;
    if (read !== undefined && !type.includes(read)) type.push(read);
  }
  const same =
    names.length === type.length && names.every((name, i) => name === type[i]) && !format;
  return same ? undefined : { written, type, ...(format ? { format } : {}) };
}

/** Rewrites each schema `typeNameFixes` finds as it is read. */
export function typeNames(doc: Document): void {
  for (const { schema, written, type, format } of typeNameFixes(doc)) {
    if (type.length === 0) delete schema.type;
    else schema.type = Array.isArray(written) ? type : type[0]!;
    if (format && schema.format === undefined) schema.format = format;
  }
}

/**
 * What `pnpm generate` says of each: a type name the spec misspells is the spec's slip, to be
 * seen, not silently read.
 */
export function typeNameWarnings(doc: Document): string[] {
  return typeNameFixes(doc).map(({ pointer, written, type, format }) =>
    type.length
      ? `${pointer}: type ${JSON.stringify(written)} is not in JSON Schema's type names: read as ${type.map((t) => JSON.stringify(t)).join(" or ")}${format ? ` (format ${format})` : ""}`
      : `${pointer}: type ${JSON.stringify(written)} is not in JSON Schema's type names: the SDK checks no type there`,
  );
}

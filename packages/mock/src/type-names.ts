import { isObject, type JsonObject } from "./document.js";
import { DATA_KEYWORDS, eachSchemaObject } from "./schema-keys.js";

/** JSON Schema's type names (2020-12 § 6.1.1). */
const TYPES = new Set(["string", "number", "integer", "boolean", "array", "object", "null"]);

/**
 * Type names specs write that JSON Schema spells otherwise, and the `format` they carry, as the
 * SDK's generator reads them (scripts/generate/transform/type-names.ts): Cartesia's
 * `type: bool`, Swagger 2's `type: file`.
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

/**
 * A schema `type` that is no JSON Schema type name is read as the SDK reads it: an alias
 * (`bool`) or another case (`String`) as meant, anything else left out. Left as written, ajv
 * refused to compile the schema, and the mock neither checked what it received against it nor
 * answered with values of the meant type (`enabled: "string"` for a `bool`), and read a
 * `type: file` field as text. Only schemas are rewritten: a security scheme's `type: http` is
 * none.
 */
export function typeNames(doc: JsonObject): void {
  const components = isObject(doc.components) ? doc.components : {};
  const roots: unknown[] = Object.values(isObject(components.schemas) ? components.schemas : {});
  const findRoots = (node: unknown, parentKey?: string): void => {
    if (Array.isArray(node)) return node.forEach((item) => findRoots(item, parentKey));
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("x-") || (DATA_KEYWORDS.has(key) && parentKey !== "responses")) continue;
      if (key === "schema" || key === "itemSchema") roots.push(value);
      else if (!(key === "schemas" && node === components)) findRoots(value, key);
    }
  };
  findRoots(doc);
  const seen = new Set<unknown>();
  for (const root of roots) eachSchemaObject(root, rewriteType, undefined, seen);
}

function rewriteType(schema: JsonObject): void {
  const written = schema.type;
  if (written === undefined) return;
  let format: string | undefined;
  const read: string[] = [];
  for (const name of Array.isArray(written) ? written : [written]) {
    const lower = typeof name === "string" ? name.trim().toLowerCase() : "";
    const alias = TYPES.has(lower) ? { type: lower } : ALIASES[lower];
    format ??= alias?.format;
    if (alias && !read.includes(alias.type)) read.push(alias.type);
  }
  if (read.length === 0) delete schema.type;
  else schema.type = Array.isArray(written) ? read : read[0];
  if (format && schema.format === undefined) schema.format = format;
}

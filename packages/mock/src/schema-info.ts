import { isObject, type JsonObject, type SpecDocument } from "./document.js";

export type JsonType = "string" | "number" | "integer" | "boolean" | "null" | "object" | "array";

const MAX_DEPTH = 16;

/**
 * A file in a schema: `format: binary`, (3.1) `contentMediaType` without a text encoding, or
 * `contentEncoding: binary` (RFC 2045's raw octets: Discord's `files[n]` parts).
 */
export function isBinarySchema(schema: JsonObject): boolean {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (schema.type !== undefined && !types.includes("string")) return false;
  if (schema.format === "binary") return true;
  if (
    typeof schema.contentEncoding === "string" &&
    schema.contentEncoding.toLowerCase() === "binary"
  )
    return true;
  return typeof schema.contentMediaType === "string" && schema.contentEncoding === undefined;
}

/**
 * The JSON types a value of this schema may have, through $ref, allOf, oneOf and anyOf. An
 * empty set means "anything".
 */
export function possibleTypes(doc: SpecDocument, node: unknown, depth = 0): Set<JsonType> {
  const schema = doc.schema(node);
  if (depth > MAX_DEPTH) return new Set();
  let own: Set<JsonType> | undefined;
  if (typeof schema.type === "string") own = new Set([schema.type as JsonType]);
  else if (Array.isArray(schema.type)) own = new Set(schema.type as JsonType[]);
  else if ("const" in schema) own = new Set([jsonTypeOf(schema.const)]);
  else if (Array.isArray(schema.enum)) own = new Set(schema.enum.map(jsonTypeOf));
  else if (isObject(schema.properties) || schema.additionalProperties !== undefined)
    own = new Set(["object"]);
  else if (schema.items !== undefined || schema.prefixItems !== undefined) own = new Set(["array"]);

  for (const list of [schema.oneOf, schema.anyOf]) {
    if (!Array.isArray(list) || list.length === 0) continue;
    const union = new Set<JsonType>();
    for (const branch of list) {
      const types = possibleTypes(doc, branch, depth + 1);
      if (types.size === 0) return own ?? new Set();
      for (const t of types) union.add(t);
    }
    own = own ? intersect(own, union) : union;
  }
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf) {
      const types = possibleTypes(doc, part, depth + 1);
      if (types.size > 0) own = own ? intersect(own, types) : types;
    }
  }
  return own ?? new Set();
}

/** The schema(s) an array's elements follow, or undefined when the schema is no array. */
export function arrayItemSchemas(doc: SpecDocument, node: unknown, depth = 0): unknown[] {
  const schema = doc.schema(node);
  if (depth > MAX_DEPTH) return [];
  const out: unknown[] = [];
  if (schema.items !== undefined && typeof schema.items !== "boolean") out.push(schema.items);
  for (const list of [schema.oneOf, schema.anyOf, schema.allOf]) {
    if (Array.isArray(list))
      for (const branch of list) out.push(...arrayItemSchemas(doc, branch, depth + 1));
  }
  return out;
}

export interface FileShape {
  /** The field takes a single file. */
  single: boolean;
  /** The field takes an array of files. */
  array: boolean;
  /** Largest accepted size (`x-max-bytes`), if the schema says. */
  maxBytes: number | undefined;
  /** Media types from `contentMediaType`, used when `encoding` names none. */
  mediaTypes: string[];
}

/** Keywords that say nothing of a value. */
const ANNOTATIONS = new Set([
  "description",
  "title",
  "example",
  "examples",
  "externalDocs",
  "deprecated",
  "$comment",
]);

/**
 * A schema that says nothing of its values (Telegram's `InputFile`, a description alone; `{}`):
 * in a multipart body, a file as well as anything else (OpenAPI's default for such a part is
 * `application/octet-stream`), as the SDK reads it. (A `$ref` that points nowhere is none.)
 */
function saysNothing(schema: unknown): boolean {
  return (
    isObject(schema) &&
    Object.keys(schema).every((key) => ANNOTATIONS.has(key) || key.startsWith("x-"))
  );
}

/** How a multipart field holds files, or undefined when it holds none. */
export function fileShape(doc: SpecDocument, node: unknown): FileShape | undefined {
  const shape: FileShape = { single: false, array: false, maxBytes: undefined, mediaTypes: [] };
  // A file branch that names no type takes any file (`anyOf: [pdf, any binary]`), as the SDK reads it.
  let anyType = false;
  const visit = (n: unknown, inArray: boolean, depth: number) => {
    if (depth > MAX_DEPTH) return;
    const schema = doc.schema(n);
    if (isBinarySchema(schema) || saysNothing(doc.deref(n).value)) {
      if (inArray) shape.array = true;
      else shape.single = true;
      const max = schema["x-max-bytes"];
      if (typeof max === "number") shape.maxBytes = Math.min(shape.maxBytes ?? Infinity, max);
      if (typeof schema.contentMediaType === "string")
        shape.mediaTypes.push(schema.contentMediaType);
      else anyType = true;
    }
    if (!inArray && schema.items !== undefined) visit(schema.items, true, depth + 1);
    for (const list of [schema.oneOf, schema.anyOf, schema.allOf]) {
      if (Array.isArray(list)) for (const branch of list) visit(branch, inArray, depth + 1);
    }
  };
  visit(node, false, 0);
  if (anyType) shape.mediaTypes = [];
  return shape.single || shape.array ? shape : undefined;
}

/**
 * The JSON types a text part may stand for in a multipart field that holds files (see
 * `fileShape`): those of its branches that are no file (`oneOf: [{type: object}, {format:
 * binary}]` → object), each part's for an array of them. Undefined when every branch is a file:
 * the field takes file parts only. An empty set means "anything".
 */
export function textTypes(doc: SpecDocument, node: unknown, depth = 0): Set<JsonType> | undefined {
  const schema = doc.schema(node);
  if (depth > MAX_DEPTH) return new Set();
  if (isBinarySchema(schema)) return undefined;
  // A part of an array field is one of its items.
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (schema.items !== undefined && (schema.type === undefined || types.includes("array")))
    return textTypes(doc, schema.items, depth + 1);
  // allOf: a file in any part makes the whole a file.
  if (Array.isArray(schema.allOf) && schema.allOf.some((part) => !textTypes(doc, part, depth + 1)))
    return undefined;
  const branches = [schema.oneOf, schema.anyOf].flatMap((list) =>
    Array.isArray(list) ? list : [],
  );
  if (branches.length === 0) return possibleTypes(doc, schema);
  const union = new Set<JsonType>();
  let any = false;
  for (const branch of branches) {
    const own = textTypes(doc, branch, depth + 1);
    if (own === undefined) continue;
    if (own.size === 0) any = true;
    for (const t of own) union.add(t);
  }
  if (any) return new Set();
  return union.size > 0 ? union : undefined;
}

export function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "string") return "string";
  return "object";
}

/** Whether a value is of one of the `declared` types (an integer is a number too). */
export function ofDeclaredType(value: unknown, declared: readonly unknown[]): boolean {
  const kind = jsonTypeOf(value);
  return declared.includes(kind) || (kind === "integer" && declared.includes("number"));
}

function intersect(a: Set<JsonType>, b: Set<JsonType>): Set<JsonType> {
  const out = new Set<JsonType>();
  for (const t of a) {
    if (b.has(t)) out.add(t);
    // "integer" is a kind of "number".
    else if (t === "integer" && b.has("number")) out.add("integer");
    else if (t === "number" && b.has("integer")) out.add("integer");
  }
  return out;
}

/** An object's property schema, through $ref, allOf, oneOf, anyOf and additionalProperties. */
export function propertySchema(doc: SpecDocument, node: unknown, name: string, depth = 0): unknown {
  if (depth > MAX_DEPTH) return undefined;
  const schema = doc.schema(node);
  if (isObject(schema.properties) && Object.hasOwn(schema.properties, name))
    return schema.properties[name];
  for (const list of [schema.allOf, schema.oneOf, schema.anyOf]) {
    if (!Array.isArray(list)) continue;
    for (const part of list) {
      const found = propertySchema(doc, part, name, depth + 1);
      if (found !== undefined) return found;
    }
  }
  if (isObject(schema.additionalProperties)) return schema.additionalProperties;
  return undefined;
}

export interface ObjectMembers {
  /** The properties the schema names, through $ref, allOf, oneOf and anyOf. */
  names: Set<string>;
  /** It takes properties it does not name (`additionalProperties`, or no `properties` at all). */
  open: boolean;
}

export function objectMembers(doc: SpecDocument, node: unknown): ObjectMembers {
  const members: ObjectMembers = { names: new Set(), open: false };
  let named = false;
  const visit = (n: unknown, depth: number) => {
    if (depth > MAX_DEPTH) return;
    const schema = doc.schema(n);
    if (isObject(schema.properties)) {
      named = true;
      for (const name of Object.keys(schema.properties)) members.names.add(name);
    }
    if (schema.additionalProperties !== undefined && schema.additionalProperties !== false)
      members.open = true;
    for (const list of [schema.allOf, schema.oneOf, schema.anyOf]) {
      if (Array.isArray(list)) for (const part of list) visit(part, depth + 1);
    }
  };
  visit(node, 0);
  if (!named) members.open = true;
  return members;
}

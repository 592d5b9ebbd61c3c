import { isObject, type JsonObject, type SpecDocument } from "./document.js";
import { checkFilePart } from "./file-checks.js";
import { isJsonMediaType, parseMediaTypeList } from "./media-type.js";
import type { FilePart, FormPart, TextPart } from "./multipart.js";
import { arrayItemSchemas, fileShape, possibleTypes, type JsonType } from "./schema-info.js";
import type { ValidationErrorDetail } from "./types.js";

export interface DecodedForm {
  /** Text fields decoded by the schema, wire names; files are left out. */
  body: Record<string, unknown>;
  /** `body` plus a placeholder string per file, for JSON Schema validation. */
  forValidation: Record<string, unknown>;
  /** What decoding and the file checks found wrong. */
  errors: ValidationErrorDetail[];
}

const SCALARS: ReadonlySet<JsonType> = new Set(["string", "number", "integer", "boolean", "null"]);

/**
 * Turns form parts (multipart or urlencoded) into the JSON value the request schema describes.
 * On the wire every text part is a string; the schema and `encoding` say what it stands for.
 */
export function decodeForm(doc: SpecDocument, media: JsonObject, parts: FormPart[]): DecodedForm {
  const result: DecodedForm = { body: {}, forValidation: {}, errors: [] };
  const schema = doc.schema(media.schema);
  const encoding = isObject(media.encoding) ? media.encoding : {};

  const byName = new Map<string, FormPart[]>();
  for (const part of parts) {
    const list = byName.get(part.name);
    if (list) list.push(part);
    else byName.set(part.name, [part]);
  }

  for (const [name, group] of byName) {
    const propSchema = propertySchema(doc, schema, name);
    const fieldEncoding = isObject(encoding[name]) ? encoding[name] : {};
    const declaredType = fieldEncoding.contentType;
    const path = "/" + name.replace(/~/g, "~0").replace(/\//g, "~1");
    const shape = propSchema === undefined ? undefined : fileShape(doc, propSchema);

    if (shape) {
      const allowed =
        parseMediaTypeList(declaredType) ?? parseMediaTypeList(shape.mediaTypes.join(","));
      const many = group.length > 1 || !shape.single;
      group.forEach((part, i) => {
        const at = many ? `${path}/${i}` : path;
        if (part.kind === "text") {
          result.errors.push(detail(at, "filename", "must be a file part with a filename", {}));
        } else {
          result.errors.push(...checkFilePart(part, at, { allowed, maxBytes: shape.maxBytes }));
        }
      });
      const placeholders = group.map(placeholder);
      result.forValidation[name] = many ? placeholders : placeholders[0];
      continue;
    }

    const files = group.filter((p): p is FilePart => p.kind === "file");
    if (files.length > 0) {
      if (propSchema !== undefined) {
        result.errors.push(detail(path, "type", "must be a text part, not a file", {}));
      }
      const placeholders = group.map(placeholder);
      result.forValidation[name] = placeholders.length > 1 ? placeholders : placeholders[0];
      continue;
    }

    const texts = group as TextPart[];
    for (const [i, part] of texts.entries()) {
      if (part.truncated) {
        const at = texts.length > 1 ? `${path}/${i}` : path;
        result.errors.push(detail(at, "maxLength", "text part is too large", {}));
      }
    }
    const asJson = declaresJson(declaredType) || texts.every((p) => declaresJson(p.contentType));
    const value = asJson
      ? decodeJsonField(texts, path, result.errors)
      : decodeTextField(doc, propSchema, texts, path, result.errors);
    result.body[name] = value;
    result.forValidation[name] = value;
  }
  return result;
}

function decodeJsonField(
  texts: TextPart[],
  path: string,
  errors: ValidationErrorDetail[],
): unknown {
  const values = texts.map((part, i) => {
    try {
      return JSON.parse(part.value) as unknown;
    } catch (error) {
      const at = texts.length > 1 ? `${path}/${i}` : path;
      errors.push(detail(at, "json", `must be valid JSON text (${(error as Error).message})`, {}));
      return part.value;
    }
  });
  return values.length === 1 ? values[0] : values;
}

function decodeTextField(
  doc: SpecDocument,
  propSchema: unknown,
  texts: TextPart[],
  path: string,
  errors: ValidationErrorDetail[],
): unknown {
  const types = propSchema === undefined ? new Set<JsonType>() : possibleTypes(doc, propSchema);
  const itemSchema = arrayItemSchemas(doc, propSchema)[0];
  const isScalarArray =
    types.has("array") &&
    itemSchema !== undefined &&
    [...possibleTypes(doc, itemSchema)].every((t) => SCALARS.has(t));

  if (texts.length > 1) {
    // A field repeated on the wire is an array (the usual form encoding of array fields).
    return texts.map((part, i) =>
      decodeScalar(doc, itemSchema ?? propSchema, part.value, `${path}/${i}`, errors),
    );
  }
  const text = texts[0]?.value ?? "";
  if (isScalarArray && ![...types].some((t) => SCALARS.has(t))) {
    const trimmed = text.trim();
    if (trimmed.startsWith("[")) {
      try {
        return JSON.parse(trimmed) as unknown;
      } catch {
        // Not JSON after all: one element.
      }
    }
    return [decodeScalar(doc, itemSchema, text, `${path}/0`, errors)];
  }
  return decodeScalar(doc, propSchema, text, path, errors);
}

/**
 * One text value by the types its schema allows. Text that fits none of them is kept as is, so
 * that validation reports the mismatch ("must be number") at the field's path.
 */
function decodeScalar(
  doc: SpecDocument,
  schema: unknown,
  text: string,
  path: string,
  errors: ValidationErrorDetail[],
): unknown {
  if (schema === undefined) return text;
  const types = possibleTypes(doc, schema);
  if (types.size === 0) return text;
  const trimmed = text.trim();
  const structured = types.has("object") || types.has("array");
  if (structured && (trimmed.startsWith("{") || trimmed.startsWith("["))) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch (error) {
      if (!types.has("string")) {
        errors.push(
          detail(path, "json", `must be valid JSON text (${(error as Error).message})`, {}),
        );
        return text;
      }
    }
  }
  if (types.has("string")) return text;
  if (types.has("null") && trimmed === "null") return null;
  if ((types.has("number") || types.has("integer")) && trimmed !== "") {
    const n = Number(trimmed);
    if (Number.isFinite(n)) return n;
  }
  if (types.has("boolean") && (trimmed === "true" || trimmed === "false"))
    return trimmed === "true";
  if (structured) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      // Reported by validation as a type mismatch.
    }
  }
  return text;
}

/** The schema of a top-level property, looking through $ref and allOf. */
function propertySchema(doc: SpecDocument, schema: JsonObject, name: string, depth = 0): unknown {
  if (depth > 8) return undefined;
  if (isObject(schema.properties) && name in schema.properties) return schema.properties[name];
  for (const list of [schema.allOf, schema.oneOf, schema.anyOf]) {
    if (!Array.isArray(list)) continue;
    for (const part of list) {
      const found = propertySchema(doc, doc.schema(part), name, depth + 1);
      if (found !== undefined) return found;
    }
  }
  if (isObject(schema.additionalProperties)) return schema.additionalProperties;
  return undefined;
}

/** True when a part's or field's declared type (possibly a list) is JSON. */
function declaresJson(value: unknown): boolean {
  return parseMediaTypeList(value)?.some(isJsonMediaType) ?? false;
}

function placeholder(part: FormPart): string {
  return part.kind === "file" ? `<file ${part.filename ?? ""} ${part.size} bytes>` : part.value;
}

function detail(
  instancePath: string,
  keyword: string,
  message: string,
  params: Record<string, unknown>,
): ValidationErrorDetail {
  return { location: "body", instancePath, schemaPath: "", keyword, params, message };
}

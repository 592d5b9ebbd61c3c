import { isObject, type JsonObject, type SpecDocument } from "./document.js";
import { bodyError } from "./body-error.js";
import { checkFilePart } from "./file-checks.js";
import { readStyledFields } from "./form-styles.js";
import { isJsonMediaType, parseMediaTypeList } from "./media-type.js";
import type { FilePart, FormPart, TextPart } from "./multipart.js";
import {
  arrayItemSchemas,
  fileShape,
  possibleTypes,
  propertySchema,
  type JsonType,
} from "./schema-info.js";
import { decodeScalar } from "./text-value.js";
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
export function decodeForm(
  doc: SpecDocument,
  media: JsonObject,
  parts: FormPart[],
  urlencoded = false,
): DecodedForm {
  const result: DecodedForm = { body: {}, forValidation: {}, errors: [] };
  const schema = doc.schema(media.schema);
  const encoding = isObject(media.encoding) ? media.encoding : {};

  let rest = parts;
  if (urlencoded) {
    // Only urlencoded fields follow an encoding's `style` (OpenAPI § "Encoding Object").
    const styled = readStyledFields(doc, schema, encoding, parts, result.errors);
    for (const [name, value] of styled.values) {
      result.body[name] = value;
      result.forValidation[name] = value;
    }
    rest = styled.rest;
  }

  const byName = new Map<string, FormPart[]>();
  for (const part of rest) {
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
          result.errors.push(bodyError(at, "filename", "must be a file part with a filename", {}));
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
        result.errors.push(bodyError(path, "type", "must be a text part, not a file", {}));
      }
      const placeholders = group.map(placeholder);
      result.forValidation[name] = placeholders.length > 1 ? placeholders : placeholders[0];
      continue;
    }

    const texts = group as TextPart[];
    for (const [i, part] of texts.entries()) {
      if (part.truncated) {
        const at = texts.length > 1 ? `${path}/${i}` : path;
        result.errors.push(bodyError(at, "maxLength", "text part is too large", {}));
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
      errors.push(
        bodyError(at, "json", `must be valid JSON text (${(error as Error).message})`, {}),
      );
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

/** True when a part's or field's declared type (possibly a list) is JSON. */
function declaresJson(value: unknown): boolean {
  return parseMediaTypeList(value)?.some(isJsonMediaType) ?? false;
}

function placeholder(part: FormPart): string {
  return part.kind === "file" ? `<file ${part.filename ?? ""} ${part.size} bytes>` : part.value;
}

import { isObject, type JsonObject, type SpecDocument } from "./document.js";
import { bodyError } from "./body-error.js";
import { checkFilePart } from "./file-checks.js";
import { readStyledFields } from "./form-styles.js";
import { setOwn } from "./styles.js";
import { isJsonMediaType, parseMediaTypeList } from "./media-type.js";
import type { FilePart, FormPart, TextPart } from "./multipart.js";
import {
  arrayItemSchemas,
  fileShape,
  jsonTypeOf,
  possibleTypes,
  propertySchema,
  textTypes,
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

/**
 * Turns form parts (multipart or urlencoded) into the JSON value the request schema describes.
 * On the wire every text part is a string; the schema and `encoding` say what it stands for.
 */
export function decodeForm(
  doc: SpecDocument,
  media: JsonObject,
  parts: FormPart[],
  multipart = false,
): DecodedForm {
  const result: DecodedForm = { body: {}, forValidation: {}, errors: [] };
  const schema = doc.schema(media.schema);
  const encoding = isObject(media.encoding) ? media.encoding : {};

  // Fields an encoding gives a `style`: urlencoded ones, and multipart ones as OpenAPI 3.1 says
  // (§ "Encoding Object"; 3.0 says to ignore it there, but Stripe's 3.0 spec means it for
  // `file_link_data[create]`), as the SDK writes them: in a 3.0 spec, a multipart field whose
  // encoding also names a `contentType` is read by that (Ideogram's JSON `image_request`).
  const styled = readStyledFields(doc, schema, encoding, parts, result.errors, multipart);
  for (const [name, value] of styled.values) {
    setOwn(result.body, name, value);
    setOwn(result.forValidation, name, value);
  }
  const rest = styled.rest;

  const byName = new Map<string, FormPart[]>();
  for (const part of rest) {
    const list = byName.get(part.name);
    if (list) list.push(part);
    else byName.set(part.name, [part]);
  }

  for (const [name, group] of byName) {
    const propSchema = propertySchema(doc, schema, name);
    // Field names come from the request: only the encoding's own entries are read, and fields are
    // set as own properties (a part named `__proto__` is a field, not the body's prototype).
    const fieldEncoding =
      Object.hasOwn(encoding, name) && isObject(encoding[name]) ? encoding[name] : {};
    const declaredType = fieldEncoding.contentType;
    const path = "/" + name.replace(/~/g, "~0").replace(/\//g, "~1");
    const shape = propSchema === undefined ? undefined : fileShape(doc, propSchema);

    if (shape) {
      const allowed =
        parseMediaTypeList(declaredType) ?? parseMediaTypeList(shape.mediaTypes.join(","));
      const many = group.length > 1 || !shape.single;
      // A file is required only where every branch is one: a field that is "a file or an
      // object" (OpenAI's `video`) takes a text part too, for what its other branches allow.
      const text = textTypes(doc, propSchema);
      const values = group.map((part, i) => {
        const at = many ? `${path}/${i}` : path;
        if (part.kind === "file") {
          result.errors.push(...checkFilePart(part, at, { allowed, maxBytes: shape.maxBytes }));
          return placeholder(part);
        }
        if (text === undefined) {
          result.errors.push(bodyError(at, "filename", "must be a file part with a filename", {}));
          return placeholder(part);
        }
        return decodeTextPart(doc, propSchema, text, part, declaredType, at, result.errors);
      });
      setOwn(result.forValidation, name, many ? values : values[0]);
      if (group.every((part) => part.kind === "text"))
        setOwn(result.body, name, many ? values : values[0]);
      continue;
    }

    const files = group.filter((p): p is FilePart => p.kind === "file");
    if (files.length > 0) {
      if (propSchema !== undefined) {
        result.errors.push(bodyError(path, "type", "must be a text part, not a file", {}));
      }
      const placeholders = group.map(placeholder);
      setOwn(result.forValidation, name, placeholders.length > 1 ? placeholders : placeholders[0]);
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
    setOwn(result.body, name, value);
    setOwn(result.forValidation, name, value);
  }
  return result;
}

/**
 * A text part of a field that may also be a file: JSON text when its type or the field's
 * `encoding` says JSON, else by the types of the field's branches that are no file (JSON text
 * for an object or array). A value of none of those types is refused here: schema validation
 * would take any string for the file branch.
 */
function decodeTextPart(
  doc: SpecDocument,
  propSchema: unknown,
  types: Set<JsonType>,
  part: TextPart,
  declaredType: unknown,
  at: string,
  errors: ValidationErrorDetail[],
): unknown {
  if (part.truncated) errors.push(bodyError(at, "maxLength", "text part is too large", {}));
  const before = errors.length;
  const value =
    declaresJson(declaredType) || declaresJson(part.contentType)
      ? decodeJsonField([part], at, errors)
      : decodeScalar(
          doc,
          types.size > 0 ? { type: [...types] } : propSchema,
          part.value,
          at,
          errors,
        );
  if (errors.length > before || types.size === 0) return value;
  const type = jsonTypeOf(value);
  const fits = types.has(type) || (type === "integer" && types.has("number"));
  if (!fits)
    errors.push(
      bodyError(
        at,
        "type",
        `must be a file part with a filename, or ${[...types].join(" or ")} text`,
        {},
      ),
    );
  return value;
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
  // An array (or a nullable one) and nothing else: each item is a field or part of its own
  // (RFC 7578 § 4.3; `form` with `explode`, § 4.8.12.4), so one item comes as one.
  const arrayOnly =
    types.has("array") &&
    itemSchema !== undefined &&
    [...types].every((t) => t === "array" || t === "null");

  if (texts.length > 1) {
    // A field repeated on the wire is an array (the usual form encoding of array fields).
    return texts.map((part, i) =>
      decodeScalar(doc, itemSchema ?? propSchema, part.value, `${path}/${i}`, errors),
    );
  }
  const text = texts[0]?.value ?? "";
  if (arrayOnly) {
    const trimmed = text.trim();
    if (types.has("null") && trimmed === "null") return null;
    if (trimmed.startsWith("[")) {
      try {
        const whole = JSON.parse(trimmed) as unknown;
        if (Array.isArray(whole)) return whole; // the whole array as one JSON text
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

/** How a file part stands in the value a multipart body is validated as: `<file name N bytes>`. */
export const FILE_PLACEHOLDER = "<file ";

function placeholder(part: FormPart): string {
  return part.kind === "file"
    ? `${FILE_PLACEHOLDER}${part.filename ?? ""} ${part.size} bytes>`
    : part.value;
}

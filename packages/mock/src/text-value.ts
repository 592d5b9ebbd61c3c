import type { SpecDocument } from "./document.js";
import { possibleTypes } from "./schema-info.js";
import type { ValidationErrorDetail } from "./types.js";
import { bodyError } from "./body-error.js";

/**
 * One text value by the types its schema allows. Text that fits none of them is kept as is, so
 * that validation reports the mismatch ("must be number") at the field's path. `json: false`
 * (a field in a style such as deepObject) takes no JSON text for an object or array.
 */
export function decodeScalar(
  doc: SpecDocument,
  schema: unknown,
  text: string,
  path: string,
  errors: ValidationErrorDetail[],
  json = true,
): unknown {
  if (schema === undefined) return text;
  const types = possibleTypes(doc, schema);
  if (types.size === 0) return text;
  const trimmed = text.trim();
  const structured = json && (types.has("object") || types.has("array"));
  if (structured && (trimmed.startsWith("{") || trimmed.startsWith("["))) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch (error) {
      if (!types.has("string")) {
        errors.push(
          bodyError(path, "json", `must be valid JSON text (${(error as Error).message})`, {}),
        );
        return text;
      }
    }
  }
  if (types.has("string") && takesAsString(doc, schema, text)) return text;
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

/**
 * Whether some string the schema allows is this text, as far as enums and consts tell: a field
 * of `anyOf: [boolean, enum of model names]` sent as "false" is the boolean, not a string no
 * enum lists. Any string branch without an enum or const takes every text.
 */
function takesAsString(doc: SpecDocument, node: unknown, text: string, depth = 0): boolean {
  const schema = doc.schema(node);
  if (depth > 32) return true;
  const branches = [schema.oneOf, schema.anyOf].filter(Array.isArray).flat() as unknown[];
  if (branches.length) return branches.some((b) => takesAsString(doc, b, text, depth + 1));
  if (!possibleTypes(doc, schema).has("string")) return false;
  if ("const" in schema) return schema.const === text;
  if (Array.isArray(schema.enum)) return schema.enum.includes(text);
  return true;
}

import type { ValidationErrorDetail } from "./types.js";

/** A problem with the body that JSON Schema cannot see (a file's bytes, JSON text in a field). */
export function bodyError(
  instancePath: string,
  keyword: string,
  message: string,
  params: Record<string, unknown> = {},
): ValidationErrorDetail {
  return { location: "body", instancePath, schemaPath: "", keyword, params, message };
}

import { isObject, type JsonObject } from "../document.js";

/** JSON Schema's keywords a schema given as a value holds beside `type` (2020-12, Draft 7). */
const KEYWORDS = new Set([
  "properties",
  "items",
  "required",
  "additionalProperties",
  "enum",
  "$schema",
  "$ref",
  "$defs",
  "definitions",
  "oneOf",
  "anyOf",
  "allOf",
]);

/**
 * An object whose declared fields are JSON Schema's keywords (Exa's `outputSchema: { properties:
 * { type, properties, required, description, additionalProperties } }`, "a JSON Schema Draft 7
 * specification") is a JSON Schema the caller writes, which takes every other keyword too
 * (`$schema`, `title`, `items`…): open, where none is said. Read closed, as the SDK reads an
 * object that lists its fields, every schema zod or pydantic writes was refused before sending
 * ("outputSchema.$schema is not a known field", probe85). Only with `type` and two more.
 */
export function openJsonSchemaValues(schema: JsonObject): void {
  if (!isObject(schema.properties) || schema.additionalProperties !== undefined) return;
  const names = Object.keys(schema.properties);
  if (!names.includes("type") || names.filter((name) => KEYWORDS.has(name)).length < 2) return;
  schema.additionalProperties = true;
}

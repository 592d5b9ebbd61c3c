// How walks over an OpenAPI document or a schema tell keywords from names and from data. Shared
// by the 3.0 → 2020-12 rewrite (normalize.ts), the discriminator rewrite (discriminator-view.ts)
// and the ref rewrite of inline schemas (validate.ts), so that all read a document the same way.
import { isObject, type JsonObject } from "./document.js";

/** Keys whose values are data, not schemas: nothing inside them is rewritten. */
export const DATA_KEYWORDS: ReadonlySet<string> = new Set([
  "example",
  "examples",
  "default",
  "enum",
  "const",
]);

/** Keys whose values map names to schemas or objects: their own keys are names, not keywords. */
export const NAME_MAPS: ReadonlySet<string> = new Set([
  // JSON Schema
  "properties",
  "patternProperties",
  "dependentSchemas",
  "$defs",
  "definitions",
  // OpenAPI
  "schemas",
  "responses",
  "parameters",
  "requestBodies",
  "headers",
  "securitySchemes",
  "paths",
  "content",
  "encoding",
  "mapping",
  "links",
  "callbacks",
  "webhooks",
  "pathItems",
]);

/**
 * Calls `visit` on every schema object under `node` (each once, so a cycle ends), before
 * walking into it: not on the name maps (`properties`, `$defs`, …) whose keys are names, and not
 * into data (`example`, `enum`, …) or extensions. `visit` may rewrite the object it is given.
 */
export function eachSchemaObject(
  node: unknown,
  visit: (schema: JsonObject) => void,
  parentKey?: string,
  seen = new Set<unknown>(),
): void {
  if (Array.isArray(node)) {
    for (const item of node) eachSchemaObject(item, visit, parentKey, seen);
    return;
  }
  if (!isObject(node) || seen.has(node)) return;
  seen.add(node);
  const isNameMap = parentKey !== undefined && NAME_MAPS.has(parentKey);
  if (!isNameMap) visit(node);
  for (const [key, value] of Object.entries(node)) {
    if (!isNameMap && (DATA_KEYWORDS.has(key) || key.startsWith("x-"))) continue;
    eachSchemaObject(value, visit, isNameMap ? undefined : key, seen);
  }
}

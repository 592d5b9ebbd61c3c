// How walks over an OpenAPI document or a schema tell keywords from names and from data. Shared
// by the 3.0 → 2020-12 rewrite (normalize.ts) and the ref rewrite of inline schemas (validate.ts),
// so that both read a document the same way.

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

/**
 * A stable key order for the spec the repo keeps, so that an upstream reshuffle of the document
 * gives no diff: the root's fields in the order the OpenAPI spec lists them, paths sorted, and
 * component names sorted within each component type. Everything else keeps the source's order:
 * the order of an object's properties is the API author's, and the SDK's types follow it.
 */
import { isObject, type JsonObject } from "./spec-file.js";

const ROOT = [
  "openapi",
  "info",
  "jsonSchemaDialect",
  "servers",
  "security",
  "externalDocs",
  "tags",
  "paths",
  "webhooks",
  "components",
];

const COMPONENTS = [
  "schemas",
  "responses",
  "parameters",
  "examples",
  "requestBodies",
  "headers",
  "securitySchemes",
  "links",
  "callbacks",
  "pathItems",
];

/** Known keys first, in the given order; then extensions and unknown keys, sorted. */
function ordered(object: JsonObject, known: readonly string[]): JsonObject {
  const rest = Object.keys(object)
    .filter((k) => !known.includes(k))
    .sort();
  const out: JsonObject = {};
  for (const key of [...known, ...rest]) if (object[key] !== undefined) out[key] = object[key]!;
  return out;
}

function sortedKeys(object: JsonObject): JsonObject {
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .map((k) => [k, object[k]!]),
  );
}

export function canonicalOrder(doc: JsonObject): JsonObject {
  const out = ordered(doc, ROOT);
  if (isObject(out.paths)) out.paths = sortedKeys(out.paths);
  if (isObject(out.webhooks)) out.webhooks = sortedKeys(out.webhooks);
  if (isObject(out.components)) {
    const components = ordered(out.components, COMPONENTS);
    for (const [type, group] of Object.entries(components))
      if (isObject(group) && !type.startsWith("x-")) components[type] = sortedKeys(group);
    out.components = components;
  }
  return out;
}

import { isObject, type JsonObject } from "./document.js";
import { DATA_KEYWORDS, NAME_MAPS } from "./schema-keys.js";

/**
 * Rewrites the OpenAPI 3.0 schema dialect into JSON Schema 2020-12 in place, so that one ajv
 * (2020 mode) validates both 3.0 and 3.1 documents:
 *   - `nullable: true` becomes a `"null"` type (or an `anyOf` with `{type: "null"}` when there
 *     is no `type`, e.g. next to a `$ref`); 3.1 documents that still carry `nullable` get the
 *     same treatment, which is what their authors meant.
 *   - boolean `exclusiveMinimum`/`exclusiveMaximum` (3.0) become the numeric 2020 form.
 */
export function normalizeDocument(doc: JsonObject): JsonObject {
  visit(doc, undefined);
  return doc;
}

function visit(node: unknown, parentKey: string | undefined): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, parentKey);
    return;
  }
  if (!isObject(node)) return;
  const isNameMap = parentKey !== undefined && NAME_MAPS.has(parentKey);
  if (!isNameMap) {
    rewriteNullable(node);
    rewriteExclusive(node, "exclusiveMinimum", "minimum");
    rewriteExclusive(node, "exclusiveMaximum", "maximum");
  }
  for (const [key, value] of Object.entries(node)) {
    if (!isNameMap && (DATA_KEYWORDS.has(key) || key.startsWith("x-"))) continue;
    visit(value, isNameMap ? undefined : key);
  }
}

function rewriteNullable(node: JsonObject): void {
  if (!("nullable" in node) || typeof node.nullable !== "boolean") return;
  const nullable = node.nullable;
  delete node.nullable;
  if (!nullable) return;
  if (typeof node.type === "string") {
    node.type = [node.type, "null"];
  } else if (Array.isArray(node.type)) {
    if (!node.type.includes("null")) node.type = [...node.type, "null"];
  } else {
    const { description, title, example, default: dflt, readOnly, writeOnly, ...rest } = node;
    for (const key of Object.keys(node)) delete node[key];
    Object.assign(
      node,
      stripUndefined({ description, title, example, default: dflt, readOnly, writeOnly }),
    );
    node.anyOf = [rest, { type: "null" }];
    return;
  }
  if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null];
}

function rewriteExclusive(node: JsonObject, key: string, bound: string): void {
  const flag = node[key];
  if (typeof flag !== "boolean") return;
  delete node[key];
  if (flag && typeof node[bound] === "number") {
    node[key] = node[bound];
    delete node[bound];
  }
}

function stripUndefined(obj: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}

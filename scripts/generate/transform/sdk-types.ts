import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { isObject, type Document, type Json, type JsonObject } from "../document.js";
import { propertyNames } from "../names.js";

/**
 * TypeScript types of the API as the SDK speaks it: the same document with every property
 * renamed to its camelCase SDK name (the names the runtime tables map to and from), run
 * through openapi-typescript. Free-form maps keep their keys; a binary field is a `FileInput`.
 */
export async function sdkTypes(doc: Document): Promise<string> {
  const renamed = renameProperties(structuredClone(doc));
  const ast = await openapiTS(renamed as never, {
    transform(schema) {
      if (schema.format === "binary") return ts.factory.createTypeReferenceNode("FileInput");
      return undefined;
    },
  });
  return `import type { FileInput } from "./contract.js";\n\n${astToString(ast)}`;
}

const SUBSCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;
const SUBSCHEMAS = ["items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames"] as const;
const SUBSCHEMA_MAPS = ["$defs", "definitions", "patternProperties", "dependentSchemas"] as const;

/** Renames properties in every schema of the document, wherever it sits. */
function renameProperties(doc: Document): Document {
  const seen = new Set<JsonObject>();
  const schema = (s: Json | undefined): void => {
    if (!isObject(s) || seen.has(s)) return;
    seen.add(s);
    if (isObject(s.properties)) {
      const names = propertyNames(Object.keys(s.properties));
      const renamedProps: JsonObject = {};
      for (const [wire, sub] of Object.entries(s.properties)) {
        schema(sub);
        renamedProps[names.get(wire)!] = sub;
      }
      s.properties = renamedProps;
      if (Array.isArray(s.required)) s.required = s.required.map((r) => (typeof r === "string" ? (names.get(r) ?? r) : r));
      if (isObject(s.discriminator) && typeof s.discriminator.propertyName === "string") {
        s.discriminator.propertyName = names.get(s.discriminator.propertyName) ?? s.discriminator.propertyName;
      }
    }
    for (const key of SUBSCHEMA_LISTS) if (Array.isArray(s[key])) (s[key] as Json[]).forEach(schema);
    for (const key of SUBSCHEMAS) schema(s[key]);
    for (const key of SUBSCHEMA_MAPS) if (isObject(s[key])) Object.values(s[key] as JsonObject).forEach(schema);
  };
  const content = (c: Json | undefined) => {
    if (isObject(c)) for (const media of Object.values(c)) if (isObject(media)) schema(media.schema);
  };
  const components = isObject(doc.components) ? doc.components : {};
  for (const s of Object.values(isObject(components.schemas) ? components.schemas : {})) schema(s);
  for (const group of ["requestBodies", "responses", "parameters", "headers"] as const) {
    for (const item of Object.values(isObject(components[group]) ? (components[group] as JsonObject) : {})) {
      if (isObject(item)) {
        content(item.content);
        schema(item.schema);
      }
    }
  }
  for (const pathItem of Object.values(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(pathItem)) continue;
    for (const op of Object.values(pathItem)) {
      if (!isObject(op)) continue;
      if (isObject(op.requestBody)) content(op.requestBody.content);
      for (const response of Object.values(isObject(op.responses) ? op.responses : {})) {
        if (isObject(response)) content(response.content);
      }
    }
  }
  return doc;
}

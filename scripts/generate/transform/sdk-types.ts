import {
  holdsData,
  deref,
  eachObject,
  escapeSegment,
  followRef,
  isObject,
  pointerKeys,
  type Document,
  type Json,
  type JsonObject,
} from "../document.js";
import { propertyNames } from "../names.js";
import { openapiTypes } from "./openapi-types.js";

/**
 * TypeScript types of the API as the SDK speaks it: the same document with every property
 * renamed to its camelCase SDK name (the names the runtime tables map to and from), run
 * through openapi-typescript. Free-form maps keep their keys; a binary field is a `FileInput`,
 * a binary answer a `ByteStream`; a `date-time` is a `Date`.
 */
export function sdkTypes(doc: Document): string {
  const renamed = repointRefs(doc, renameProperties(documentReferences(structuredClone(doc))));
  const types = openapiTypes(renamed, "FileInput", {
    dates: true,
    optionalTakesUndefined: true,
    byteStream: "ByteStream",
    // (`paths.ts`, made from the same document, has warned of its faults already.)
    silent: true,
  });
  return `import type { ByteStream, FileInput } from "./contract.js";\n\n${types}`;
}

/**
 * A property that is only a `$ref` (`contact: { $ref: PublicContact }`) gets the referenced
 * schema's `description` and `deprecated` beside it, so its doc comment says what the schema
 * does and an editor strikes a deprecated one through: openapi-typescript documents a property
 * by what is written on it, and writes nothing for a bare `$ref`. (In this copy only, which is
 * typed and never read as a spec.)
 */
function documentReferences(doc: Document): Document {
  eachObject(doc, (at) => {
    if (!isObject(at.properties)) return;
    for (const property of Object.values(at.properties)) {
      if (!isObject(property) || typeof property.$ref !== "string") continue;
      if (Object.keys(property).length !== 1) continue;
      let target: Json;
      try {
        target = followRef(doc, property.$ref);
      } catch {
        continue;
      }
      if (!isObject(target)) continue;
      if (typeof target.description === "string") property.description = target.description;
      if (target.deprecated === true) property.deprecated = true;
    }
  });
  return doc;
}

const SUBSCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;
const SUBSCHEMAS = [
  "items",
  "additionalProperties",
  "unevaluatedProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
] as const;
const SUBSCHEMA_MAPS = ["$defs", "definitions", "patternProperties", "dependentSchemas"] as const;

/**
 * Renames properties in every schema of the document (a copy), wherever it sits. A
 * discriminator's `propertyName` takes the name its branches give the tag: openapi-typescript
 * writes the tag into each branch under that name (§ 4.8.25), and the runtime reads it there.
 */
function renameProperties(doc: Document): Document {
  const seen = new Set<JsonObject>();
  const wireNames = new WeakMap<JsonObject, string[]>();
  const schema = (s: Json | undefined): void => {
    if (!isObject(s) || seen.has(s)) return;
    seen.add(s);
    if (isObject(s.properties)) {
      wireNames.set(s, Object.keys(s.properties));
      const names = propertyNames(Object.keys(s.properties));
      Object.values(s.properties).forEach(schema);
      // `fromEntries` defines keys: a property named `__proto__` stays a property.
      s.properties = Object.fromEntries(
        Object.entries(s.properties).map(([wire, sub]) => [names.get(wire)!, sub]),
      );
      if (Array.isArray(s.required))
        s.required = s.required.map((r) => (typeof r === "string" ? (names.get(r) ?? r) : r));
    }
    if (isObject(s.discriminator) && typeof s.discriminator.propertyName === "string") {
      s.discriminator.propertyName = tagName(doc, wireNames, s, s.discriminator.propertyName);
    }
    for (const key of SUBSCHEMA_LISTS)
      if (Array.isArray(s[key])) (s[key] as Json[]).forEach(schema);
    for (const key of SUBSCHEMAS) schema(s[key]);
    for (const key of SUBSCHEMA_MAPS)
      if (isObject(s[key])) Object.values(s[key] as JsonObject).forEach(schema);
  };
  const content = (c: Json | undefined) => {
    if (isObject(c))
      for (const media of Object.values(c)) if (isObject(media)) schema(media.schema);
  };
  const components = isObject(doc.components) ? doc.components : {};
  for (const s of Object.values(isObject(components.schemas) ? components.schemas : {})) schema(s);
  for (const group of ["requestBodies", "responses", "parameters", "headers"] as const) {
    for (const item of Object.values(
      isObject(components[group]) ? (components[group] as JsonObject) : {},
    )) {
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

/**
 * The SDK name of a discriminator's tag: the one all branches that declare it agree on (each
 * object names its own properties, see `propertyNames`), else the union's own, else the wire's.
 */
function tagName(
  doc: Document,
  wireNames: WeakMap<JsonObject, string[]>,
  union: JsonObject,
  wire: string,
): string {
  const found = new Set<string>();
  const visit = (schema: Json | undefined, seen: Set<Json>): void => {
    const s = deref(doc, schema);
    if (!isObject(s) || seen.has(s)) return;
    seen.add(s);
    const keys = wireNames.get(s) ?? (isObject(s.properties) ? Object.keys(s.properties) : []);
    if (keys.includes(wire)) found.add(propertyNames(keys).get(wire)!);
    for (const part of Array.isArray(s.allOf) ? s.allOf : []) visit(part, seen);
  };
  for (const key of ["oneOf", "anyOf"] as const) {
    for (const branch of Array.isArray(union[key]) ? (union[key] as Json[]) : [])
      visit(branch, new Set());
  }
  if (found.size === 0) visit(union, new Set()); // `allOf` inheritance: the tag is the base's own
  return found.size === 1 ? [...found][0]! : wire;
}

/**
 * `$ref`s that point into a schema's properties (PagerDuty's `#/components/schemas/Action/allOf/
 * 1/properties/last_run_by/oneOf/1`) follow the properties' new names: the renamed document has
 * `lastRunBy` there. Each pointer is walked in the original document, which knows every map's
 * wire names, and written with the SDK's.
 */
function repointRefs(original: Document, renamed: Document): Document {
  const walk = (node: Json | undefined, nodeKey?: string): void => {
    if (Array.isArray(node)) return node.forEach((item) => walk(item, nodeKey));
    if (!isObject(node)) return;
    if (typeof node.$ref === "string" && node.$ref.includes("/properties/"))
      node.$ref = renamedPointer(original, node.$ref);
    for (const [key, value] of Object.entries(node)) if (!holdsData(key, nodeKey)) walk(value, key);
  };
  walk(renamed);
  return renamed;
}

/**
 * `ref` with each property name it goes through (the key after a `properties` keyword) as the
 * renamed document spells it: the original's name map at that point, read with `followRef`
 * (which also goes on through a `$ref` the pointer runs into). A pointer that does not resolve
 * stays as it was.
 */
function renamedPointer(doc: Document, ref: string): string {
  if (!ref.startsWith("#/")) return ref;
  const keys = pointerKeys(ref);
  const out = [...keys];
  for (let i = 0; i + 1 < keys.length; i++) {
    if (keys[i] !== "properties") continue;
    let map: Json;
    try {
      map = followRef(
        doc,
        `#/${keys
          .slice(0, i + 1)
          .map(escapeSegment)
          .join("/")}`,
      );
    } catch {
      return ref;
    }
    if (isObject(map))
      out[i + 1] = propertyNames(Object.keys(map)).get(keys[i + 1]!) ?? keys[i + 1]!;
    i++; // the next key is a property's name, not a keyword
  }
  return `#/${out.map(escapeSegment).join("/")}`;
}

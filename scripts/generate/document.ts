import { readFile } from "node:fs/promises";
import { parse } from "yaml";

/** An OpenAPI 3.0 or 3.1 document, as parsed. The generator reads it and never changes it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export interface Document extends JsonObject {}

export async function loadDocument(path: string): Promise<Document> {
  const text = await readFile(path, "utf8");
  const doc = parse(text, { maxAliasCount: -1 }) as unknown;
  if (!isObject(doc) || typeof doc.openapi !== "string" || !/^3\.[01]\./.test(doc.openapi)) {
    throw new Error(`${path}: not an OpenAPI 3.0 or 3.1 document (no "openapi: 3.x" field)`);
  }
  return doc as Document;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows a local `$ref` (`#/components/...`); anything else is not supported and says so. */
export function followRef(doc: Document, ref: string): Json {
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported, got "${ref}"`);
  let at: Json = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(at) && !Array.isArray(at)) throw new Error(`$ref "${ref}" does not resolve`);
    at = (at as Record<string, Json>)[key] as Json;
    if (at === undefined) throw new Error(`$ref "${ref}" does not resolve`);
  }
  return at;
}

/** Resolves a value that may be a `$ref` object (parameters, request bodies, responses). */
export function deref(doc: Document, value: Json | undefined): Json | undefined {
  const seen = new Set<string>();
  while (isObject(value) && typeof value.$ref === "string") {
    if (seen.has(value.$ref)) throw new Error(`$ref cycle at "${value.$ref}"`);
    seen.add(value.$ref);
    value = followRef(doc, value.$ref);
  }
  return value;
}

export const COMPONENT_SCHEMA = /^#\/components\/schemas\/([^/]+)$/;

export function componentName(ref: string): string | undefined {
  const m = COMPONENT_SCHEMA.exec(ref);
  return m ? decodeURIComponent(m[1]!).replace(/~1/g, "/").replace(/~0/g, "~") : undefined;
}

import { bundle, createConfig, parseYaml } from "@redocly/openapi-core";
import { readFile } from "node:fs/promises";

/** An OpenAPI 3.0 or 3.1 document, as parsed. The generator reads it and never changes it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export interface Document extends JsonObject {}

/**
 * Reads a spec (YAML or JSON) with the YAML reader Redocly's linter and openapi-typescript use
 * (js-yaml, JSON schema: no timestamps), so `spec:lint` and the generator read the same values;
 * it is also several times faster than `yaml` on a 2 MB spec.
 */
export async function loadDocument(path: string): Promise<Document> {
  const parsed = parseYaml(await readFile(path, "utf8")) as unknown;
  const split = isObject(parsed) && findRef(parsed, (ref) => !ref.startsWith("#")) !== undefined;
  return checkDocument(split ? await bundleFiles(path) : parsed, path);
}

/**
 * A spec split over files (`$ref: ./schemas/pet.yaml`), made one document by Redocly's bundler,
 * as `redocly bundle` would: what another file holds becomes a component (`#/components/schemas/
 * pet`), named after the file or its key there. Only for such specs: one file is read as it is.
 */
async function bundleFiles(path: string): Promise<unknown> {
  const { bundle: bundled, problems } = await bundle({ ref: path, config: await createConfig({}) });
  // A discriminator mapping value that points nowhere maps nothing (see `discriminator` in
  // schema-nodes.ts): it does not stop the bundle.
  const errors = problems.filter(
    (p) =>
      p.severity === "error" && !/\/discriminator\/mapping\//.test(p.location[0]?.pointer ?? ""),
  );
  if (errors.length)
    throw new Error(
      `${path}: its $refs to other files could not be followed:\n  ${errors
        .map((p) => `${p.message}${p.location[0] ? ` (${p.location[0].pointer})` : ""}`)
        .join("\n  ")}`,
    );
  return bundled.parsed;
}

/**
 * What the generator relies on: an `openapi: 3.0.x | 3.1.x` root and only local `$ref`s.
 * openapi-typescript is run without its bundler (see `transform/openapi-types.ts`), and the
 * runtime tables follow refs within the document, so a `$ref` to another file that bundling
 * left (a URL, say) is refused here.
 */
export function checkDocument(doc: unknown, source: string): Document {
  if (isObject(doc) && doc.openapi === undefined && doc.swagger !== undefined)
    throw new Error(
      `${source}: swagger: ${JSON.stringify(doc.swagger)} is a Swagger (OpenAPI 2) document, which ` +
        `this generator does not read: convert it to OpenAPI 3 first (e.g. \`npx swagger2openapi\`)`,
    );
  if (!isObject(doc) || doc.openapi === undefined)
    throw new Error(`${source}: not an OpenAPI 3.0 or 3.1 document (no "openapi" field)`);
  if (typeof doc.openapi !== "string" || !/^3\.[01]\./.test(doc.openapi))
    throw new Error(
      `${source}: openapi: ${JSON.stringify(doc.openapi)} is not a version this generator reads: ` +
        `it reads 3.0.x and 3.1.x, written with their patch (e.g. "3.0.3", "3.1.0")`,
    );
  const external = findRef(doc, (ref) => !ref.startsWith("#"), true);
  if (external) throw new Error(`${source}: only local $refs are supported, got "${external}"`);
  return doc as Document;
}

/**
 * The first `$ref` string the predicate accepts, anywhere in the value; with `readOnly`, only
 * where the generator reads: not inside specification extensions (`x-speakeasy-globals`, which
 * bundlers leave as they are) or data (`example`, `default`, …), where a `$ref` key means nothing.
 */
function findRef(
  value: Json,
  accept: (ref: string) => boolean,
  readOnly = false,
): string | undefined {
  let found: string | undefined;
  eachObject(
    value,
    (at) => {
      if (typeof at.$ref === "string" && accept(at.$ref)) found = at.$ref;
      return found !== undefined;
    },
    readOnly ? (key, parentKey) => key.startsWith("x-") || holdsData(key, parentKey) : undefined,
  );
  return found;
}

/**
 * Calls `visit` on every object under `root` (arrays are walked, not visited), each once, so
 * that a value shared or holding itself is visited once; after `visit`, so that it may rewrite
 * the object's children first. Not into the values of the keys `skip` names. `visit` returning
 * `true` stops the walk.
 */
export function eachObject(
  root: Json,
  visit: (object: JsonObject) => boolean | void,
  /** Keys not to walk into; `parentKey` is the key the object holding `key` is under. */
  skip?: (key: string, parentKey: string | undefined) => boolean,
): void {
  const stack: [Json, string | undefined][] = [[root, undefined]];
  const seen = new Set<Json>();
  while (stack.length) {
    const [at, atKey] = stack.pop()!;
    if (typeof at !== "object" || at === null || seen.has(at)) continue;
    seen.add(at);
    if (Array.isArray(at)) {
      stack.push(...at.map((item): [Json, string | undefined] => [item, atKey]));
      continue;
    }
    if (visit(at) === true) return;
    for (const [key, child] of Object.entries(at))
      if (!skip?.(key, atKey)) stack.push([child, key]);
  }
}

/**
 * Calls `visit` on every object below `root` with its JSON Pointer (`#/components/…`), each once,
 * in the document's order, before the objects inside it; not into data (`holdsData`: an
 * `example`, an `enum`; a property named so is walked). For warnings that name where a fault is.
 */
export function eachObjectAt(
  root: Json,
  visit: (object: JsonObject, pointer: string) => void,
): void {
  const seen = new Set<Json>();
  const walk = (at: Json, pointer: string, atKey?: string): void => {
    if (typeof at !== "object" || at === null || seen.has(at)) return;
    seen.add(at);
    if (Array.isArray(at)) return at.forEach((item, i) => walk(item, `${pointer}/${i}`));
    visit(at, pointer);
    for (const [key, value] of Object.entries(at))
      if (!holdsData(key, atKey)) walk(value, `${pointer}/${escapeSegment(key)}`, key);
  };
  walk(root, "#");
}

/**
 * Calls `visit` on every schema object below `root`, each once, after the schemas inside it (so
 * that it may rely on, or rewrite, what they hold). Keys that map names to schemas
 * (`NAME_MAPS`) are walked through but are no schemas themselves: a property named `if` is not a
 * condition. Data (`DATA_KEYWORDS`) and extensions (`x-…`, whose `$ref`s may point anywhere,
 * since bundlers leave them alone) are not walked into.
 */
export function eachSchema(root: Json, visit: (schema: JsonObject) => void): void {
  const seen = new Set<Json>();
  const walk = (node: Json | undefined, map = false, nodeKey?: string): void => {
    if (typeof node !== "object" || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach((item) => walk(item, false, nodeKey));
    for (const [key, value] of Object.entries(node))
      if (map || !(holdsData(key, nodeKey) || key.startsWith("x-")))
        walk(value, !map && NAME_MAPS.has(key), key);
    if (!map) visit(node);
  };
  walk(root);
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Follows a local `$ref` (`#/components/...`), a JSON Pointer (RFC 6901) into the document. A
 * pointer that runs on through a `$ref` object (PagerDuty's `#/components/schemas/Template/allOf/
 * 1/properties/created_by/oneOf/1`, where `created_by` is a `$ref`) goes on in its target, as
 * json-schema-ref-parser and Redocly read such pointers.
 */
export function followRef(doc: Document, ref: string): Json {
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported, got "${ref}"`);
  let at: Json = doc;
  const hops = new Set<string>();
  for (const key of pointerKeys(ref)) {
    while (
      isObject(at) &&
      !Object.hasOwn(at, key) &&
      typeof at.$ref === "string" &&
      at.$ref.startsWith("#/") &&
      !hops.has(at.$ref)
    ) {
      hops.add(at.$ref);
      at = followRef(doc, at.$ref);
    }
    if (!isObject(at) && !Array.isArray(at)) throw new Error(`$ref "${ref}" does not resolve`);
    const next: Json | undefined = Object.hasOwn(at, key)
      ? (at as Record<string, Json>)[key]
      : undefined;
    if (next === undefined) throw new Error(`$ref "${ref}" does not resolve`);
    at = next;
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

/**
 * Each path item with its template, in the document's order: one written as a `$ref` (3.1's
 * `components/pathItems`) as what it points at, as operations are collected; one that leads
 * nowhere is left out (collecting reports it).
 */
export function pathItems(doc: Document): [string, JsonObject][] {
  return Object.entries(isObject(doc.paths) ? doc.paths : {}).flatMap(([path, written]) => {
    try {
      const item = deref(doc, written);
      return isObject(item) ? [[path, item] as [string, JsonObject]] : [];
    } catch {
      return [];
    }
  });
}

export const COMPONENT_SCHEMA = /^#\/components\/schemas\/([^/]+)$/;

export function componentName(ref: string): string | undefined {
  const m = COMPONENT_SCHEMA.exec(ref);
  return m ? unescapeSegment(m[1]!) : undefined;
}

/** The `$ref` of the component schema `name`: the name as one JSON-pointer segment (RFC 6901). */
export function componentRef(name: string): string {
  return `#/components/schemas/${escapeSegment(name)}`;
}

/** A key as one JSON-pointer segment (RFC 6901): `~` and `/` escaped. */
export function escapeSegment(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The key one segment of a `$ref` names (percent-decoded, as a URI fragment is, then RFC 6901). */
export function unescapeSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~");
}

/** The keys a local `$ref` (`#/a/b~1c`) goes through, in order: `a`, `b/c`. */
export function pointerKeys(ref: string): string[] {
  return ref.slice(2).split("/").map(unescapeSegment);
}

/**
 * Whether the value under `key`, in an object that is itself the value of `parentKey`, is data
 * (`example`, `default`, `enum`, …), which walks over a document's schemas pass by: not a
 * property so named (`properties: { default: {…} }`), nor an operation's `default` answer
 * (`responses: { default: {…} }`), which are schemas and answers like any other. Walks that
 * passed those by left a `$ref` in Stripe's `default` error answers and DigitalOcean's
 * unresolved, and generation stopped.
 */
export function holdsData(key: string, parentKey: string | undefined): boolean {
  return (
    DATA_KEYWORDS.has(key) &&
    !(parentKey !== undefined && (NAME_MAPS.has(parentKey) || parentKey === "responses"))
  );
}

/** Keys whose values are data, not schemas: walks over a document's schemas pass them by. */
export const DATA_KEYWORDS: ReadonlySet<string> = new Set([
  "example",
  "examples",
  "default",
  "enum",
  "const",
]);

/** Keywords whose value maps names to schemas: walks take their keys as names, not keywords. */
const NAME_MAPS: ReadonlySet<string> = new Set([
  "properties",
  "patternProperties",
  "dependentSchemas",
  "$defs",
  "definitions",
  "schemas",
]);

/** The document's component schemas (`components.schemas`), or none. */
export function componentSchemas(doc: Document): JsonObject {
  return isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
}

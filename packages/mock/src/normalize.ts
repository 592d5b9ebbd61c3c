import { isObject, SpecDocument, type JsonObject } from "./document.js";
import { jsonTypeOf, ofDeclaredType } from "./schema-info.js";
import { DATA_KEYWORDS, eachSchemaObject, NAME_MAPS } from "./schema-keys.js";
import { cutUnguardedCycles } from "./unguarded-cycles.js";
import { fernStreams } from "./fern-streaming.js";
import { typeNames } from "./type-names.js";
import { patternOfLiteral } from "./regex-literal-patterns.js";

/**
 * Rewrites the OpenAPI 3.0 schema dialect into JSON Schema 2020-12 in place, so that one ajv
 * (2020 mode) validates both 3.0 and 3.1 documents (after a `content` map written as a `$ref`
 * is put in place, below):
 *   - `nullable: true` becomes a `"null"` type (or an `anyOf` with `{type: "null"}` when there
 *     is no `type`, e.g. next to a `$ref`); 3.1 documents that still carry `nullable` get the
 *     same treatment, which is what their authors meant.
 *   - boolean `exclusiveMinimum`/`exclusiveMaximum` (3.0) become the numeric 2020 form;
 *   - an `allOf` closed by `additionalProperties: false` is closed over all its parts (below);
 *   - a schema that reaches itself without going down a level has that reference cut
 *     (`cutUnguardedCycles`), so that checking a value ends;
 *   - an operation that streams by Fern's `x-fern-streaming` alone has the stream in its
 *     answer's content (`fernStreams`);
 *   - a `type` that is no JSON Schema type name (`bool`, `String`, `file`) is read as meant, or
 *     left out (`typeNames`);
 *   - a `pattern` written as a JavaScript regex literal (`/^…$/`) is that regex's pattern
 *     (`patternOfLiteral`).
 */
export function normalizeDocument(doc: JsonObject): JsonObject {
  const view = new SpecDocument(doc);
  inlineContentRefs(view);
  fernStreams(view);
  typeNames(doc);
  cutUnguardedCycles(view);
  visit(doc, undefined, /^3\.0\./.test(view.openapi));
  eachSchemaObject(doc, (schema) => closeAllOf(view, schema));
  return doc;
}

/**
 * A body's or an answer's whole `content` map written as one `$ref` (Lob's, to its own
 * `components.mediaTypes`): OpenAPI has no such reference, but the intent is plain, and read as
 * written the map had one media type, named `$ref`. The map it points at takes its place, as
 * the SDK's generator reads it.
 */
function inlineContentRefs(view: SpecDocument): void {
  const holders: unknown[] = [];
  for (const written of Object.values(isObject(view.raw.paths) ? view.raw.paths : {})) {
    // A path item may be a `$ref` (to 3.1's `components/pathItems`, say): its target's operations.
    const item = view.deref(written).value;
    for (const op of Object.values(isObject(item) ? item : {}))
      if (isObject(op)) {
        holders.push(op.requestBody);
        holders.push(...Object.values(isObject(op.responses) ? op.responses : {}));
      }
  }
  const components = isObject(view.raw.components) ? view.raw.components : {};
  for (const group of [components.requestBodies, components.responses])
    holders.push(...Object.values(isObject(group) ? group : {}));
  for (const holder of holders) {
    if (!isObject(holder) || !isObject(holder.content)) continue;
    const ref = holder.content.$ref;
    const target = typeof ref === "string" ? view.get(ref) : undefined;
    if (isObject(target)) holder.content = structuredClone(target);
  }
}

/**
 * `additionalProperties: false` on an `allOf` or on its parts, as specs write a closed object
 * made of parts (AssemblyAI's `TranscriptParams`: `allOf: [{ audio_url }, $ref optional params]`,
 * each part closed): read strictly, each part refuses the other's properties, and no request
 * passes. What the author meant, closed over all the parts' properties, is 2020-12's
 * `unevaluatedProperties: false` on the whole: it is written so, and the parts (a copy of a
 * referenced one, which stays closed where it is used alone) are opened.
 */
function closeAllOf(view: SpecDocument, node: JsonObject): void {
  if (!Array.isArray(node.allOf)) return;
  const written: unknown[] = node.allOf;
  const parts = written.map((part) => view.deref(part).value);
  const closed =
    node.additionalProperties === false ||
    parts.some((part) => isObject(part) && part.additionalProperties === false);
  if (!closed) return;
  node.allOf = parts.map((part, i) => {
    if (!isObject(part) || part.additionalProperties !== false) return written[i];
    const { additionalProperties: _closed, ...open } = part;
    const ref = isObject(written[i]) ? written[i].$ref : undefined;
    return typeof ref === "string" ? { $ref: openTwin(view, ref, open) } : open;
  });
  if (node.additionalProperties === false) delete node.additionalProperties;
  node.unevaluatedProperties ??= false;
}

/**
 * A referenced part, opened, as a component of its own (`Event__open`) referred to by `$ref`: an
 * inline copy would share the part's properties, and a part that refers back to itself (an event
 * whose `template` is `allOf: [$ref Event]`) would make a cycle of objects, which ajv cannot
 * compile and a walk cannot finish.
 */
function openTwin(view: SpecDocument, ref: string, open: JsonObject): string {
  const twins = openTwins.get(view.raw) ?? new Map<string, string>();
  openTwins.set(view.raw, twins);
  const known = twins.get(ref);
  if (known) return known;
  const components = isObject(view.raw.components)
    ? view.raw.components
    : (view.raw.components = {});
  const schemas = isObject(components.schemas) ? components.schemas : (components.schemas = {});
  const base = `${(ref.split("/").at(-1) ?? "part").replace(/[^\w.-]/g, "_")}__open`;
  let name = base;
  for (let n = 2; Object.hasOwn(schemas, name); n++) name = `${base}${n}`;
  schemas[name] = open;
  const target = `#/components/schemas/${name}`;
  twins.set(ref, target);
  return target;
}

/** The open twin made for each referenced part, per document. */
const openTwins = new WeakMap<JsonObject, Map<string, string>>();

function visit(node: unknown, parentKey: string | undefined, v30: boolean): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, parentKey, v30);
    return;
  }
  if (!isObject(node)) return;
  const isNameMap = parentKey !== undefined && NAME_MAPS.has(parentKey);
  if (!isNameMap) {
    if (v30) dropRefSiblings(node);
    rewriteEmptyEnum(node);
    rewriteEnumType(node);
    nullTypeBesideUnion(node);
    nullableParts(node);
    rewriteNullable(node);
    rewriteExclusive(node, "exclusiveMinimum", "minimum");
    rewriteExclusive(node, "exclusiveMaximum", "maximum");
    if (typeof node.pattern === "string") {
      const pattern = patternOfLiteral(node.pattern);
      if (pattern === null) delete node.pattern;
      else if (pattern !== undefined) node.pattern = pattern;
    }
  }
  for (const [key, value] of Object.entries(node)) {
    if (!isNameMap && (DATA_KEYWORDS.has(key) || key.startsWith("x-"))) continue;
    visit(value, isNameMap ? undefined : key, v30);
  }
}

/**
 * `enum: []` (how some generators write a `false` schema: nothing is allowed) is valid JSON
 * Schema, but ajv refuses to compile it, and that left every schema reaching it unchecked, and
 * the subschemas ajv had cached on the way broken (500s on later requests). `not: {}` says the
 * same, and compiles.
 */
function rewriteEmptyEnum(node: JsonObject): void {
  if (!Array.isArray(node.enum) || node.enum.length) return;
  delete node.enum;
  node.allOf = [...(Array.isArray(node.allOf) ? node.allOf : []), { not: {} }];
}

/**
 * An `enum` none of whose values is of the schema's `type` (NestJS's `@ApiProperty({ enum })`
 * left at `type: object` over strings): read strictly, nothing is valid. The values are what the
 * API takes, so the type becomes theirs, as the SDK's generator reads it; a `null` listed beside
 * values of the type adds `"null"` to it.
 */
function rewriteEnumType(node: JsonObject): void {
  const { enum: values, type } = node;
  if (!Array.isArray(values) || !values.length || type === undefined) return;
  const declared = [type].flat();
  if (values.some((value) => ofDeclaredType(value, declared))) {
    // A listed `null` beside values of the type (`type: string, enum: [null, info]`) makes it
    // nullable, as the generator reads it.
    if (values.includes(null) && !declared.includes("null")) node.type = [...declared, "null"];
    return;
  }
  const own = [...new Set(values.map(jsonTypeOf))];
  node.type = own.length === 1 ? own[0] : own;
}

/** What may stay beside a `$ref` in a 3.0 document: annotations, and the two readings below. */
const KEPT_BESIDE_REF = new Set([
  "$ref",
  "description",
  "title",
  "summary",
  "example",
  "examples",
  "deprecated",
  "externalDocs",
  "$comment",
  "readOnly",
  "writeOnly",
  "nullable",
]);

/**
 * OpenAPI 3.0 ignores the keywords beside a `$ref` (§ 4.7.24), as the SDK's generator does; ajv
 * would apply them, and refuse what the SDK sends (`"abcd"` under a referenced `maxLength: 5`
 * with a sibling `maxLength: 2`). Two are kept, as the generator reads them: `readOnly` and
 * `writeOnly` mark the property, and `nullable: true` reads "or null", since the APIs that write
 * it send `null` there.
 */
function dropRefSiblings(node: JsonObject): void {
  if (typeof node.$ref !== "string") return;
  for (const key of Object.keys(node))
    if (!KEPT_BESIDE_REF.has(key) && !key.startsWith("x-")) delete node[key];
}

/**
 * `type: "null"` beside a `oneOf` or `anyOf` (Vercel's `aliasAssigned: { oneOf: [number,
 * boolean], type: "null" }`): read strictly, nothing is valid, though the API answers numbers and
 * objects there. Read as the union, or null, as the SDK's generator reads it.
 */
function nullTypeBesideUnion(node: JsonObject): void {
  const onlyNull =
    node.type === "null" ||
    (Array.isArray(node.type) && node.type.length === 1 && node.type[0] === "null");
  if (!onlyNull || (!Array.isArray(node.oneOf) && !Array.isArray(node.anyOf))) return;
  delete node.type;
  node.nullable = true;
}

/**
 * `allOf: [$ref Link, { nullable: true }]` (Box's `shared_link`): a part that says nothing but
 * `nullable` is meant for the whole, as the SDK's generator reads it; `{ nullable: false }` goes.
 */
function nullableParts(node: JsonObject): void {
  const parts = node.allOf;
  if (!Array.isArray(parts)) return;
  const onlyNullable = (part: unknown) =>
    isObject(part) && Object.keys(part).length === 1 && typeof part.nullable === "boolean";
  if (!parts.some(onlyNullable)) return;
  if (parts.some((part) => onlyNullable(part) && (part as JsonObject).nullable))
    node.nullable = true;
  const rest = parts.filter((part) => !onlyNullable(part));
  if (rest.length) node.allOf = rest;
  else delete node.allOf;
}

function rewriteNullable(node: JsonObject): void {
  if (!("nullable" in node) || typeof node.nullable !== "boolean") return;
  const nullable = node.nullable;
  delete node.nullable;
  if (!nullable) return;
  // Beside the parts of a composition (`type: object, nullable: true, allOf: [$ref]`, as Plaid
  // writes it) a "null" type would still be refused by the parts: "this, or null" as a whole.
  const composes = node.allOf !== undefined || node.oneOf !== undefined || node.anyOf !== undefined;
  if (typeof node.type === "string" && !composes) {
    node.type = [node.type, "null"];
  } else if (Array.isArray(node.type) && !composes) {
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

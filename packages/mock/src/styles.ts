/**
 * The pieces of OpenAPI's parameter styles (§ "Style Values", RFC 6570) that parameters and
 * urlencoded bodies share: how a value of the style is cut into items, how items make an object,
 * and how `deepObject` keys nest.
 */
import { escapePointerSegment, type SpecDocument } from "./document.js";
import { arrayItemSchemas, possibleTypes, propertySchema } from "./schema-info.js";

export type ValueShape = "array" | "object" | "scalar";

/** What a parameter's (or field's) text stands for, by its schema. */
export function valueShape(doc: SpecDocument, schema: unknown): ValueShape {
  if (schema === undefined) return "scalar";
  const types = possibleTypes(doc, schema);
  if (types.has("array")) return "array";
  if (types.has("object")) return "object";
  return "scalar";
}

// On the wire the spec's examples write spaces as %20 and pipes as %7C: those are delimiters.
const DELIMITERS: Record<string, RegExp> = {
  spaceDelimited: /%20|\+| /,
  pipeDelimited: /%7C|\|/i,
};

/**
 * The items of a non-exploded value, still encoded: `a,b` (form, simple), `a%20b`
 * (spaceDelimited), `a|b` (pipeDelimited). An empty text is an empty list (RFC 6570 § 2.3 writes
 * an empty list as nothing).
 */
export function splitItems(raw: string, style: string | undefined): string[] {
  if (raw === "") return [];
  return raw.split(DELIMITERS[style ?? ""] ?? ",");
}

/** `["R", "100", "G", "200"]` → `{ R: "100", G: "200" }` (an object, not exploded). */
export function pairsToObject(items: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i + 1 < items.length; i += 2) setOwn(out, items[i]!, items[i + 1]!);
  return out;
}

/** `["R=100", "G=200"]` → `{ R: "100", G: "200" }` (an object, exploded). */
export function assignmentsToObject(
  items: string[],
  decode: (text: string) => string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const item of items) {
    const at = item.indexOf("=");
    if (at < 0) setOwn(out, decode(item), "");
    else setOwn(out, decode(item.slice(0, at)), decode(item.slice(at + 1)));
  }
  return out;
}

/** `filter[a][b]` → `["a", "b"]` for `filter`; undefined when the key is not one of its members. */
export function bracketPath(key: string, name: string): string[] | undefined {
  if (!key.startsWith(name + "[")) return undefined;
  const segments: string[] = [];
  const segment = /\[([^\]]*)\]/y;
  segment.lastIndex = name.length;
  while (segment.lastIndex < key.length) {
    const found = segment.exec(key);
    if (!found) return undefined;
    segments.push(found[1]!);
  }
  return segments;
}

/**
 * Nests `deepObject` members: `a[b][c]=1` → `{ b: { c: "1" } }`. The spec defines one level;
 * deeper ones and lists (`a[]=x`, `a[0]=x`) follow the convention of Stripe and Rails. A list
 * comes out as an object keyed 0, 1, ... until `arraysBySchema` turns it into an array.
 */
export function nestMembers(
  entries: Array<[path: string[], value: string]>,
): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, value] of entries) {
    let node = root;
    path.forEach((segment, i) => {
      const key = segment === "" ? String(Object.keys(node).length) : segment;
      if (i === path.length - 1) {
        setOwn(node, key, value);
        return;
      }
      const next = Object.hasOwn(node, key) ? node[key] : undefined;
      if (typeof next === "object" && next !== null) node = next as Record<string, unknown>;
      else node = setOwn(node, key, {}) as Record<string, unknown>;
    });
  }
  return root;
}

/**
 * Walks a value and its schema together: an object keyed 0..n-1 becomes an array where the
 * schema wants one, and each string goes through `leaf` (with its own schema) when given.
 */
export function shapeBySchema(
  doc: SpecDocument,
  schema: unknown,
  value: unknown,
  leaf?: (schema: unknown, text: string, path: string) => unknown,
  path = "",
  depth = 0,
): unknown {
  if (typeof value === "string") return leaf ? leaf(schema, value, path) : value;
  if (typeof value !== "object" || value === null || depth > 32) return value;
  const types = schema === undefined ? new Set() : possibleTypes(doc, schema);
  let shaped = value;
  if (!Array.isArray(value) && types.has("array") && !types.has("object")) {
    const keys = Object.keys(value);
    if (keys.every((key, i) => key === String(i))) shaped = Object.values(value);
  }
  if (Array.isArray(shaped)) {
    const items = schema === undefined ? undefined : arrayItemSchemas(doc, schema)[0];
    return shaped.map((item, i) =>
      shapeBySchema(doc, items, item, leaf, `${path}/${i}`, depth + 1),
    );
  }
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(shaped)) {
    const memberSchema = schema === undefined ? undefined : propertySchema(doc, schema, key);
    const at = `${path}/${escapePointerSegment(key)}`;
    setOwn(out, key, shapeBySchema(doc, memberSchema, member, leaf, at, depth + 1));
  }
  return out;
}

/** Sets an own property, even one named `__proto__`: names come from the request. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): unknown {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return value;
}

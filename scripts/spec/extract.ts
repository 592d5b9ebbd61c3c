/**
 * Cuts the operations this SDK ships out of the whole published orq spec, with every component
 * they reference (transitively) and nothing else. Nothing that is kept is changed: a kept
 * operation resolves to the same JSON as in the source, which `test/extract.test.ts` checks for
 * each one against Redocly's dereferencing of both documents.
 */
import { componentOf, refsIn, resolvePointer } from "./refs.js";
import { isObject, type Json, type JsonObject } from "./spec-file.js";

export const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * Root fields kept as they are. `paths`, `components` and `tags` are cut down; `webhooks` are not
 * operations the SDK calls, so they go (with what only they used).
 */
const ROOT_KEPT = ["openapi", "info", "jsonSchemaDialect", "servers", "security", "externalDocs"];

export function extractOperations(source: JsonObject, operationIds: readonly string[]): JsonObject {
  const wanted = new Set(operationIds);
  const paths: JsonObject = {};
  const usedTags = new Set<string>();
  const found = new Set<string>();
  const sourcePaths = isObject(source.paths) ? source.paths : {};
  for (const [path, item] of Object.entries(sourcePaths)) {
    if (!isObject(item)) continue;
    if (typeof item.$ref === "string" && hasWanted(resolvePointer(source, item.$ref), wanted))
      throw new Error(`${path}: a path item that is a $ref is not supported by spec:update`);
    if (!hasWanted(item, wanted)) continue;
    // The path item keeps its own fields (parameters, servers, summary) and only the wanted
    // operations, in the source's order.
    const kept: JsonObject = {};
    for (const [key, value] of Object.entries(item)) {
      if (!METHODS.includes(key)) kept[key] = value;
      else if (isObject(value) && wanted.has(value.operationId as string)) {
        kept[key] = value;
        found.add(value.operationId as string);
        for (const tag of Array.isArray(value.tags) ? value.tags : [])
          if (typeof tag === "string") usedTags.add(tag);
      }
    }
    paths[path] = kept;
  }
  const missing = operationIds.filter((id) => !found.has(id));
  if (missing.length)
    throw new Error(
      `operationId not in the source spec: ${missing.join(", ")} (specs/operations.yaml)`,
    );

  const out: JsonObject = {};
  for (const key of ROOT_KEPT) if (source[key] !== undefined) out[key] = source[key]!;
  for (const [key, value] of Object.entries(source)) if (key.startsWith("x-")) out[key] = value;
  const tags = (Array.isArray(source.tags) ? source.tags : []).filter(
    (t) => isObject(t) && usedTags.has(t.name as string),
  );
  if (tags.length) out.tags = tags;
  out.paths = paths;
  const components = reachableComponents(source, [paths, out.security ?? null]);
  if (Object.keys(components).length) out.components = components;
  checkRefs(out);
  return structuredClone(out);
}

function hasWanted(item: Json | undefined, wanted: Set<string>): boolean {
  return (
    isObject(item) &&
    METHODS.some(
      (m) => isObject(item[m]) && wanted.has((item[m] as JsonObject).operationId as string),
    )
  );
}

/**
 * The components the roots reference, following references inside components too, plus the
 * security schemes that security requirements name (they name them by key, not by `$ref`).
 * Each component type keeps the source's order of names.
 */
function reachableComponents(source: JsonObject, roots: Json[]): JsonObject {
  const all = isObject(source.components) ? source.components : {};
  const keep = new Map<string, Set<string>>();
  const add = (type: string, name: string): boolean => {
    const names = keep.get(type) ?? new Set<string>();
    keep.set(type, names);
    if (names.has(name)) return false;
    names.add(name);
    return true;
  };
  const stack: Json[] = [...roots];
  while (stack.length) {
    const at = stack.pop()!;
    for (const ref of refsIn(at)) {
      const component = componentOf(ref);
      if (!component) continue; // a ref into the kept paths: checked by checkRefs
      const group = all[component.type];
      if (!isObject(group) || !Object.hasOwn(group, component.name))
        throw new Error(`$ref "${ref}" does not resolve in the source spec`);
      if (add(component.type, component.name)) stack.push(group[component.name]!);
    }
    for (const scheme of securitySchemeNames(at)) add("securitySchemes", scheme);
  }
  const out: JsonObject = {};
  for (const [type, group] of Object.entries(all)) {
    const names = keep.get(type);
    if (!names || !isObject(group)) continue;
    out[type] = Object.fromEntries(Object.entries(group).filter(([name]) => names.has(name)));
  }
  return out;
}

/**
 * The scheme names of every Security Requirement Object (§ 4.8.30) in a value: a `security`
 * list of a kept operation (or callback), or the root `security` list itself. A schema
 * property called `security` is an object, never a list, so it is not mistaken for one; a
 * name that is not a scheme of the source is dropped when components are copied.
 */
function securitySchemeNames(value: Json): string[] {
  const names: string[] = [];
  const requirements = (list: Json[]) => {
    for (const requirement of list)
      if (isObject(requirement)) names.push(...Object.keys(requirement));
  };
  if (Array.isArray(value)) requirements(value);
  const stack: Json[] = [value];
  while (stack.length) {
    const at = stack.pop()!;
    if (Array.isArray(at)) stack.push(...at);
    else if (isObject(at)) {
      if (Array.isArray(at.security)) requirements(at.security);
      stack.push(...Object.values(at));
    }
  }
  return names;
}

/** Every ref in the result points at something in the result: the cut left nothing dangling. */
function checkRefs(doc: JsonObject): void {
  for (const ref of refsIn(doc)) {
    if (resolvePointer(doc, ref) === undefined)
      throw new Error(`$ref "${ref}" points outside what spec:update keeps`);
  }
}

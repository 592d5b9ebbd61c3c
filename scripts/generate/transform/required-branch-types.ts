import { eachSchema, isObject, type Document, type JsonObject } from "../document.js";

/**
 * For the types alone: a union beside an object's properties whose branches only require some
 * of them (Groq's transcriptions: `oneOf: [{ required: [file] }, { required: [url] }]`, a file or
 * a URL) is typed by them. openapi-typescript writes such a branch as `unknown`, so a call with
 * neither type-checked, and only the runtime refused it (probe74). Each branch declares the
 * object's schemas of the properties it requires, and, in a `oneOf` of such branches alone, the
 * ones only the others require as absent (`never`): both given match two branches, which `oneOf`
 * refuses. The runtime reads the spec as written (see `checkUnion`).
 */
export function typeRequiredBranches(doc: Document): void {
  eachSchema(doc, (node) => {
    const properties = node.properties;
    if (!isObject(properties)) return;
    for (const keyword of ["oneOf", "anyOf"] as const) {
      const branches = node[keyword];
      if (!Array.isArray(branches) || !branches.every(requiresOnly)) continue;
      const required = (branch: JsonObject) =>
        (branch.required as unknown[]).filter(
          (name): name is string => typeof name === "string" && Object.hasOwn(properties, name),
        );
      const apart = new Set(branches.flatMap((branch) => required(branch as JsonObject)));
      node[keyword] = branches.map((branch) => {
        const own = required(branch as JsonObject);
        const absent = keyword === "oneOf" ? [...apart].filter((name) => !own.includes(name)) : [];
        return {
          ...(branch as JsonObject),
          properties: Object.fromEntries([
            ...own.map((name) => [name, properties[name]!]),
            ...absent.map((name) => [name, false]),
          ]),
        };
      });
    }
  });
}

/** A branch that says nothing but which properties it requires (and, in words, why). */
function requiresOnly(branch: unknown): boolean {
  return (
    isObject(branch) &&
    Array.isArray(branch.required) &&
    Object.keys(branch).every((key) => ["required", "title", "description"].includes(key))
  );
}

import { deref, eachSchema, isObject, type Document, type Json } from "../document.js";

/** The mark `openapiTypes` types as `string & {}` (see `markOpenStrings`). */
export const OPEN_STRING = "x-orq-open-string";

/** Keywords that say nothing of which strings a schema takes. */
const ANNOTATIONS = new Set(["type", "title", "description", "example", "examples", "deprecated"]);

/**
 * A union of any string with named ones (OpenAI's and Groq's `model: anyOf: [{ type: string },
 * { enum: [gpt-4o, …] }]`, probe74) is typed `string | "gpt-4o" | …`, which TypeScript folds to
 * `string`: an editor offered none of the names. The plain branch is marked, to be typed
 * `string & {}`, which takes any string as `string` does but is not folded, so the names are
 * offered. Only inline branches are marked: a shared component may stand alone elsewhere.
 */
export function markOpenStrings(doc: Document): void {
  eachSchema(doc, (schema) => {
    for (const key of ["anyOf", "oneOf"] as const) {
      const branches = schema[key];
      if (!Array.isArray(branches) || !branches.some((b) => namesStrings(doc, b))) continue;
      for (const branch of branches)
        if (isObject(branch) && isPlainString(branch)) branch[OPEN_STRING] = true;
    }
  });
}

function isPlainString(schema: { [key: string]: Json }): boolean {
  return (
    schema.type === "string" &&
    Object.keys(schema).every((key) => ANNOTATIONS.has(key) || key.startsWith("x-"))
  );
}

/** Whether a branch is a list of named strings: a string `enum` or `const`. */
function namesStrings(doc: Document, branch: Json): boolean {
  let schema: Json | undefined;
  try {
    schema = deref(doc, branch);
  } catch {
    return false;
  }
  if (!isObject(schema) || (schema.type !== undefined && schema.type !== "string")) return false;
  return Array.isArray(schema.enum)
    ? schema.enum.length > 0 && schema.enum.every((v) => typeof v === "string")
    : typeof schema.const === "string";
}

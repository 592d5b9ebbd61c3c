import { eachSchema, type Document, type JsonObject } from "../document.js";

/** Keywords whose value is a number (JSON Schema 2020-12 § 6.2; 3.0's booleans aside). */
const NUMBERS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"];
/** Keywords whose value is a count: an integer, 0 or more (§ 6.3, § 6.4, § 6.5). */
const COUNTS = ["minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"];

/**
 * Schema keywords written with a value of the wrong type, read as their author meant them or
 * left out: a number or count written as text (`maxLength: "10"`) is that number, a boolean
 * written as text (`uniqueItems: "true"`) that boolean; anything else the keyword cannot hold
 * (api.video's `pattern: 0`, `format: 5`, `enum: "a"`, a count below 0) checks nothing, as a validator that
 * does not know the keyword would read it. Copied as they were, they broke the generated tables'
 * types (`pattern: 0` is no string: the build failed in generated code), or compared text with
 * numbers at run time. (`pnpm spec:lint` reports them.)
 */
export function mistypedKeywords(doc: Document): void {
  eachSchema(doc, (schema: JsonObject) => {
    for (const key of [...NUMBERS, ...COUNTS]) {
      const value = schema[key];
      // 3.0's `exclusiveMinimum: true` is a flag for `minimum`.
      if (value === undefined || (typeof value === "boolean" && key.startsWith("exclusive")))
        continue;
      const number =
        typeof value === "number"
          ? value
          : typeof value === "string" && value.trim() !== ""
            ? Number(value)
            : NaN;
      if (
        Number.isFinite(number) &&
        (!COUNTS.includes(key) || (Number.isInteger(number) && number >= 0))
      )
        schema[key] = number;
      else delete schema[key];
    }
    for (const key of ["pattern", "format"])
      if (schema[key] !== undefined && typeof schema[key] !== "string") delete schema[key];
    if (typeof schema.pattern === "string") {
      const pattern = patternOfLiteral(schema.pattern);
      if (pattern === null) delete schema.pattern;
      else if (pattern !== undefined) schema.pattern = pattern;
    }
    const unique = schema.uniqueItems;
    if (unique !== undefined && typeof unique !== "boolean") {
      if (unique === "true" || unique === "false") schema.uniqueItems = unique === "true";
      else delete schema.uniqueItems;
    }
    if (schema.enum !== undefined && !Array.isArray(schema.enum)) delete schema.enum;
  });
}

/**
 * The pattern a JavaScript regex literal written as one means (Vapi's `"/^[a-zA-Z0-9_-]{1,64}$/"`
 * on every tool name): read as written, its slashes must be in the value, and every valid name
 * was refused before sending (probe84). Only an anchored literal (`/^…/`, `/…$/`) is read so: an
 * unanchored `/api/` may mean the text. `null` for one whose flags JSON Schema cannot say
 * (`/…/i`): it checks nothing. `undefined` for any other pattern, which stays as written.
 */
export function patternOfLiteral(pattern: string): string | null | undefined {
  const [, body, flags] = /^\/(.+)\/([a-z]*)$/s.exec(pattern) ?? [];
  if (body === undefined || !/^\^|(?<!\\)\$$/.test(body)) return undefined;
  return /^[gu]*$/.test(flags!) ? body : null;
}

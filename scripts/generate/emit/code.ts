/** Small helpers for writing TypeScript source text safely, whatever the spec's strings hold. */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A key of an object literal or type: bare when it is an identifier, else quoted. `__proto__`
 * is computed in value literals: written plainly it sets the prototype instead of a property.
 */
export function objectKey(key: string, where: "value" | "type" = "value"): string {
  if (key === "__proto__") return where === "value" ? `["__proto__"]` : `"__proto__"`;
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}

/** One line of comment text: no line breaks, and no `*\/` that would end the comment. */
export function commentText(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/\*\//g, "*\\/");
}

/** Names every object inherits (`constructor`, `toString`, …). */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * `key: value` in an object literal. Under an inherited name, TypeScript types the value by
 * `Object.prototype`'s member instead of the index signature it sits in (`constructor` becomes
 * `Function`), so `{ type: "string" }` would widen to `string`: a literal there is `as const`.
 */
export function objectEntry(key: string, value: string): string {
  const literal = /^[{["]/.test(value);
  return `${objectKey(key)}: ${INHERITED.has(key) && literal ? `${value} as const` : value}`;
}

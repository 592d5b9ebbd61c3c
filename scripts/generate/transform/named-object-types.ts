import { deref, isObject, type Document, type Json } from "../document.js";

/**
 * Whether a schema's type is a plain object type (no union, no `null`, no subtypes), so that its
 * model can be an interface rather than an alias of an indexed type: TypeScript names an
 * interface in its messages and hovers (`not assignable to 'CreateImageEditRequestBody'`), where
 * an alias of `paths[…]["content"][…]` prints the whole object, over and over. An interface can
 * only extend an object type, so anything else stays an alias.
 */
export function isPlainObjectType(doc: Document, schema: Json | undefined): boolean {
  let s: Json | undefined;
  try {
    s = deref(doc, schema);
  } catch {
    return false;
  }
  if (!isObject(s)) return false;
  // Unions, `null`, subtypes a discriminator picks (a base becomes the union of them), values,
  // and `allOf`: an intersection whose parts disagree (`kind: { const: a }` and `{ const: b }`)
  // is `never`, which no interface extends.
  const excluded = [
    "oneOf",
    "anyOf",
    "allOf",
    "not",
    "enum",
    "const",
    "discriminator",
    "if",
    "$defs",
  ];
  if (excluded.some((key) => s[key] !== undefined) || s.nullable === true) return false;
  const types = s.type === undefined ? [] : [s.type].flat();
  if (types.length > 1 || (types.length === 1 && types[0] !== "object")) return false;
  return types.length > 0 || isObject(s.properties);
}

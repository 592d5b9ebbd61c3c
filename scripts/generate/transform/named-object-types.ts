import { deref, isObject, type Document, type Json } from "../document.js";

/**
 * Whether a schema's type is a plain object type (no union, no `null`, no subtypes), so that its
 * model can be an interface rather than an alias of an indexed type: TypeScript names an
 * interface in its messages and hovers (`not assignable to 'CreateImageEditRequestBody'`), where
 * an alias of `paths[…]["content"][…]` prints the whole object, over and over. An interface can
 * only extend an object type, so anything else stays an alias.
 */
export function isPlainObjectType(doc: Document, schema: Json | undefined): boolean {
  const seen = new Set<Json>();
  const plain = (node: Json | undefined): boolean => {
    let s: Json | undefined;
    try {
      s = deref(doc, node);
    } catch {
      return false;
    }
    if (!isObject(s)) return false;
    if (seen.has(s)) return true;
    seen.add(s);
    // Unions, `null`, subtypes a discriminator picks (a base becomes the union of them), values.
    for (const key of ["oneOf", "anyOf", "not", "enum", "const", "discriminator", "if", "$defs"])
      if (s[key] !== undefined) return false;
    if (s.nullable === true) return false;
    const types = s.type === undefined ? [] : [s.type].flat();
    if (types.length > 1 || (types.length === 1 && types[0] !== "object")) return false;
    const parts = Array.isArray(s.allOf) ? (s.allOf as Json[]) : [];
    if (!types.length && !isObject(s.properties) && !parts.length) return false;
    return parts.every(plain);
  };
  return plain(schema);
}

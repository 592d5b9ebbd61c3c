import type { NodeType, SchemaNode, SchemaRef } from "../generated/contract.js";

/** Follows a `$ref` thunk. */
export function resolve(ref: SchemaRef): SchemaNode {
  return typeof ref === "function" ? ref() : ref;
}

/** A schema's types as a list (`type` may be one name or several). */
export function typesOf(node: SchemaNode): readonly NodeType[] | undefined {
  return node.type && [node.type].flat();
}

/**
 * A table lookup that sees only the table's own keys: a property called `constructor` or
 * `toString` must not find `Object.prototype`'s.
 */
export function own<T>(
  table: { readonly [key: string]: T } | undefined,
  key: string,
): T | undefined {
  return table && Object.hasOwn(table, key) ? table[key] : undefined;
}

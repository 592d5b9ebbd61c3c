import type { NodeType, SchemaNode, SchemaRef } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";

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

/**
 * A schema and, in a spec with `allOf` (`usesAllOf`), its parts, at any depth: where a body's
 * fields are declared (`allOf: [$ref Meta, { properties }]`).
 */
export function withParts(ref: SchemaRef): SchemaNode[] {
  const node = resolve(ref);
  return spec.usesAllOf ? [node, ...(node.allOf ?? []).flatMap(withParts)] : [node];
}

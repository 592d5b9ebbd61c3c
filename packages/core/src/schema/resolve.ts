import type { NodeType, SchemaNode, SchemaRef } from "../generated/contract.js";

/** Follows a `$ref` thunk. */
export function resolve(ref: SchemaRef): SchemaNode {
  return typeof ref === "function" ? ref() : ref;
}

/** A schema's types as a list (`type` may be one name or several). */
export function typesOf(node: SchemaNode): readonly NodeType[] | undefined {
  const { type } = node;
  return type === undefined
    ? undefined
    : typeof type === "string"
      ? [type as NodeType]
      : (type as readonly NodeType[]);
}

import type { SchemaNode, SchemaRef } from "../generated/contract.js";
import { resolve } from "./resolve.js";

/** Which names an object's keys are in: the SDK's camelCase ones, or the wire's. */
export type KeyMode = "sdk" | "wire";

export interface Property {
  readonly wire: string;
  readonly sdk: string;
  readonly schema: SchemaRef;
}

const tables: Record<KeyMode, WeakMap<SchemaNode, Map<string, Property>>> = {
  sdk: new WeakMap(),
  wire: new WeakMap(),
};

/**
 * The declared properties of an object schema (its own and those of its `allOf` parts), keyed by
 * the name a value of `mode` uses. Built once per schema: requests and responses walk it often.
 */
export function propertyTable(node: SchemaNode, mode: KeyMode): Map<string, Property> {
  let table = tables[mode].get(node);
  if (!table) {
    table = new Map();
    collect(node, mode, table);
    tables[mode].set(node, table);
  }
  return table;
}

function collect(node: SchemaNode, mode: KeyMode, into: Map<string, Property>): void {
  for (const wire in node.properties) {
    const sdk = own(node.names, wire) ?? wire;
    into.set(mode === "sdk" ? sdk : wire, { wire, sdk, schema: node.properties[wire]! });
  }
  for (const part of node.allOf ?? []) collect(resolve(part), mode, into);
}

/** Required property names, in `mode`'s names. */
export function requiredKeys(node: SchemaNode, mode: KeyMode): string[] {
  const keys = (node.required ?? []).map((wire) =>
    mode === "sdk" ? (own(node.names, wire) ?? wire) : wire,
  );
  for (const part of node.allOf ?? []) keys.push(...requiredKeys(resolve(part), mode));
  return keys;
}

/** The schema that extra keys follow: `undefined` when the object is closed to them. */
export function extraKeysSchema(node: SchemaNode): SchemaRef | true | undefined {
  const extra = node.additionalProperties;
  if (extra === false) return undefined;
  if (extra === undefined || extra === true) return true;
  return extra;
}

/**
 * A table lookup that sees only the table's own keys: a property called `constructor` or
 * `toString` must not find `Object.prototype`'s.
 */
export function own<T>(
  table: { readonly [key: string]: T } | undefined,
  key: string,
): T | undefined {
  return table && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

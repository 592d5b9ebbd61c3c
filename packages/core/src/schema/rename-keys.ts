import { propertyTable, type KeyMode } from "./property-table.js";
import type { SchemaNode, SchemaRef } from "../generated/contract.js";
import { resolve } from "./resolve.js";
import { isPlainObject, pickByDiscriminator, validate, type ValidateContext } from "./validate.js";

/**
 * Renames an object's keys between the SDK's camelCase and the wire's names, following the schema.
 * Only declared properties are renamed: free-form maps (`additionalProperties`) and keys the spec
 * does not know keep their names exactly, so `metadata: { cost_center }` arrives as given and a
 * response field newer than this SDK is kept, not dropped.
 */
export function renameKeys(schema: SchemaRef, value: unknown, ctx: ValidateContext): unknown {
  return rename(resolve(schema), value, ctx, ctx.mode === "sdk" ? "wire" : "sdk");
}

function rename(node: SchemaNode, value: unknown, ctx: ValidateContext, to: KeyMode): unknown {
  if (Array.isArray(value)) {
    const items = node.items === undefined ? undefined : resolve(node.items);
    return items ? value.map((item) => rename(items, item, ctx, to)) : value;
  }
  if (!isPlainObject(value) || ctx.isFile(value)) return value;

  const branch = pickBranch(node, value, ctx);
  if (branch) return rename(branch, value, ctx, to);

  const table = propertyTable(node, ctx.mode);
  const extra = node.additionalProperties;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === undefined) continue;
    const property = table.get(key);
    const renamed = property
      ? rename(resolve(property.schema), v, ctx, to)
      : typeof extra === "object" || typeof extra === "function"
        ? rename(resolve(extra), v, ctx, to)
        : v;
    // defineProperty, not assignment: a key named "__proto__" must stay a key.
    Object.defineProperty(out, property ? property[to] : key, {
      value: renamed,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** For a union, the branch the value belongs to: by its tag, else the first it is valid for. */
function pickBranch(
  node: SchemaNode,
  value: unknown,
  ctx: ValidateContext,
): SchemaNode | undefined {
  const branches = node.oneOf ?? node.anyOf;
  if (!branches) return undefined;
  const tagged = pickByDiscriminator(node, value, ctx);
  if (tagged) return tagged;
  const nodes = branches.map(resolve);
  return (
    nodes.find((b) => validate(b, value, ctx).length === 0) ??
    nodes.find((b) => propertyTable(b, ctx.mode).size > 0)
  );
}

import type { SchemaRef } from "../generated/contract.js";
import { checkAndRename } from "./check-and-rename.js";
import type { ValidateContext } from "./validate.js";

/**
 * `value` renamed between the SDK's camelCase and the wire's names, following the schema (the
 * renaming of {@link checkAndRename} alone): `ctx.mode` is the names `value` is in.
 */
export function renameKeys(schema: SchemaRef, value: unknown, ctx: ValidateContext): unknown {
  return checkAndRename(schema, value, { ...ctx, issues: [], files: [] });
}

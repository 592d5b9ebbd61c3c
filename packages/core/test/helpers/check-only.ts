import type { SchemaRef } from "../../src/generated/contract.js";
import { checkAndRename, type Issue, type Pass } from "../../src/schema/check-and-rename.js";

/**
 * The two halves of the one pass the SDK makes (`checkAndRename`), apart, so tests can state
 * the rules and the renaming each in their own table.
 */
export type CheckContext = Pick<Pass, "mode" | "isFile">;

/** Every rule `value` breaks. */
export function validate(schema: SchemaRef, value: unknown, ctx: CheckContext, path = ""): Issue[] {
  const pass: Pass = { ...ctx, issues: [], files: [] };
  checkAndRename(schema, value, pass, path);
  return pass.issues;
}

/** `value` renamed between the SDK's camelCase and the wire's names; `ctx.mode` is its names. */
export function renameKeys(schema: SchemaRef, value: unknown, ctx: CheckContext): unknown {
  return checkAndRename(schema, value, { ...ctx, issues: [], files: [] });
}

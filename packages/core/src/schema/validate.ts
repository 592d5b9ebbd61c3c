import type { SchemaRef } from "../generated/contract.js";
import { checkAndRename, type Issue, type Pass } from "./check-and-rename.js";

export type { Issue } from "./check-and-rename.js";

export type ValidateContext = Pick<Pass, "mode" | "isFile">;

/** Every rule `value` breaks, without renaming it (the checks of {@link checkAndRename} alone). */
export function validate(
  schema: SchemaRef,
  value: unknown,
  ctx: ValidateContext,
  path = "",
): Issue[] {
  const pass: Pass = { ...ctx, issues: [], files: [] };
  checkAndRename(schema, value, pass, path);
  return pass.issues;
}

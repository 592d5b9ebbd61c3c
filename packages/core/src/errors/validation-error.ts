import type { Issue } from "../schema/check-and-rename.js";
import { OrqError } from "./orq-error.js";

/** The caller's input breaks a rule of the spec; nothing was sent. */
export class ValidationError extends OrqError {
  static override readonly kind: string = "ValidationError";
  /** Every broken rule, with the field path in the caller's (camelCase) names. */
  readonly issues: readonly Issue[];

  constructor(operation: string, issues: readonly Issue[]) {
    const shown = issues.slice(0, 10).map((i) => i.message);
    const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more` : "";
    super(`${operation}: invalid request: ${shown.join("; ")}${more}`);
    this.issues = issues;
  }
}

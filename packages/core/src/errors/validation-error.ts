import type { Issue } from "../schema/check-and-rename.js";
import { OrqError } from "./orq-error.js";

/** The caller's input breaks a rule of the spec; nothing was sent. */
export class ValidationError extends OrqError {
  static override readonly kind: string = "ValidationError";
  /** Every broken rule, with the field path in the caller's (camelCase) names. */
  readonly issues: readonly Issue[];

  constructor(operation: string, issues: readonly Issue[]) {
    // Each message once: a rule stated in two `allOf` parts is broken twice, and says so once.
    const messages = [...new Set(issues.map((i) => i.message))];
    const shown = messages.slice(0, 10);
    const more = messages.length > 10 ? `; and ${messages.length - 10} more` : "";
    super(`${operation}: invalid input: ${shown.join("; ")}${more}`);
    this.issues = issues;
  }
}

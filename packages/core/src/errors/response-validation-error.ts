import type { Issue } from "../schema/check-and-rename.js";
import { OrqError } from "./orq-error.js";

/** A 2XX response that is not JSON, or lacks what the spec says it always has. */
export class ResponseValidationError extends OrqError {
  static override readonly kind: string = "ResponseValidationError";
  override readonly statusCode: number;
  override readonly headers: Headers;
  /** The response body exactly as received. */
  readonly rawBody: string;
  readonly issues: readonly Issue[];

  constructor(
    operation: string,
    response: { status: number; headers: Headers },
    rawBody: string,
    problem: string,
    issues: readonly Issue[] = [],
  ) {
    super(`${operation}: unexpected response (${response.status}): ${problem}`);
    this.statusCode = response.status;
    this.headers = response.headers;
    this.rawBody = rawBody;
    this.issues = issues;
  }
}

import type { Issue } from "../schema/check-and-rename.js";
import { keepAnswer, OrqError, type AnswerShape } from "./orq-error.js";

/** A 2XX response that is not JSON, or lacks what the spec says it always has. */
export class ResponseValidationError extends OrqError {
  static override readonly kind: string = "ResponseValidationError";
  declare readonly statusCode: number;
  declare readonly headers: Headers;
  declare readonly contentType: string;
  declare readonly rawResponse: Response;
  /** The response body (or the event) exactly as received. */
  readonly rawBody: string;
  /** What failed the checks: the parsed JSON where it parsed, else `rawBody`. */
  readonly rawValue: unknown;
  readonly issues: readonly Issue[];

  constructor(
    operation: string,
    response: Response | AnswerShape,
    rawBody: string,
    problem: string,
    issues: readonly Issue[] = [],
    rawValue: unknown = rawBody,
  ) {
    super(`${operation}: unexpected response (${response.status}): ${problem}`);
    keepAnswer(this, response);
    this.rawBody = rawBody;
    this.rawValue = rawValue;
    this.issues = issues;
  }
}

import { keepAnswer, OrqError, type AnswerShape } from "./orq-error.js";

/** The server answered with a 4XX or 5XX status. */
export class APIError extends OrqError {
  static override readonly kind: string = "APIError";
  declare readonly statusCode: number;
  declare readonly headers: Headers;
  declare readonly contentType: string;
  declare readonly rawResponse: Response;
  /** The parsed JSON body, or the raw text when it is not JSON. */
  override readonly body: unknown;

  constructor(operation: string, response: Response | AnswerShape, body: unknown, note = "") {
    // The human part of the usual error shapes, or the body itself, cut short: the full body
    // stays on `body`.
    let text = "";
    try {
      text = body == null ? "" : (findMessage(body) ?? JSON.stringify(body));
    } catch {
      // (A body nested deeper than the stack goes: the message goes without it.)
    }
    const flat = text.replace(/\s+/g, " ").trim();
    const detail = flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
    super(
      `${operation} failed: ${response.status}${response.statusText ? ` ${response.statusText}` : ""}` +
        (detail && `: ${detail}`) +
        note,
    );
    keepAnswer(this, response);
    this.body = body;
  }
}

/** `{ message }`, `{ error }`, `{ error: { message } }`, or a plain text body. */
function findMessage(body: unknown): string | undefined {
  if (typeof body === "string") return body;
  const { message, error } = (body ?? {}) as Record<string, unknown>;
  return typeof message === "string" ? message : error ? findMessage(error) : undefined;
}

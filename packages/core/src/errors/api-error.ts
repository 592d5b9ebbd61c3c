import { OrqError } from "./orq-error.js";

/** How much of an error body goes into the message: the full body stays on `body`. */
const MESSAGE_BODY_LIMIT = 300;

/** The server answered with a 4XX or 5XX status. */
export class APIError extends OrqError {
  static override readonly kind: string = "APIError";
  readonly statusCode: number;
  readonly headers: Headers;
  /** The parsed JSON body, or the raw text when it is not JSON. */
  readonly body: unknown;

  constructor(
    operation: string,
    response: { status: number; statusText?: string; headers: Headers },
    body: unknown,
    note = "",
  ) {
    const detail = summarize(body);
    super(
      `${operation} failed: ${response.status}${response.statusText ? ` ${response.statusText}` : ""}` +
        (detail ? `: ${detail}` : "") +
        note,
    );
    this.statusCode = response.status;
    this.headers = response.headers;
    this.body = body;
  }
}

function summarize(body: unknown): string {
  if (body === undefined || body === null || body === "") return "";
  const found = findMessage(body);
  const text = found ?? (typeof body === "string" ? body : JSON.stringify(body));
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MESSAGE_BODY_LIMIT ? `${flat.slice(0, MESSAGE_BODY_LIMIT)}…` : flat;
}

/** The human part of the usual error shapes: `{ message }`, `{ error: { message } }`, `{ error }`. */
function findMessage(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const b = body as Record<string, unknown>;
  if (typeof b.message === "string") return b.message;
  if (typeof b.error === "string") return b.error;
  if (typeof b.error === "object" && b.error !== null) return findMessage(b.error);
  return undefined;
}

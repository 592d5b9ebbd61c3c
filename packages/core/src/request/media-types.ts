import type { Operation } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";

/** JSON, `application/json` or any `+json` type, or the older `text/json` (ASP.NET's). */
export function isJsonType(mediaType: string): boolean {
  // (Not `application/json-seq`, a JSON sequence: `\b` would take the `-` for a word's end.)
  return /^(application\/([\w.+-]+\+)?|text\/)json(?![\w-])/.test(mediaType);
}

/** Whether an answer is a stream of server-sent events, by its `Content-Type`. */
export function isEventStream(response: Response): boolean {
  return /^text\/event-stream\b/i.test(response.headers.get("content-type") ?? "");
}

/**
 * A request body sent as it is, a file's bytes or a scalar's text: any media type but JSON, JSON
 * sequences written from values (`lines`), multipart and URL-encoded forms. (The generator draws
 * the same line.)
 */
export function isRawBody(body: NonNullable<Operation["requestBody"]>): boolean {
  return (
    !(spec.usesJsonSequences && body.lines) &&
    !/^(multipart\/form-data|application\/x-www-form-urlencoded)$/.test(body.mediaType) &&
    !isJsonType(body.mediaType)
  );
}

/**
 * Whether an answer is bytes by its `Content-Type` (`audio/wav`, `application/octet-stream`):
 * not text, JSON, XML, a form, or no type at all, which are read as text.
 */
export function isBytes(response: Response): boolean {
  return /^(?!text\/|application\/(x-www-form-urlencoded|([\w.+-]+\+)?(json|xml)|javascript)(?![\w.+-]))[\w.+-]+\/[\w.+-]+/i.test(
    response.headers.get("content-type") ?? "",
  );
}

import type { WireCall } from "../generated/contract.js";
import { isReadableStream, isStream } from "../files/file-input.js";
import { chunkBytes } from "../files/open-stream.js";
import { writeJsonSequence } from "../request/json-sequence.js";
import { withContentType, withFormBody, type FormInit } from "./form-body.js";

/**
 * What `createOrqClient` sends for an operation whose body is not JSON (`wireCalls`), where
 * openapi-fetch alone writes every body as JSON: a Blob went as `{}`, a Buffer as
 * `{"type":"Buffer","data":[…]}`, a text in quotes, each labelled `application/json`. A form
 * given as a plain object is written as that form (`withFormBody`); a JSON sequence's values as
 * its lines; any other body is sent as it is, a file's bytes or a text, typed as the spec says
 * (a `Content-Type` the caller gives wins). No checks: the low-level client sends what it is
 * given, or says why it cannot.
 */
export function withWireBody(body: WireCall["body"], init: FormInit | undefined) {
  if (!body || !init || init.bodySerializer || init.body === undefined) return init;
  const { mediaType } = body;
  if (mediaType === "multipart/form-data" || mediaType === "application/x-www-form-urlencoded")
    return withFormBody(mediaType, init);
  if (body.lines)
    return {
      ...init,
      bodySerializer: (values: unknown) =>
        writeJsonSequence({ mediaType, lines: Array.isArray(values) ? "each" : "one" }, values),
      headers: withContentType(init.headers, mediaType),
    };
  const given = init.body;
  // (A wildcard, `image/*`, is no type to send: the file's own, else bytes.)
  const type = mediaType.includes("*")
    ? (given instanceof Blob && given.type) || "application/octet-stream"
    : mediaType;
  return {
    ...init,
    bodySerializer: rawBody,
    headers: withContentType(init.headers, type),
    // fetch sends a stream only when told it goes one way at a time.
    ...(isStream(given) && { duplex: "half" }),
  };
}

/**
 * A body the caller's own `bodySerializer` (the client's) writes: labelled with the spec's media
 * type, not openapi-fetch's `application/json` (a 415 for a text body), but for multipart,
 * whose boundary fetch writes, and a wildcard, which names no one type.
 */
export function withSpecType(body: WireCall["body"], init: FormInit | undefined) {
  return body &&
    init?.body !== undefined &&
    body.mediaType !== "multipart/form-data" &&
    !body.mediaType.includes("*")
    ? { ...init, headers: withContentType(init.headers, body.mediaType) }
    : init;
}

/** A raw body as fetch sends it: a file's bytes, a stream, or a scalar's text. */
function rawBody(body: unknown): BodyInit {
  if (
    typeof body === "string" ||
    body instanceof Blob ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    isReadableStream(body)
  )
    return body as BodyInit;
  // Node's `Readable` and other async iterables of bytes, which fetch does not take.
  if (isStream(body)) return iterableStream(body as AsyncIterable<unknown>);
  if (typeof body === "number" || typeof body === "boolean" || typeof body === "bigint")
    return String(body);
  throw new TypeError(
    `createOrqClient(): this body is sent as it is: give a Blob, bytes, a ReadableStream, an async iterable of bytes or a text (got ${
      body === null ? "null" : Array.isArray(body) ? "an array" : typeof body
    })`,
  );
}

/** An async iterable of bytes (or of text, as a Readable with an encoding gives) as a web stream. */
function iterableStream(source: AsyncIterable<unknown>): ReadableStream<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) return controller.close();
      const bytes = chunkBytes(next.value);
      if (bytes) controller.enqueue(bytes);
      else {
        await iterator.return?.();
        controller.error(
          new TypeError(
            `createOrqClient(): the body's stream gave ${typeof next.value}, not bytes`,
          ),
        );
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

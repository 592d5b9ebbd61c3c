import { ValidationError } from "../errors/validation-error.js";
import type { Issue } from "../schema/check-and-rename.js";
import { isReadableStream } from "./file-input.js";
import type { StreamSource } from "./to-file-part.js";

/** Enough bytes for core to tell every media type it knows apart. */
const HEAD_BYTES = 16;

/**
 * A runtime's `openStream` hook, in web standards only, for runtimes whose transport streams a
 * request body (Node, Deno): a one-shot stream (a `ReadableStream`, Node's `Readable`, any async
 * iterable of bytes) is sent as it comes rather than held in memory. Its first chunks are read
 * for core to sniff the media type, then sent first. It can be sent once only, so such a request
 * is never retried.
 */
export async function openStream(
  input: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  limit?: StreamLimit,
  /**
   * Whether the stream was read from already, where the runtime can tell (Node's
   * `stream.isDisturbed`): a stream partly read, or cancelled, and let go is not locked.
   */
  disturbed?: (input: unknown) => boolean,
): Promise<StreamSource> {
  // A stream read before (given twice, to one call or two, or read by the caller) has nothing
  // or only its rest to give: a Node stream gave the second field an "empty file", a web
  // stream a bare "ReadableStream is locked", and one read in part its rest alone, unsaid.
  if (opened.has(input) || (isReadableStream(input) && input.locked) || disturbed?.(input))
    throw streamIssue(
      limit,
      "this stream was read before (or cancelled), or is being read (it is locked): a stream can be read once. Give each field a stream of its own, or bytes, a Blob or a file by path, which can be read again",
    );
  opened.add(input);
  // Node's and Deno's web streams are async iterable too.
  const iterator = (input as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
  // Anything but bytes (numbers, objects: `Readable.from([1, 2])`) is no file, said at the field.
  const bytes = (chunk: unknown): Uint8Array => {
    const read = chunkBytes(chunk);
    if (read) return read;
    throw streamIssue(
      limit,
      `the stream gave ${chunk === null ? "null" : typeof chunk}, not bytes`,
    );
  };
  const head: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (!done && length < HEAD_BYTES) {
    let next: IteratorResult<Uint8Array | string>;
    try {
      next = await iterator.next();
    } catch (error) {
      // Nothing is sent yet: the stream's own failure (a file stream's missing file) is told at
      // its field, as bad input is, not as a failure of the SDK.
      throw Object.assign(
        streamIssue(limit, `the stream failed before anything was sent: ${String(error)}`),
        { cause: error },
      );
    }
    if (next.done) done = true;
    else {
      head.push(bytes(next.value));
      length += head.at(-1)!.byteLength;
    }
  }
  let sent = false;
  return {
    head: concat(head),
    size: done ? length : undefined,
    stream() {
      if (sent) throw new TypeError("this file was a one-shot stream and has already been sent");
      sent = true;
      let count = 0;
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          const next = head.length
            ? { value: head.shift()! }
            : done
              ? ({ done } as const)
              : await iterator.next();
          if (next.done) return controller.close();
          const chunk = bytes(next.value);
          // Past the field's size limit, the upload stops there: sent on, every byte of a 200 MB
          // stream would go out for the server to refuse.
          if (limit && (count += chunk.byteLength) > limit.maxBytes!) {
            const error = new ValidationError(limit.operation, [limit.issue]);
            limit.exceeded?.(error);
            controller.error(error);
            // A Node stream or an iterable is let go (a file behind it closes). A web stream is
            // left to be collected: cancelling one made by Node 20's `Readable.toWeb` while it
            // flows throws there, uncaught ("Controller is already closed").
            if (!isReadableStream(input)) await iterator.return?.();
          } else controller.enqueue(chunk);
        },
        async cancel() {
          await iterator.return?.();
        },
      });
    },
  };
}

/** Every stream `openStream` was given: none can be read a second time. */
const opened = new WeakSet<object>();

/** A `ValidationError` at the stream's field (`limit.issue.path`) saying `problem`. */
export function streamIssue(limit: StreamLimit | undefined, problem: string): ValidationError {
  const path = limit?.issue.path ?? "";
  return new ValidationError(limit?.operation ?? "upload", [
    { path, message: `${path || "request"}: ${problem}` },
  ]);
}

/**
 * A stream's chunk as bytes: a Readable with an encoding set gives strings, and any view is read
 * as its bytes; `undefined` for anything else.
 */
export function chunkBytes(chunk: unknown): Uint8Array | undefined {
  if (typeof chunk === "string") return new TextEncoder().encode(chunk);
  if (chunk instanceof Uint8Array) return chunk;
  if (ArrayBuffer.isView(chunk))
    return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return undefined;
}

/**
 * A field's size limit (none when `maxBytes` is undefined) for a stream of unknown size, and what
 * the `ValidationError` that ends it past the limit says.
 */
export interface StreamLimit {
  readonly maxBytes: number | undefined;
  readonly operation: string;
  readonly issue: Issue;
  /**
   * Told the error the stream ends with, for a runtime whose fetch loses its class (Deno's turns
   * a body's error into a plain `Error`).
   */
  readonly exceeded?: (error: ValidationError) => void;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

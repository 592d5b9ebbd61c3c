import type { ClientRequest } from "node:http";

/** A request body being written to the socket. */
export interface BodyUpload {
  /**
   * Settles once the body has been handed over whole (`req.end()`), or once writing stopped because
   * the request went away (`cancel`, a destroyed socket). Rejects only for faults of the body
   * itself: its stream errored, sent a non-byte chunk, or did not match `Content-Length`. Network
   * errors are the request's to report, so they cannot be mistaken for a body error here.
   */
  readonly done: Promise<void>;
  /** True once the whole body was handed to the request. */
  readonly finished: boolean;
  /** Stops reading and cancels the source with `reason`, which lets it close a file behind it. */
  cancel(reason: unknown): void;
}

/**
 * Pumps a web stream into a `ClientRequest`, one chunk at a time: the next chunk is read only once
 * the socket took the previous one (`write()` returned true or 'drain' fired). So at most one
 * chunk sits in memory besides the socket's own buffer, however large the body.
 *
 * `expectedLength` (the `Content-Length` sent) is checked as we go: Node would otherwise put the
 * extra bytes on the wire, where the server reads them as the start of the next request.
 */
export function writeBody(
  body: ReadableStream<Uint8Array>,
  req: ClientRequest,
  expectedLength: number | null,
): BodyUpload {
  const reader = body.getReader();
  let stopped = false;
  let finished = false;
  let closed = false;
  let wake: (() => void) | undefined;
  // Permanent listeners on `req`, not on anything that outlives it: they go with the request.
  req.on("drain", () => wake?.());
  req.once("close", () => {
    closed = true;
    wake?.();
  });

  const cancel = (reason: unknown): void => {
    if (stopped || finished) return;
    stopped = true;
    // Settles a pending read() with done, so the loop below ends; a failing cancel is no concern
    // of the request.
    reader.cancel(reason).catch(() => {});
  };
  const gone = (): boolean => stopped || closed || req.destroyed;

  const done = (async () => {
    let written = 0;
    try {
      for (;;) {
        const next = await reader.read();
        if (gone()) break;
        if (next.done) {
          if (expectedLength !== null && written !== expectedLength) throw lengthMismatch();
          finished = true;
          req.end();
          break;
        }
        const chunk: unknown = next.value;
        if (!(chunk instanceof Uint8Array)) {
          throw new TypeError("the request body stream gave a chunk that is not a Uint8Array");
        }
        written += chunk.byteLength;
        if (expectedLength !== null && written > expectedLength) throw lengthMismatch();
        if (chunk.byteLength === 0) continue;
        if (!req.write(chunk)) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            // 'close' may have come between write() and now.
            if (gone()) resolve();
          });
          wake = undefined;
        }
      }
    } catch (err) {
      cancel(err);
      throw err;
    } finally {
      // The request went away under us: let the source know, so it can free what it holds.
      if (!finished) cancel(new Error("the request was closed before its body was sent"));
    }
  })();

  return {
    done,
    cancel,
    get finished() {
      return finished;
    },
  };
}

/** undici's wording (RequestContentLengthMismatchError), for the same failure. */
function lengthMismatch(): Error {
  return new Error("Request body length does not match content-length header");
}

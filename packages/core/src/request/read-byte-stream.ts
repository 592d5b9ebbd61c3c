import * as spec from "../generated/schemas.js";
import type { Streaming } from "./attempt.js";
import { holdAnswer, iterable } from "./held-answer.js";

/**
 * A 2XX answer of bytes (`audio/mpeg`, `application/pdf`, `application/octet-stream`) as a web
 * `ReadableStream<Uint8Array>`, as the official SDK returns one: read only as the caller reads
 * it, so the first audio plays while the rest is made, and a download of any size never sits in
 * memory whole.
 *
 * Reading it rejects with the `RequestAbortedError` of the caller's abort, or a
 * `ConnectionError` when the connection breaks off. `cancel()` (or leaving a `for await` loop
 * early) closes the response. However it ends, the caller's signal is let go and the body
 * cancelled.
 *
 * `undefined` when the spec has no answers of bytes: no bundle for such a spec holds any of this.
 */
export const readByteStream = spec.usesNonJsonResponses
  ? (
      operation: string,
      response: Response,
      streaming: Streaming,
    ): ReadableStream<Uint8Array> & AsyncIterable<Uint8Array> => {
      const { read, close } = holdAnswer(
        response,
        streaming,
        (why) => `${operation}: the answer broke off after status ${response.status}: ${why}`,
      );
      return iterable(
        new ReadableStream<Uint8Array>(
          {
            async pull(controller) {
              try {
                const chunk = await read();
                if (chunk.done) {
                  await close();
                  controller.close();
                } else controller.enqueue(chunk.value);
              } catch (error) {
                await close(error);
                throw error;
              }
            },
            cancel: (reason) => close(reason),
          },
          // Nothing is read ahead of the caller.
          { highWaterMark: 0 },
        ),
      );
    }
  : undefined;

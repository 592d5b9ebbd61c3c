import { ConnectionError } from "../errors/connection-error.js";
import * as spec from "../generated/schemas.js";
import type { Streaming } from "./attempt.js";

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
      { signal, release }: Streaming,
    ): ReadableStream<Uint8Array> => {
      const upstream = response.body?.getReader();
      // An abort while a read is pending ends it at once, whatever the transport does with it.
      const onAbort = () => void upstream?.cancel(signal.reason).catch(() => {});
      signal.addEventListener("abort", onAbort);
      let open = true;
      const close = async (reason?: unknown) => {
        if (!open) return;
        open = false;
        signal.removeEventListener("abort", onAbort);
        release();
        await upstream?.cancel(reason).catch(() => {});
      };
      return new ReadableStream<Uint8Array>(
        {
          async pull(controller) {
            try {
              if (signal.aborted) throw signal.reason;
              const chunk = upstream ? await upstream.read() : { done: true as const };
              // (An abort during the read may end it as a plain end: the abort wins.)
              if (signal.aborted) throw signal.reason;
              if (chunk.done) {
                await close();
                controller.close();
              } else controller.enqueue(chunk.value);
            } catch (cause) {
              await close(cause);
              controller.error(
                signal.aborted
                  ? signal.reason
                  : new ConnectionError(
                      `${operation}: the answer broke off after status ${response.status}: ${(cause as Error)?.message ?? cause}`,
                      { cause },
                    ),
              );
            }
          },
          cancel: (reason) => close(reason),
        },
        // Nothing is read ahead of the caller.
        { highWaterMark: 0 },
      );
    }
  : undefined;

import { ConnectionError } from "../errors/connection-error.js";
import type { Streaming } from "./attempt.js";

/** A 2XX answer's body, handed over unread, as its reader reads it (see `holdAnswer`). */
export interface HeldAnswer {
  /**
   * The next chunk. Rejects with the caller's abort (`RequestAbortedError`), or with a
   * `ConnectionError` when the connection breaks off.
   */
  read(): Promise<ReadableStreamReadResult<Uint8Array>>;
  /** Lets go of the caller's signal and cancels the body: once, however the stream ends. */
  close(reason?: unknown): Promise<void>;
}

/**
 * The body of a 2XX answer handed over unread (a stream of events, or of bytes), read a chunk
 * at a time. An abort while a read is pending ends it at once, whatever the transport does with
 * it. `broke` words a broken connection's message from why it broke.
 */
export function holdAnswer(
  response: Response,
  { signal, release }: Streaming,
  broke: (why: unknown) => string,
): HeldAnswer {
  const upstream = response.body?.getReader();
  const onAbort = () => void upstream?.cancel(signal.reason).catch(() => {});
  signal.addEventListener("abort", onAbort);
  let open = true;
  return {
    async read() {
      if (signal.aborted) throw signal.reason;
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = upstream ? await upstream.read() : { done: true, value: undefined };
      } catch (cause) {
        if (signal.aborted) throw signal.reason;
        const why = (cause as { message?: unknown } | undefined)?.message ?? cause;
        throw new ConnectionError(broke(why), { cause });
      }
      // (An abort during the read may end it as a plain end: the abort wins.)
      if (signal.aborted) throw signal.reason;
      return chunk;
    },
    async close(reason) {
      if (!open) return;
      open = false;
      signal.removeEventListener("abort", onAbort);
      release();
      await upstream?.cancel(reason).catch(() => {});
    },
  };
}

/**
 * `stream` with an async iterator of its own rather than the platform's (which not every browser
 * has): `break`, `return` and a `throw` in a `for await` loop's body all cancel the stream, and
 * so the response.
 */
export function iterable<T>(stream: ReadableStream<T>): ReadableStream<T> & AsyncIterable<T> {
  return Object.assign(stream, {
    [Symbol.asyncIterator](): AsyncIterableIterator<T> {
      const reader = stream.getReader();
      return {
        next: () => reader.read() as Promise<IteratorResult<T>>,
        async return(value?: unknown) {
          await reader.cancel();
          return { done: true, value };
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
    },
  });
}

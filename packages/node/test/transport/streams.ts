// Request bodies for the transport tests: streams that record how they were read and cancelled.
import { createHash, randomBytes } from "node:crypto";

export interface TrackedStream {
  stream: ReadableStream<Uint8Array>;
  /** Bytes handed out so far. */
  readonly pulled: number;
  /** Whether cancel() was called, and with what. */
  readonly cancelled: { reason: unknown } | undefined;
  /** SHA-256 of every byte handed out (complete once the stream is read to its end). */
  sha256(): string;
}

/**
 * `total` random bytes in `chunkSize` chunks, made as they are pulled (highWaterMark 0: one chunk
 * per read, nothing ahead). `failAfter` errors the stream once that many bytes went out.
 */
export function randomStream(
  total: number,
  options: { chunkSize?: number; failAfter?: number; failWith?: unknown } = {},
): TrackedStream {
  const chunkSize = options.chunkSize ?? 64 * 1024;
  const hash = createHash("sha256");
  let pulled = 0;
  let cancelled: { reason: unknown } | undefined;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (options.failAfter !== undefined && pulled >= options.failAfter) {
          controller.error(options.failWith ?? new Error("the source broke"));
          return;
        }
        if (pulled >= total) {
          controller.close();
          return;
        }
        const chunk = new Uint8Array(randomBytes(Math.min(chunkSize, total - pulled)));
        hash.update(chunk);
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel(reason) {
        cancelled = { reason };
      },
    },
    { highWaterMark: 0 },
  );
  return {
    stream,
    get pulled() {
      return pulled;
    },
    get cancelled() {
      return cancelled;
    },
    sha256: () => hash.digest("hex"),
  };
}

/** Polls `check` until it holds (for effects that land a few event-loop turns later). */
export async function eventually(
  check: () => boolean,
  what: string,
  timeoutMs = 5000,
): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

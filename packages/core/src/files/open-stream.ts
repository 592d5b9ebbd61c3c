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
): Promise<StreamSource> {
  // Node's and Deno's web streams are async iterable too.
  const iterator = (input as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
  // A Readable with an encoding set gives strings.
  const bytes = (chunk: Uint8Array | string) =>
    typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
  const head: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (!done && length < HEAD_BYTES) {
    const next = await iterator.next();
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
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (head.length) return controller.enqueue(head.shift()!);
          const next = done ? ({ done } as const) : await iterator.next();
          if (next.done) controller.close();
          else controller.enqueue(bytes(next.value));
        },
        async cancel() {
          await iterator.return?.();
        },
      });
    },
  };
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

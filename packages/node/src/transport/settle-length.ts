import type { BodySource, OpenedBody } from "./redirect.js";

/**
 * A request body whose length the request does not give, that turns out to be one chunk (what a
 * Request made from a string or bytes holds: the SDK's JSON and form bodies), is sent whole with
 * its `Content-Length`, as fetch sends such bodies: some servers and proxies refuse a chunked
 * upload. At most two chunks are read ahead to tell; a longer body goes on as the stream it is,
 * chunked, with those chunks first.
 */
export async function settleLength(source: BodySource, lengthGiven: boolean): Promise<BodySource> {
  if (source.kind !== "stream" || source.length !== null || lengthGiven) return source;
  const reader = source.stream.getReader();
  const first = await reader.read();
  if (first.done) return { kind: "replayable", open: bytesBody(new Uint8Array(0)) };
  const second = await reader.read();
  if (second.done && first.value instanceof Uint8Array)
    return { kind: "replayable", open: bytesBody(first.value) };
  const ahead = second.done ? [first.value] : [first.value, second.value];
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = ahead.length
        ? { done: false as const, value: ahead.shift()! }
        : await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { kind: "stream", stream, length: null };
}

/** A body of bytes held in memory, opened afresh for each hop. */
export function bytesBody(data: Uint8Array): () => OpenedBody {
  return () => ({
    stream: new ReadableStream<Uint8Array>({
      start(controller) {
        if (data.byteLength > 0) controller.enqueue(data);
        controller.close();
      },
    }),
    length: data.byteLength,
    contentType: null,
  });
}

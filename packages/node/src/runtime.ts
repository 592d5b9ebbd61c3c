import { encodeMultipartStream, type Runtime } from "@orq-sdk/core";
import { createNodeHttpFetch } from "./transport/node-http-fetch.js";

let transport: typeof fetch | undefined;

/**
 * Node's part: a streaming `node:http` transport (Node's own fetch holds a streamed upload in
 * memory), the streaming multipart encoder, stream uploads sent as they come, and `process.env`
 * for `ORQ_API_KEY`/`ORQ_LOG`.
 */
export const nodeRuntime: Runtime = {
  name: "node",
  encodeMultipart: encodeMultipartStream,
  // Made on first use, so importing the package opens nothing.
  fetch: (input, init) => (transport ??= createNodeHttpFetch())(input, init),
  openStream,
  env: (name) => process.env[name],
};

/** Enough bytes for core to tell every media type it knows apart. */
const HEAD_BYTES = 16;

/**
 * A one-shot stream (a `Readable`, a web `ReadableStream`, any async iterable of bytes), sent as
 * it comes rather than held in memory: its first chunks are read for core to sniff the media
 * type, then sent first. It can be sent once only, so such a request is never retried.
 */
async function openStream(
  input: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
): ReturnType<NonNullable<Runtime["openStream"]>> {
  // Node's web streams are async iterable too.
  const iterator = (input as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let length = 0;
  let done = false;
  while (!done && length < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) done = true;
    else {
      // A Readable with an encoding set gives strings.
      head.push(Buffer.from(next.value));
      length += head.at(-1)!.byteLength;
    }
  }
  let sent = false;
  return {
    head: Buffer.concat(head),
    size: done ? length : undefined,
    stream() {
      if (sent) throw new TypeError("this file was a one-shot stream and has already been sent");
      sent = true;
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (head.length) return controller.enqueue(head.shift()!);
          const next = done ? ({ done } as const) : await iterator.next();
          if (next.done) controller.close();
          else controller.enqueue(Buffer.from(next.value));
        },
        async cancel() {
          await iterator.return?.();
        },
      });
    },
  };
}

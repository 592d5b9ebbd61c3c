import { escapeName } from "./escape-name.js";
import type { Part, ReplayableBody } from "./part.js";

const encoder = /* @__PURE__ */ new TextEncoder();
const CRLF = /* @__PURE__ */ encoder.encode("\r\n");

/**
 * Encodes parts as a `multipart/form-data` stream (RFC 7578), reading each file only as the
 * network takes it, so a 50 MB image never sits in memory. Every `open()` starts a fresh stream
 * from the sources, which is what lets a retry re-send the whole body. When every size is known
 * the exact `Content-Length` is given, so the upload is not chunked.
 */
export function encodeMultipartStream(
  parts: readonly Part[],
  boundary: string = randomBoundary(),
): ReplayableBody {
  const heads = parts.map((part) => encoder.encode(`--${boundary}\r\n${partHeaders(part)}\r\n`));
  const tail = encoder.encode(`--${boundary}--\r\n`);
  const values = parts.map((part) => ("value" in part ? encoder.encode(part.value) : undefined));

  let length: number | undefined = tail.byteLength;
  parts.forEach((part, i) => {
    const size = "file" in part ? part.file.size : values[i]!.byteLength;
    length =
      length === undefined || size === undefined
        ? undefined
        : length + heads[i]!.byteLength + size + CRLF.byteLength;
  });

  return {
    headers: {
      "content-type": `multipart/form-data; boundary=${boundary}`,
      ...(length === undefined ? {} : { "content-length": String(length) }),
    },
    replayable: parts.every((part) => !("file" in part) || part.file.replayable),
    open: () => stream(parts, heads, values, tail),
  };
}

function stream(
  parts: readonly Part[],
  heads: Uint8Array[],
  values: (Uint8Array | undefined)[],
  tail: Uint8Array,
): ReadableStream<Uint8Array> {
  let index = 0;
  let step: "head" | "body" | "crlf" = "head";
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  // Pulled one chunk at a time (highWaterMark 0): nothing is read before the network asks.
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        for (;;) {
          const part = parts[index];
          if (!part) {
            controller.enqueue(tail);
            return controller.close();
          }
          if (step === "head") {
            step = "body";
            return controller.enqueue(heads[index]!);
          }
          if (step === "body") {
            if (!("file" in part)) {
              step = "crlf";
              return controller.enqueue(values[index]!);
            }
            reader ??= part.file.stream().getReader();
            const next = await reader.read();
            if (!next.done) {
              if (next.value.byteLength) return controller.enqueue(next.value);
              continue;
            }
            reader = undefined;
            step = "crlf";
          }
          index++;
          step = "head";
          return controller.enqueue(CRLF);
        }
      },
      async cancel(reason) {
        await reader?.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

function partHeaders(part: Part): string {
  if ("value" in part) return `Content-Disposition: form-data; name="${escapeName(part.name)}"\r\n`;
  const { filename, contentType } = part.file;
  return (
    `Content-Disposition: form-data; name="${escapeName(part.name)}"; filename="${escapeName(filename)}"\r\n` +
    `Content-Type: ${contentType}\r\n`
  );
}

function randomBoundary(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `----orq-sdk-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

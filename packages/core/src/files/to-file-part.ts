import type { Issue } from "../schema/validate.js";
import type { FilePart } from "./file-part.js";
import {
  isAsyncIterable,
  isBlobLike,
  isBytes,
  isNamedFile,
  isReadableStream,
} from "./file-input.js";
import { describeMediaTypes, sniffMediaType, SNIFF_BYTES } from "./sniff-media-type.js";

/** What the spec says a file field takes (`encoding.contentType`, `x-max-bytes`). */
export interface FileRules {
  readonly mediaTypes?: readonly string[];
  readonly maxBytes?: number;
}

/**
 * Turns one upload input into a {@link FilePart}: reads only its first bytes to learn its real
 * media type, and checks it against the field's rules. Problems come back as an issue at `path`.
 */
export async function toFilePart(
  input: unknown,
  path: string,
  rules: FileRules,
): Promise<FilePart | Issue> {
  let name: string | undefined;
  if (isNamedFile(input)) {
    name = input.fileName;
    input = input.content;
  }
  const source = isBlobLike(input)
    ? await blobSource(input)
    : isBytes(input)
      ? await blobSource(new Blob([input as ArrayBuffer]))
      : isReadableStream(input) || isAsyncIterable(input)
        ? await streamSource(isReadableStream(input) ? input : fromAsyncIterable(input))
        : undefined;
  if (!source) return { path, message: `${path} is not a file` };
  name ??= (input as { name?: unknown }).name as string | undefined;

  const sniffed = sniffMediaType(source.head);
  const allowed = specificTypes(rules.mediaTypes);
  const fail = (message: string): Issue => ({ path, message: `${path}: ${message}` });

  if (source.size === 0 || (source.size === undefined && source.head.length === 0))
    return fail("empty file");
  if (rules.maxBytes !== undefined && source.size !== undefined && source.size > rules.maxBytes) {
    return fail(`${source.size} bytes, at most ${rules.maxBytes} (${formatBytes(rules.maxBytes)})`);
  }
  if (allowed.length && !(sniffed && allowed.includes(sniffed))) {
    const actual = sniffed
      ? `it is ${describeMediaTypes([sniffed])}`
      : "its content is not a known image format";
    return fail(`must be ${describeMediaTypes(allowed)}, but ${actual}`);
  }
  const contentType = sniffed ?? (source.declaredType || "application/octet-stream");
  return {
    filename: typeof name === "string" && name !== "" ? name : defaultName(contentType),
    contentType,
    size: source.size,
    replayable: source.replayable,
    stream: source.stream,
    blob: async () => {
      const blob = source.blob ?? (await new Response(source.stream()).blob());
      return blob.type === contentType ? blob : new Blob([blob], { type: contentType });
    },
  };
}

interface Source {
  head: Uint8Array;
  size: number | undefined;
  declaredType: string;
  replayable: boolean;
  blob?: Blob;
  stream(): ReadableStream<Uint8Array>;
}

function blobSource(blob: Blob): Promise<Source> {
  return blob
    .slice(0, SNIFF_BYTES)
    .arrayBuffer()
    .then((head) => ({
      head: new Uint8Array(head),
      size: blob.size,
      declaredType: blob.type,
      replayable: true,
      blob,
      stream: () => blob.stream() as ReadableStream<Uint8Array>,
    }));
}

/** A one-shot stream: its first chunks are read to sniff the type, then put back in front. */
async function streamSource(stream: ReadableStream<Uint8Array>): Promise<Source> {
  const reader = stream.getReader();
  const buffered: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < SNIFF_BYTES) {
    const next = await reader.read();
    if (next.done) {
      done = true;
      break;
    }
    buffered.push(next.value);
    length += next.value.byteLength;
  }
  const head = concat(buffered).subarray(0, SNIFF_BYTES);
  let used = false;
  return {
    head,
    size: done ? length : undefined,
    declaredType: "",
    replayable: false,
    stream() {
      if (used) throw new TypeError("this file was a one-shot stream and has already been sent");
      used = true;
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          const chunk = buffered.shift();
          if (chunk) return controller.enqueue(chunk);
          const next = done ? { done: true as const } : await reader.read();
          if (next.done) controller.close();
          else controller.enqueue(next.value);
        },
        cancel: (reason) => reader.cancel(reason),
      });
    },
  };
}

function fromAsyncIterable(iterable: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = iterable[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else
        controller.enqueue(
          typeof next.value === "string" ? new TextEncoder().encode(next.value) : next.value,
        );
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** Types that say something: `*\/*` and `application/octet-stream` accept anything. */
function specificTypes(types: readonly string[] | undefined): string[] {
  return (types ?? []).filter((t) => !t.includes("*") && t !== "application/octet-stream");
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function defaultName(contentType: string): string {
  const ext = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" }[contentType];
  return ext ? `image.${ext}` : "file";
}

function formatBytes(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MB` : `${n} bytes`;
}

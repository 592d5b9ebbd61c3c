import type { SchemaNode } from "../generated/contract.js";
import type { Runtime } from "../client/runtime.js";
import type { Issue } from "../schema/check-and-rename.js";
import type { FilePart } from "./file-part.js";
import { isBlobLike, isBytes, isNamedFile, isReadableStream, isStream } from "./file-input.js";
import { describeMediaTypes, sniffMediaType, SNIFF_BYTES } from "./sniff-media-type.js";

/**
 * A one-shot stream as a runtime opens it (its `openStream` hook): the first bytes, read to sniff
 * its type, the size when the stream ended within them, and the whole stream, for one send.
 */
export interface StreamSource {
  readonly head: Uint8Array;
  readonly size: number | undefined;
  stream(): ReadableStream<Uint8Array>;
}

/**
 * Turns one upload input (one the checks took for a file) into a {@link FilePart}: reads only its
 * first bytes to learn its real media type, and checks it against the field's rules
 * (`mediaTypes` from the multipart `encoding.contentType`, `maxBytes` from `x-max-bytes`).
 * Problems come back as an issue at `path`.
 */
export async function toFilePart(
  input: unknown,
  path: string,
  rules: Pick<SchemaNode, "mediaTypes" | "maxBytes">,
  runtime: Pick<Runtime, "openStream">,
): Promise<FilePart | Issue> {
  let name = (input as { name?: unknown }).name;
  if (isNamedFile(input)) ({ fileName: name, content: input } = input);
  const opened = isStream(input) ? await (runtime.openStream ?? readIntoBlob)(input) : input;
  const blob = isBytes(opened)
    ? new Blob([opened as ArrayBuffer])
    : isBlobLike(opened)
      ? opened
      : undefined;
  const { head, size, stream }: StreamSource = blob
    ? {
        head: new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer()),
        size: blob.size,
        stream: () => blob.stream(),
      }
    : (opened as StreamSource);

  const fail = (text: string): Issue => ({ path, message: `${path}: ${text}` });
  const sniffed = sniffMediaType(head);
  // `*/*` and `application/octet-stream` accept anything: only the other types are rules.
  const allowed = (rules.mediaTypes ?? []).filter(
    (t) => !t.includes("*") && t !== "application/octet-stream",
  );
  if (size === 0 || !head.length) return fail("empty file");
  // (An unknown size or a missing rule compares false.)
  if (size! > rules.maxBytes!) {
    const max = rules.maxBytes!;
    return fail(
      `${size} bytes, at most ${max} (${max % 1048576 ? `${max} bytes` : `${max / 1048576} MB`})`,
    );
  }
  if (allowed.length && !allowed.includes(sniffed!)) {
    const actual = sniffed
      ? `it is ${describeMediaTypes([sniffed])}`
      : "its content is not a known image format";
    return fail(`must be ${describeMediaTypes(allowed)}, but ${actual}`);
  }
  const contentType = sniffed ?? (blob?.type || "application/octet-stream");
  const extension = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" }[contentType];
  return {
    filename: typeof name === "string" && name ? name : extension ? `image.${extension}` : "file",
    contentType,
    size,
    replayable: !!blob,
    stream,
    blob: async () =>
      new Blob([blob ?? (await new Response(stream()).blob())], { type: contentType }),
  };
}

/**
 * Where the runtime does not stream uploads (browsers send `FormData`), a stream is read into
 * memory: a Blob, which can be re-sent, so such a request is retried like any other.
 */
async function readIntoBlob(
  input: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
): Promise<Blob> {
  if (isReadableStream(input)) return new Response(input).blob();
  const chunks: Uint8Array[] = [];
  for await (const chunk of input) chunks.push(chunk);
  return new Blob(chunks as BlobPart[]);
}

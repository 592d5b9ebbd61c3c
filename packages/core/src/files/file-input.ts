import type { FileContent, FileInput } from "../generated/contract.js";

export type { FileContent, FileInput } from "../generated/contract.js";

// Inputs are recognised by shape, not `instanceof`, so Blobs and streams from another realm, a
// polyfill or a runtime's own classes work too. (A primitive has none of the members asked for.)
const has = (v: unknown, key: PropertyKey, type = "function"): boolean =>
  typeof (v as Record<PropertyKey, unknown> | null | undefined)?.[key] === type;

/** Anything with a Blob's `size`, `stream()` and `slice()` (its `type` is optional to us). */
export function isBlobLike(v: unknown): v is Blob {
  return has(v, "size", "number") && has(v, "stream") && has(v, "slice");
}

export function isBytes(v: unknown): v is ArrayBuffer | ArrayBufferView {
  return ArrayBuffer.isView(v) || Object.prototype.toString.call(v) === "[object ArrayBuffer]";
}

export function isReadableStream(v: unknown): v is ReadableStream<Uint8Array> {
  return has(v, "getReader");
}

/** A `ReadableStream` or any async iterable of bytes (Node's `Readable`): one-shot sources. */
export function isStream(v: unknown): v is ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> {
  return isReadableStream(v) || has(v, Symbol.asyncIterator);
}

export function isFileContent(v: unknown): v is FileContent {
  return isBlobLike(v) || isBytes(v) || isStream(v);
}

export function isNamedFile(v: unknown): v is { fileName: string; content: FileContent } {
  return has(v, "fileName", "string") && isFileContent((v as { content: unknown }).content);
}

export function isFileInput(v: unknown): v is FileInput {
  return isFileContent(v) || isNamedFile(v);
}

import type { FileContent, FileInput } from "../generated/contract.js";

export type { FileContent, FileInput } from "../generated/contract.js";

/** Inputs are recognised by shape, not `instanceof`, so Blobs and streams from another realm, a
 * polyfill or a runtime's own classes work too. */
export function isBlobLike(v: unknown): v is Blob {
  const b = v as Blob | null;
  return (
    typeof b === "object" &&
    b !== null &&
    typeof b.size === "number" &&
    typeof b.type === "string" &&
    typeof b.stream === "function" &&
    typeof b.slice === "function"
  );
}

export function isBytes(v: unknown): v is ArrayBuffer | ArrayBufferView {
  return ArrayBuffer.isView(v) || Object.prototype.toString.call(v) === "[object ArrayBuffer]";
}

export function isReadableStream(v: unknown): v is ReadableStream<Uint8Array> {
  return (
    typeof v === "object" && v !== null && typeof (v as ReadableStream).getReader === "function"
  );
}

export function isAsyncIterable(v: unknown): v is AsyncIterable<Uint8Array> {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function"
  );
}

export function isFileContent(v: unknown): v is FileContent {
  return isBlobLike(v) || isBytes(v) || isReadableStream(v) || isAsyncIterable(v);
}

export function isNamedFile(v: unknown): v is { fileName: string; content: FileContent } {
  const f = v as { fileName?: unknown; content?: unknown } | null;
  return (
    typeof f === "object" &&
    f !== null &&
    typeof f.fileName === "string" &&
    isFileContent(f.content)
  );
}

export function isFileInput(v: unknown): v is FileInput {
  return isFileContent(v) || isNamedFile(v);
}

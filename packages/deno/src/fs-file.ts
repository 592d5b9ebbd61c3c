import { type FileInput, ValidationError } from "@orq-sdk/core";
import { FileOnDisk } from "./file-on-disk.ts";
import { fileReader } from "./file-from-path.ts";

/** A `Deno.FsFile`, alone or as the content of the official SDK's `{ fileName, content }`. */
export function isFsFileInput(value: unknown): boolean {
  return value instanceof Deno.FsFile || (isNamed(value) && value.content instanceof Deno.FsFile);
}

/** Turns a `Deno.FsFile` input into one of core's inputs (checked by `isFsFileInput` first). */
export async function fsFileToInput(value: unknown): Promise<FileInput> {
  if (isNamed(value)) {
    return { fileName: value.fileName, content: await fromFsFile(value.content as Deno.FsFile) };
  }
  return await fromFsFile(value as Deno.FsFile);
}

/** Each file's conversion under way: the same file given twice is looked at one at a time. */
const converting = new WeakMap<Deno.FsFile, Promise<unknown>>();

/**
 * A regular file is read from its current position to its end, by position, so a retry can
 * read it again; the SDK leaves it open (close it yourself, or open it with `using`). Anything
 * else (a pipe, a terminal) is read as a one-shot stream: sent once, never retried. The same file
 * twice in one request (`image: [file, file]`) is converted once after the other: each moves
 * the file's position and puts it back (see `checkReadable`).
 */
function fromFsFile(file: Deno.FsFile): Promise<FileOnDisk | ReadableStream<Uint8Array>> {
  const converted = (converting.get(file) ?? Promise.resolve())
    .catch(() => {})
    .then(() => convertFsFile(file));
  converting.set(file, converted);
  return converted;
}

async function convertFsFile(file: Deno.FsFile): Promise<FileOnDisk | ReadableStream<Uint8Array>> {
  const info = await file.stat().catch((error: unknown) => {
    // Closed already: most often by a `using` block that ended before the call was awaited.
    throw error instanceof Deno.errors.BadResource
      ? invalid("the Deno.FsFile is closed (opened with `using`? await the call inside its block)")
      : error;
  });
  if (!info.isFile) return file.readable;
  const start = await file.seek(0, Deno.SeekMode.Current);
  // Read from its position: at its end (sent once already, say), there is nothing to send.
  if (info.size > 0 && start >= info.size)
    throw invalid(
      `the Deno.FsFile is at its end (position ${start} of ${info.size} bytes): ` +
        "seek back with file.seek(0, Deno.SeekMode.Start), or open it again",
    );
  await checkReadable(file, start);
  return new FileOnDisk(
    { label: "a Deno.FsFile", open: () => Promise.resolve(fileReader(file, true)) },
    { start: Math.min(start, info.size), end: info.size },
    { name: "", type: "", lastModified: info.mtime?.getTime() ?? Date.now() },
  );
}

/**
 * A file opened for writing only passes stat and seek, then fails in the upload with a bare "Bad
 * file descriptor": one byte read now (and the position put back) tells it here, at its field.
 */
async function checkReadable(file: Deno.FsFile, position: number): Promise<void> {
  await file.read(new Uint8Array(1)).catch(() => {
    throw invalid("the Deno.FsFile cannot be read: open it with { read: true }");
  });
  await file.seek(position, Deno.SeekMode.Start);
}

function isNamed(value: unknown): value is { fileName: string; content: unknown } {
  const v = value as { fileName?: unknown; content?: unknown } | null;
  return typeof v === "object" && v !== null && typeof v.fileName === "string" && "content" in v;
}

/** A Deno input that cannot be sent; core reports it at its field, under the call's name. */
const invalid = (message: string) => new ValidationError("Deno.FsFile", [{ path: "", message }]);

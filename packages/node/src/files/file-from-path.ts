import type { BigIntStats } from "node:fs";
import { access, constants, open, stat } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { mediaTypeOfName } from "@orq-sdk/core";

export interface FileFromPathOptions {
  /**
   * The media type the File reports; when not given, the one its name's extension stands for
   * (`application/pdf` for `report.pdf`), else "" (unknown).
   */
  type?: string;
  /** The file name the File reports; the path's last segment when not given. */
  name?: string;
}

/**
 * A standard `File` for a file on disk that is never read into memory whole: `size`,
 * `lastModified` and `slice()` cost nothing, and every `stream()` reads the file afresh in 64 KiB
 * chunks as they are asked for, so a retried upload can send it again.
 *
 * The File is a snapshot of the file as it is now: if the file is changed or removed afterwards,
 * reading it fails with an error naming the path, rather than sending bytes that no longer match
 * its size or content (see {@link FileOnDisk}).
 *
 * Rejects with an Error naming the path (and the fs `code`, e.g. ENOENT, EISDIR, EACCES) when the
 * path is missing, not a regular file, or not readable.
 */
export async function fileFromPath(
  path: string | URL,
  options: FileFromPathOptions = {},
): Promise<File> {
  // A `file:` URL (`new URL("./otter.png", import.meta.url)`), as Deno's `fileFromPath` and
  // Node's own fs functions take one.
  if (path instanceof URL) {
    if (path.protocol !== "file:")
      throw new TypeError(`fileFromPath: ${path.href} is not a file: URL`);
    path = fileURLToPath(path);
  }
  const absolute = resolve(path);
  let stats: BigIntStats;
  try {
    stats = await stat(absolute, { bigint: true });
    if (stats.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (!stats.isFile()) throw Object.assign(new Error("not a regular file"), { code: "EINVAL" });
    await access(absolute, constants.R_OK);
  } catch (err) {
    throw readError(path, err);
  }
  // Node's file-backed Blob (Node >= 19.8): lazy and memory-flat, so slice(), arrayBuffer() and
  // text() are Node's own; only stream() is ours (see FileOnDisk).
  // (`node:fs` loaded here, not with the package: its module costs an import ~1.5 ms, a tenth
  // of what the whole package adds to a program's start.)
  const { openAsBlob } = await import("node:fs");
  const blob = await openAsBlob(absolute);
  const name = options.name ?? basename(absolute);
  return new FileOnDisk(blob, {
    path: absolute,
    displayPath: path,
    name,
    type: options.type ?? mediaTypeOfName(name),
    size: blob.size,
    mtimeNs: stats.mtimeNs,
  });
}

interface Snapshot {
  path: string;
  /** The path as the caller wrote it, for messages. */
  displayPath: string;
  name: string;
  type: string;
  size: number;
  mtimeNs: bigint;
}

const CHUNK_SIZE = 64 * 1024;

/**
 * A `File` over Node's file-backed Blob, with its own `stream()`. In Node 20 the Blob's stream is
 * lazy and memory-flat, but cancelling it leaves the file descriptor open until garbage collection
 * (an aborted or retried upload cancels its stream), and a file changed on disk fails it with a
 * bare "NotReadableError: The blob could not be read". Ours closes the file on end, error and
 * cancel, and says which file changed; arrayBuffer(), text() and slices say so too. (bytes()
 * is Node's own and reports a change with its bare error.) Being a real File subclass, it works
 * wherever a Blob does; FormData, `new Response(file)` and undici's fetch read it via stream().
 */
class FileOnDisk extends File {
  readonly #snapshot: Snapshot;

  constructor(blob: Blob, snapshot: Snapshot) {
    super([blob], snapshot.name, {
      type: snapshot.type,
      lastModified: Number(snapshot.mtimeNs / 1_000_000n),
    });
    this.#snapshot = snapshot;
  }

  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    return streamFile(this.#snapshot);
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    return namingFile(this.#snapshot, super.arrayBuffer());
  }

  override text(): Promise<string> {
    return namingFile(this.#snapshot, super.text());
  }

  /** A slice that says which file changed too (the SDK reads a slice to learn the file's type). */
  override slice(start?: number, end?: number, contentType?: string): Blob {
    return new SliceOnDisk(super.slice(start, end, contentType), this.#snapshot);
  }
}

/** A slice of a `FileOnDisk`: Node's own, with a changed file named in its errors. */
class SliceOnDisk extends Blob {
  readonly #snapshot: Snapshot;

  constructor(blob: Blob, snapshot: Snapshot) {
    super([blob], { type: blob.type });
    this.#snapshot = snapshot;
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    return namingFile(this.#snapshot, super.arrayBuffer());
  }

  override text(): Promise<string> {
    return namingFile(this.#snapshot, super.text());
  }

  override slice(start?: number, end?: number, contentType?: string): Blob {
    return new SliceOnDisk(super.slice(start, end, contentType), this.#snapshot);
  }
}

/**
 * Reads the file from its start, one chunk per pull (highWaterMark 0: nothing is read before the
 * consumer asks). The file is opened on the first pull, so a stream that is never read opens
 * nothing, and checked against the snapshot: a file of another size or modification time is
 * refused instead of being sent under the old size.
 *
 * Each pull also starts reading the chunk after the one it gives: the disk works while the
 * network sends (without it, reading and sending took turns, and uploads ran at about 0.7× of
 * `fs.createReadStream().pipe()`), for one more chunk in memory.
 */
function streamFile(snapshot: Snapshot): ReadableStream<Uint8Array<ArrayBuffer>> {
  let handle: FileHandle | undefined;
  let position = 0;
  /** The next chunk, being read while the last one is sent. */
  let ahead: Promise<Uint8Array<ArrayBuffer>> | undefined;
  const close = async (): Promise<void> => {
    const h = handle;
    handle = undefined;
    // A read still under way settles on its own; nobody waits for it any more.
    ahead = undefined;
    await h?.close().catch(() => {});
  };
  /** Reads the next chunk's range, claimed at once so that reads ahead never overlap. */
  const read = async (from: FileHandle): Promise<Uint8Array<ArrayBuffer>> => {
    // Not zeroed first, as `new Uint8Array(n)` would be (28 ms of a 200 MB upload): the read
    // below fills every byte or the chunk is thrown away. A plain Uint8Array over its own memory.
    const chunk = new Uint8Array(
      Buffer.allocUnsafeSlow(Math.min(CHUNK_SIZE, snapshot.size - position)).buffer,
    );
    const at = position;
    position += chunk.byteLength;
    const { bytesRead } = await from.read(chunk, 0, chunk.byteLength, at);
    // Shorter than its size: truncated while we read it.
    if (bytesRead !== chunk.byteLength) throw changed(snapshot);
    return chunk;
  };
  return new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      async pull(controller) {
        try {
          if (!handle) {
            if (snapshot.size === 0) return controller.close();
            handle = await open(snapshot.path, "r");
            const now = await handle.stat({ bigint: true });
            if (now.size !== BigInt(snapshot.size) || now.mtimeNs !== snapshot.mtimeNs) {
              throw changed(snapshot);
            }
          }
          const chunk = await (ahead ?? read(handle));
          ahead = position < snapshot.size ? read(handle) : undefined;
          // Handled now, so a failed read ahead is not an unhandled rejection while it waits;
          // the next pull still gets its error.
          ahead?.catch(() => {});
          controller.enqueue(chunk);
          if (!ahead) {
            await close();
            controller.close();
          }
        } catch (err) {
          await close();
          controller.error(
            err instanceof FileChangedError ? err : readError(snapshot.displayPath, err),
          );
        }
      },
      async cancel() {
        await close();
      },
    },
    { highWaterMark: 0 },
  );
}

/** Already names the path; not to be wrapped again. */
class FileChangedError extends Error {}

function changed(snapshot: Snapshot, cause?: unknown): FileChangedError {
  return new FileChangedError(
    `cannot read ${snapshot.displayPath}: it changed on disk (or was removed) after fileFromPath() ` +
      "opened it; call fileFromPath() again to send its current content",
    cause === undefined ? undefined : { cause },
  );
}

/** Node's Blob reports a changed file as a bare NotReadableError; say which file, and why. */
function changedError(snapshot: Snapshot, err: unknown): unknown {
  if (!(err instanceof Error) || err.name !== "NotReadableError") return err;
  return changed(snapshot, err);
}

/** A read of Node's own (a File's or a slice's) whose failure names the file (`changedError`). */
function namingFile<T>(snapshot: Snapshot, read: Promise<T>): Promise<T> {
  return read.catch((err: unknown) => {
    throw changedError(snapshot, err);
  });
}

function readError(path: string, err: unknown): Error {
  const code = (err as { code?: unknown } | null)?.code;
  const reason =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "it is a directory, not a file"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : err instanceof Error
            ? err.message
            : String(err);
  return Object.assign(new Error(`cannot read ${path}: ${reason}`, { cause: err }), {
    code: typeof code === "string" ? code : undefined,
    path,
  });
}

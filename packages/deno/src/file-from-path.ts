import { type ByteReader, type ByteSource, FileOnDisk } from "./file-on-disk.ts";
import { mediaTypeOfName } from "@orq-sdk/core";

/** Options of {@link fileFromPath}. */
export interface FileFromPathOptions {
  /** The media type the file reports; when not given, the one its name's extension stands for
   * (`application/pdf` for `report.pdf`), else "" (unknown). The SDK reads an image's real one
   * from its bytes either way. */
  type?: string;
  /** The file name sent with it; the path's last segment when not given. */
  name?: string;
}

/**
 * A file on disk, for `image`: never read into memory whole. Its size comes from `Deno.stat`;
 * every upload attempt opens the file again and streams it in 64 KiB chunks, so retries re-send
 * it. Needs `--allow-read` for the path.
 *
 * The file is a snapshot of the file as it is now: if it is changed or removed afterwards,
 * reading it fails with an error naming the path, rather than sending bytes that no longer
 * match its size.
 *
 * Rejects with Deno's own errors: `Deno.errors.NotFound`, `Deno.errors.NotCapable` (no
 * `--allow-read`), `Deno.errors.IsADirectory`, `Deno.errors.PermissionDenied` (a file this
 * process may not read), …
 *
 * @example
 * ```ts
 * const image = await fileFromPath("otter.png");
 * const image2 = await fileFromPath(new URL("./hat.png", import.meta.url));
 * ```
 */
export async function fileFromPath(
  path: string | URL,
  options: FileFromPathOptions = {},
): Promise<FileOnDisk> {
  const label = path instanceof URL ? decodeURIComponent(path.pathname) : path;
  const info = await Deno.stat(path);
  if (info.isDirectory) {
    throw new Deno.errors.IsADirectory(`cannot read ${label}: it is a directory, not a file`);
  }
  if (!info.isFile) throw new Error(`cannot read ${label}: it is not a regular file`);
  // Opened once now, so that a file this process may not read (mode 000, another owner) fails
  // here, with Deno's `PermissionDenied`, and not in the middle of the call.
  (await Deno.open(path, { read: true })).close();
  const snapshot = { size: info.size, mtime: info.mtime?.getTime() };
  const source: ByteSource = {
    label,
    async open() {
      const file = await Deno.open(path, { read: true });
      try {
        const now = await file.stat();
        if (now.size !== snapshot.size || now.mtime?.getTime() !== snapshot.mtime) {
          throw new Error(
            `cannot read ${label}: it changed on disk after fileFromPath() looked at it; ` +
              "call fileFromPath() again to send its current content",
          );
        }
      } catch (error) {
        file.close();
        throw error;
      }
      return fileReader(file, false);
    },
  };
  const name = options.name ?? baseName(label);
  return new FileOnDisk(
    source,
    { start: 0, end: info.size },
    {
      name,
      type: options.type ?? mediaTypeOfName(name),
      lastModified: snapshot.mtime ?? Date.now(),
    },
  );
}

/**
 * Reads a file by absolute position. `shared`: the file is the caller's (a `Deno.FsFile` they
 * passed), so every seek-and-read is done under a lock (two parts of one request may read it),
 * and the file is left open.
 */
export function fileReader(file: Deno.FsFile, shared: boolean): ByteReader {
  let position = -1;
  const read = async (at: number, into: Uint8Array) => {
    if (shared || at !== position) await file.seek(at, Deno.SeekMode.Start);
    const n = await file.read(into);
    position = n === null ? -1 : at + n;
    return n;
  };
  return {
    read: shared ? (at, into) => locked(file, () => read(at, into)) : read,
    close: () => {
      if (!shared) file.close();
    },
  };
}

const locks = new WeakMap<Deno.FsFile, Promise<unknown>>();

function locked<T>(file: Deno.FsFile, run: () => Promise<T>): Promise<T> {
  const result = (locks.get(file) ?? Promise.resolve()).then(run);
  locks.set(
    file,
    result.catch(() => {}),
  );
  return result;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

/**
 * Where a {@link FileOnDisk} gets its bytes: a fresh reader per stream, so every attempt of an
 * upload reads the file again from its start.
 */
export interface ByteSource {
  /** Opens a reader; `read(at, into)` fills `into` from absolute byte `at`, null at the end. */
  open(): Promise<ByteReader>;
  /** The path (or a description) for messages. */
  readonly label: string;
}

export interface ByteReader {
  read(at: number, into: Uint8Array): Promise<number | null>;
  close(): void;
}

const CHUNK_SIZE = 64 * 1024;

/**
 * A `File` that is read only when its bytes are asked for: `size` and `slice()` cost nothing,
 * and every `stream()` opens the file afresh and reads it in 64 KiB chunks as the consumer asks
 * for them. A real `File`: Deno's `FormData`, `Blob`, `Response` and `fetch` read it through
 * `stream()`, so it works wherever a `File` does and is never read into memory whole there
 * either (`arrayBuffer()`, `bytes()` and `text()` do read it whole, as they must).
 */
export class FileOnDisk extends File {
  readonly #source: ByteSource;
  readonly #start: number;
  readonly #end: number;

  /** @internal Made by `fileFromPath()`, and by the SDK for a `Deno.FsFile`. */
  constructor(
    source: ByteSource,
    range: { start: number; end: number },
    file: { name: string; type: string; lastModified: number },
  ) {
    super([], file.name, { type: file.type, lastModified: file.lastModified });
    this.#source = source;
    this.#start = range.start;
    this.#end = range.end;
  }

  override get size(): number {
    return this.#end - this.#start;
  }

  /** A range of the file, with `Blob.slice()`'s rules (negative offsets count from the end). */
  override slice(start?: number, end?: number, contentType?: string): FileOnDisk {
    const clamp = (n: number | undefined, fallback: number) => {
      if (n === undefined) return fallback;
      const i = Math.trunc(n);
      return i < 0 ? Math.max(this.size + i, 0) : Math.min(i, this.size);
    };
    const from = clamp(start, 0);
    const to = Math.max(clamp(end, this.size), from);
    return new FileOnDisk(
      this.#source,
      { start: this.#start + from, end: this.#start + to },
      {
        name: this.name,
        type: contentType === undefined ? "" : contentType.toLowerCase(),
        lastModified: this.lastModified,
      },
    );
  }

  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    return streamRange(this.#source, this.#start, this.#end);
  }

  override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    const out = new Uint8Array(this.size);
    let at = 0;
    for await (const chunk of this.stream()) {
      out.set(chunk, at);
      at += chunk.byteLength;
    }
    return out;
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    return (await this.bytes()).buffer;
  }

  override async text(): Promise<string> {
    return new TextDecoder().decode(await this.bytes());
  }
}

/**
 * Reads `[start, end)` one chunk per pull (highWaterMark 0: nothing is read before the consumer
 * asks). The source is opened on the first pull, so a stream that is never read opens nothing,
 * and closed on end, error and cancel.
 */
function streamRange(
  source: ByteSource,
  start: number,
  end: number,
): ReadableStream<Uint8Array<ArrayBuffer>> {
  let reader: ByteReader | undefined;
  let position = start;
  const close = () => {
    reader?.close();
    reader = undefined;
  };
  return new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      async pull(controller) {
        try {
          if (position >= end) {
            close();
            controller.close();
            return;
          }
          reader ??= await source.open();
          const chunk = new Uint8Array(Math.min(CHUNK_SIZE, end - position));
          const read = await reader.read(position, chunk);
          // Shorter than its size: the file was truncated while we read it.
          if (!read) {
            throw new Error(
              `cannot read ${source.label}: it ended at byte ${position}, before its size ` +
                `(${end}); it changed on disk after it was opened`,
            );
          }
          position += read;
          controller.enqueue(read === chunk.byteLength ? chunk : chunk.slice(0, read));
          if (position >= end) {
            close();
            controller.close();
          }
        } catch (error) {
          close();
          controller.error(error);
        }
      },
      cancel() {
        close();
      },
    },
    { highWaterMark: 0 },
  );
}

import { Transform } from "node:stream";
import type { TransformCallback } from "node:stream";
import * as zlib from "node:zlib";

/**
 * Decoders for a response's `Content-Encoding`, innermost last, as fetch applies them; none when a
 * coding is unknown (the body is then handed over as it came, like undici does). Flushing with
 * SYNC_FLUSH, as undici does, hands over what a truncated stream did decode instead of failing.
 */
export function decodersFor(contentEncoding: string | null): Transform[] {
  if (!contentEncoding) return [];
  const codings = contentEncoding
    .toLowerCase()
    .split(",")
    .map((c) => c.trim())
    .filter((c) => c !== "" && c !== "identity");
  const decoders: Transform[] = [];
  // Codings are listed in the order they were applied, so they are undone from the last.
  for (const coding of codings.reverse()) {
    if (coding === "gzip" || coding === "x-gzip") {
      decoders.push(zlib.createGunzip(ZLIB_OPTIONS));
    } else if (coding === "deflate") {
      decoders.push(new InflateAnyDeflate());
    } else if (coding === "br") {
      decoders.push(zlib.createBrotliDecompress(BROTLI_OPTIONS));
    } else {
      return [];
    }
  }
  return decoders;
}

const ZLIB_OPTIONS: zlib.ZlibOptions = {
  flush: zlib.constants.Z_SYNC_FLUSH,
  finishFlush: zlib.constants.Z_SYNC_FLUSH,
};
const BROTLI_OPTIONS: zlib.BrotliOptions = {
  flush: zlib.constants.BROTLI_OPERATION_FLUSH,
  finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
};

/**
 * `deflate` means zlib-wrapped deflate, but some servers send raw deflate under that name; like
 * browsers and undici we accept both, telling them apart by the first byte (a zlib header's low
 * nibble is 8, the deflate method).
 */
class InflateAnyDeflate extends Transform {
  private inflate: zlib.Inflate | zlib.InflateRaw | undefined;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (!this.inflate) {
      if (chunk.length === 0) return callback();
      const zlibWrapped = ((chunk[0] ?? 0) & 0x0f) === 0x08;
      const inflate = zlibWrapped
        ? zlib.createInflate(ZLIB_OPTIONS)
        : zlib.createInflateRaw(ZLIB_OPTIONS);
      inflate.on("data", (data: Buffer) => {
        // Backpressure from our reader reaches the inflater through its own buffer.
        if (!this.push(data)) inflate.pause();
      });
      inflate.on("error", (err) => this.destroy(err));
      this.inflate = inflate;
    }
    this.inflate.write(chunk, callback);
  }

  override _read(size: number): void {
    this.inflate?.resume();
    super._read(size);
  }

  override _flush(callback: TransformCallback): void {
    const inflate = this.inflate;
    if (!inflate) return callback();
    inflate.once("end", () => callback());
    inflate.end();
  }

  override _destroy(err: Error | null, callback: (error: Error | null) => void): void {
    this.inflate?.destroy();
    callback(err);
  }
}

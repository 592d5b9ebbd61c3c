// Test images: a real 1×1 PNG followed by padding up to the size asked for. Every SDK here reads
// the media type from the first bytes or the file name; the sink never decodes them.
const PNG_1x1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

/** A PNG of exactly `size` bytes (at least the 1×1 PNG's 70), padded with `fill`. */
export function pngOfSize(size, fill = 0) {
  const bytes = Buffer.alloc(Math.max(size, PNG_1x1.length), fill);
  PNG_1x1.copy(bytes);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

import { invalid } from "./invalid.js";
import { bytesFromBase64 } from "./base64.js";

/**
 * A result's `b64Json` as a `Blob`, typed by its first bytes (PNG, JPEG or WebP) unless `type`
 * says otherwise: ready for `<img>`, a download link, `createImageBitmap` or another upload.
 */
export function blobFromB64(b64Json: string, type?: string): Blob {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = bytesFromBase64(b64Json);
  } catch {
    // `undefined` when the answer holds URLs (`responseFormat: "url"`), or text that is not
    // base64: said so, as the SDK's own error, rather than `atob`'s or a TypeError.
    throw invalid(
      "blobFromB64",
      `b64Json must be base64 (got ${typeof b64Json}): ask for responseFormat "b64_json"`,
    );
  }
  return new Blob([bytes], {
    type:
      type ??
      (bytes[0] === 0x89
        ? "image/png"
        : bytes[0] === 0xff
          ? "image/jpeg"
          : bytes[8] === 0x57
            ? "image/webp"
            : "application/octet-stream"),
  });
}

/**
 * A result's `b64Json` as an object URL for `<img src>`. It holds the image in memory until
 * `URL.revokeObjectURL(url)` (or the page goes away).
 */
export const objectURLFromB64 = (b64Json: string, type?: string): string =>
  URL.createObjectURL(blobFromB64(b64Json, type));

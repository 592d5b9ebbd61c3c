import { canonicalMediaType } from "./media-type.js";

/** How many leading bytes of a file sniffMediaType needs. */
export const MAGIC_BYTES = 12;

// Only the image types the orq.ai API names (plus gif); for any other declared type the
// bytes are not checked, because the mock has no way to tell them apart reliably.
const CHECKED = new Set(["image/png", "image/jpeg", "image/webp", "image/gif"]);

export function isSniffable(mediaType: string): boolean {
  return CHECKED.has(canonicalMediaType(mediaType));
}

export function sniffMediaType(head: Uint8Array): string | undefined {
  const ascii = (from: number, to: number) =>
    Buffer.from(head.subarray(from, to)).toString("latin1");
  if (
    head.length >= 8 &&
    head[0] === 0x89 &&
    ascii(1, 4) === "PNG" &&
    head[4] === 0x0d &&
    head[5] === 0x0a &&
    head[6] === 0x1a &&
    head[7] === 0x0a
  )
    return "image/png";
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff)
    return "image/jpeg";
  if (head.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  if (head.length >= 6 && (ascii(0, 6) === "GIF87a" || ascii(0, 6) === "GIF89a"))
    return "image/gif";
  return undefined;
}

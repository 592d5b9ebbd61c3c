import { createHash } from "node:crypto";
import { tinyPng } from "@orq-sdk/mock";

/** Real image bytes of each accepted format (and some refused ones), told apart by magic numbers. */
export const images = {
  png: (): Uint8Array<ArrayBuffer> => new Uint8Array(tinyPng()),
  jpeg: (): Uint8Array<ArrayBuffer> =>
    new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00,
      0x01, 0xff, 0xd9,
    ]),
  webp: (): Uint8Array<ArrayBuffer> => {
    const bytes = new Uint8Array(30);
    bytes.set([
      0x52, 0x49, 0x46, 0x46, 22, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x4c,
    ]);
    return bytes;
  },
  gif: (): Uint8Array<ArrayBuffer> =>
    new TextEncoder().encode("GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
  text: (): Uint8Array<ArrayBuffer> => new TextEncoder().encode("hello, I am not an image"),
};

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

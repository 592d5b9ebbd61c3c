/** The formats told apart by their first bytes: the ones the API takes, and the usual wrong ones. */
const signatures: ReadonlyArray<
  readonly [type: string, label: string, test: (b: Uint8Array) => boolean]
> = [
  ["image/png", "PNG", (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ["image/jpeg", "JPEG", (b) => starts(b, [0xff, 0xd8, 0xff])],
  [
    "image/webp",
    "WebP",
    (b) => starts(b, [0x52, 0x49, 0x46, 0x46]) && starts(b.subarray(8), [0x57, 0x45, 0x42, 0x50]),
  ],
  ["image/gif", "GIF", (b) => starts(b, [0x47, 0x49, 0x46, 0x38])],
  ["image/bmp", "BMP", (b) => starts(b, [0x42, 0x4d])],
  ["application/pdf", "PDF", (b) => starts(b, [0x25, 0x50, 0x44, 0x46])],
];

/** Bytes needed to tell every format above apart. */
export const SNIFF_BYTES = 16;

/** The media type the bytes really are, whatever the file name says; `undefined` if unknown. */
export function sniffMediaType(head: Uint8Array): string | undefined {
  return signatures.find(([, , test]) => test(head))?.[0];
}

/** "PNG, JPEG or WebP", for messages. */
export function describeMediaTypes(types: readonly string[]): string {
  const labels = types.map((t) => signatures.find(([type]) => type === t)?.[1] ?? t);
  return labels.length > 1
    ? `${labels.slice(0, -1).join(", ")} or ${labels[labels.length - 1]}`
    : (labels[0] ?? "");
}

function starts(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * The formats told apart by their first bytes: the ones the API takes, and GIF, the image people
 * most often try instead (anything else is "not a known image format").
 */
const signatures: ReadonlyArray<readonly [type: string, label: string, start: RegExp]> = [
  ["image/png", "PNG", /^\x89PNG\r\n\x1a\n/],
  ["image/jpeg", "JPEG", /^\xff\xd8\xff/],
  ["image/webp", "WebP", /^RIFF[^]{4}WEBP/],
  ["image/gif", "GIF", /^GIF8/],
];

/** Bytes needed to tell every format above apart. */
export const SNIFF_BYTES = 16;

/** The media type the bytes really are, whatever the file name says; `undefined` if unknown. */
export function sniffMediaType(head: Uint8Array): string | undefined {
  const start = String.fromCharCode(...head.subarray(0, SNIFF_BYTES));
  return signatures.find(([, , test]) => test.test(start))?.[0];
}

/** Whether `sniffMediaType` can tell this type from the bytes. */
export function isSniffable(type: string): boolean {
  return signatures.some(([known]) => known === type);
}

/** "PNG, JPEG or WebP", for messages. */
export function describeMediaTypes(types: readonly string[]): string {
  const labels = types.map((t) => signatures.find(([type]) => type === t)?.[1] ?? t);
  return labels.join(", ").replace(/, ([^,]*)$/, " or $1");
}

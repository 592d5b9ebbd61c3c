import type { SpecDocument } from "./document.js";
import {
  canonicalMediaType,
  isEventStream,
  isJsonMediaType,
  isTextMediaType,
} from "./media-type.js";
import { tinyPng } from "./png.js";
import { fileShape, possibleTypes } from "./schema-info.js";

/**
 * Whether a response of this media type and schema is bytes rather than JSON or text: a file
 * schema (`format: binary`, `contentMediaType`), or any media type that is not text.
 */
export function isBinaryResponse(doc: SpecDocument, mediaType: string, schema: unknown): boolean {
  if (isJsonMediaType(mediaType) || isEventStream(mediaType)) return false;
  if (answersJson(doc, mediaType, schema)) return false;
  if (schema !== undefined && fileShape(doc, schema) !== undefined) return true;
  return !isTextMediaType(mediaType);
}

/**
 * A wildcard answer (`*` + `/*`, `application/*`, as springdoc writes every answer) over a schema
 * of JSON data, neither a file nor a bare string: what such servers send is JSON.
 */
export function answersJson(doc: SpecDocument, mediaType: string, schema: unknown): boolean {
  const type = canonicalMediaType(mediaType);
  if ((type !== "*/*" && type !== "application/*") || schema === undefined) return false;
  if (fileShape(doc, schema) !== undefined) return false;
  const s = doc.schema(schema);
  const types = possibleTypes(doc, s);
  return Object.keys(s).length > 0 && !(types.size === 1 && types.has("string"));
}

/**
 * Real bytes for a binary answer, the same on every call: the tiny PNG for PNG (and for any
 * image, when the spec only says `image/*`), a one-page PDF for PDF, the right signature for the
 * other images the mock can recognise, and otherwise every byte value once (0x00 to 0xff), so a
 * client that reads bytes as text shows it. `contentType` is concrete where the spec's is a
 * wildcard.
 */
export function sampleBytes(mediaType: string): { contentType: string; bytes: Buffer } {
  const type = canonicalMediaType(mediaType);
  if (type === "image/png" || type === "image/*")
    return { contentType: "image/png", bytes: tinyPng() };
  if (type === "application/pdf") return { contentType: mediaType, bytes: Buffer.from(TINY_PDF) };
  const signature = SIGNATURES[type];
  // A wildcard is no media type a client can act on (`audio/*` names no codec).
  const contentType = type.endsWith("/*")
    ? (WILDCARD_DEFAULTS[type] ?? "application/octet-stream")
    : mediaType;
  return { contentType, bytes: Buffer.concat([signature ?? Buffer.alloc(0), EVERY_BYTE]) };
}

/** The concrete media type answered for a wildcard: the most common of its kind. */
const WILDCARD_DEFAULTS: Record<string, string> = {
  "audio/*": "audio/mpeg",
  "video/*": "video/mp4",
  "font/*": "font/woff2",
};

const EVERY_BYTE = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

// What magic.ts recognises each of these by.
const SIGNATURES: Record<string, Buffer> = {
  "image/jpeg": Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  "image/gif": Buffer.from("GIF89a", "latin1"),
  "image/webp": Buffer.from("RIFF\x00\x00\x00\x00WEBP", "latin1"),
};

/** A valid PDF of one empty page: its cross-reference table points at each object's offset. */
function encodeTinyPdf(): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>",
  ];
  let text = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, "0")} 00000 n \n`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(text, "latin1");
}

const TINY_PDF = encodeTinyPdf();

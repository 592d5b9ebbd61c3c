/** Turns what arrived into the plain, JSON-friendly records tests read. */
import type { IncomingMessage } from "node:http";
import type { FilePart, FormPart } from "./multipart.js";
import { setOwn } from "./styles.js";
import type { RecordedFile, RecordedPart } from "./types.js";

export function toRecordedPart(part: FormPart): RecordedPart {
  const out: RecordedPart = { name: part.name };
  if (part.filename !== undefined) out.filename = part.filename;
  if (part.contentType !== undefined) out.contentType = part.contentType;
  return out;
}

export function toRecordedFile(part: FilePart): RecordedFile {
  return {
    field: part.name,
    filename: part.filename,
    contentType: part.contentType ?? "application/octet-stream",
    size: part.size,
    sha256: part.sha256,
    headers: part.headers,
  };
}

export function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    // (Names from the request: `?__proto__=a&__proto__=b` is a parameter, not the prototype.)
    setOwn(out, key, values.length === 1 ? values[0]! : values);
  }
  return out;
}

export function headerRecord(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) setOwn(out, name, Array.isArray(value) ? value.join(", ") : value);
  }
  return out;
}

import type { FieldEncoding, Operation } from "../generated/contract.js";
import type { FilePart } from "../files/file-part.js";
import type { Part, ReplayableBody } from "../multipart/part.js";

/**
 * Puts a validated wire-named body into the operation's media type. Multipart: scalars as text
 * parts, objects and arrays of objects as one JSON text part each, files as file parts, an array
 * of files or scalars as repeated parts; only fields the caller set, in the caller's order.
 * A null has no multipart form, so a null field is left out (the server's default applies).
 */
export function encodeBody(
  body: NonNullable<Operation["requestBody"]>,
  wire: unknown,
  files: Map<unknown, FilePart>,
  encodeMultipart: (parts: readonly Part[]) => ReplayableBody,
): ReplayableBody {
  if (body.mediaType === "multipart/form-data") {
    const parts: Part[] = [];
    for (const [name, value] of Object.entries(wire as Record<string, unknown>)) {
      if (value === undefined || value === null) continue;
      const how: FieldEncoding =
        body.encoding?.[name] ?? (typeof value === "object" ? "json" : "text");
      const values = Array.isArray(value) && how !== "json" ? value : [value];
      for (const v of values) {
        if (how === "file") parts.push({ name, file: files.get(v)! });
        else if (how === "json") parts.push({ name, value: JSON.stringify(v) });
        else if (v !== null && v !== undefined)
          parts.push({ name, value: typeof v === "object" ? JSON.stringify(v) : String(v) });
      }
    }
    return encodeMultipart(parts);
  }
  if (body.mediaType === "application/x-www-form-urlencoded") {
    const form = new URLSearchParams();
    for (const [name, value] of Object.entries(wire as Record<string, unknown>)) {
      if (value === undefined || value === null) continue;
      for (const v of Array.isArray(value) ? value : [value])
        form.append(name, typeof v === "object" ? JSON.stringify(v) : String(v));
    }
    const text = form.toString();
    return { headers: { "content-type": body.mediaType }, replayable: true, open: () => text };
  }
  const json = JSON.stringify(wire);
  return { headers: { "content-type": body.mediaType }, replayable: true, open: () => json };
}

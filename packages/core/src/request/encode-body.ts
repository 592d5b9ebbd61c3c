import type { Operation } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";
import type { FilePart } from "../files/file-part.js";
import type { Part, ReplayableBody } from "../multipart/part.js";

/**
 * Puts a checked, wire-named body into the operation's media type. Multipart: scalars as text
 * parts, objects and arrays of objects as one JSON text part each, files as file parts, an array
 * of files or scalars as repeated parts; only fields the caller set, in the caller's order.
 * A null has no form field, so a null field is left out (the server's default applies).
 */
export function encodeBody(
  body: NonNullable<Operation["requestBody"]>,
  wire: unknown,
  files: Map<unknown, FilePart>,
  encodeMultipart: (parts: readonly Part[]) => ReplayableBody,
): ReplayableBody {
  const { mediaType } = body;
  const fields = Object.entries(wire as Record<string, unknown>).filter(([, v]) => v != null);
  if (mediaType === "multipart/form-data") {
    const parts: Part[] = [];
    for (const [name, value] of fields) {
      const how = body.encoding?.[name] ?? (typeof value === "object" ? "json" : "text");
      for (const v of Array.isArray(value) && how !== "json" ? value : [value]) {
        if (how === "file") parts.push({ name, file: files.get(v)! });
        else if (v != null)
          parts.push({ name, value: how === "json" ? JSON.stringify(v) : text(v) });
      }
    }
    return encodeMultipart(parts);
  }
  const encoded =
    spec.usesFormBodies && mediaType === "application/x-www-form-urlencoded"
      ? new URLSearchParams(
          fields.flatMap(([name, value]) =>
            (Array.isArray(value) ? value : [value]).map((v) => [name, text(v)]),
          ),
        ).toString()
      : JSON.stringify(wire);
  return { headers: { "content-type": mediaType }, replayable: true, open: () => encoded };
}

/** A form field's text: a string or number as itself, an object as JSON. */
function text(value: unknown): string {
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

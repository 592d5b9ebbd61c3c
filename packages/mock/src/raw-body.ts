import type { IncomingMessage } from "node:http";
import { streamBody, type StreamedBody } from "./body.js";
import { isObject, type JsonObject, type SpecDocument } from "./document.js";
import { checkBytes } from "./file-checks.js";
import { isTextMediaType, parseMediaTypeList } from "./media-type.js";
import { fileShape, possibleTypes } from "./schema-info.js";
import type { ValidationErrorDetail } from "./types.js";

export interface RawBody {
  /** The text of a text body; undefined for bytes, which are never held. */
  text: string | undefined;
  streamed: StreamedBody;
  /** The text is for the schema to check (it takes strings; XML described as an object does not). */
  validateText: boolean;
  /** What the byte checks found wrong. */
  errors: ValidationErrorDetail[];
}

/**
 * Reads a body that is neither JSON nor a form. A text media type (unless its schema says the
 * text is a file), or base64 text of a binary one, is read as text; anything else is bytes: streamed, counted and hashed, then
 * checked like an uploaded file against `x-max-bytes`, `contentMediaType` and, for images,
 * their magic bytes. A body the operation does not declare is only counted.
 */
export async function readRawBody(
  doc: SpecDocument,
  req: IncomingMessage,
  contentType: string,
  media: JsonObject | undefined,
): Promise<RawBody> {
  const schema = media?.schema;
  const shape = schema === undefined ? undefined : fileShape(doc, schema);
  // Base64 text of the bytes (`type: string, format: base64`, or 3.1's `contentEncoding`), as
  // Spotify takes a playlist's JPEG cover: text for the schema, not bytes for a magic check.
  const own = isObject(schema) ? doc.schema(schema) : undefined;
  const base64 = own?.format === "base64" || own?.contentEncoding === "base64";
  // `format: byte` of a binary media type is either (the SDK takes both): the bytes themselves
  // (Xero's attachments), or their base64 text (Spotify's covers); text when it reads as base64.
  const bytesOrBase64 = !isTextMediaType(contentType) && own?.format === "byte";
  const asText =
    media !== undefined && shape === undefined && (isTextMediaType(contentType) || base64);
  const streamed = await streamBody(req, asText || bytesOrBase64);
  const result: RawBody = { text: undefined, streamed, validateText: false, errors: [] };
  if (
    asText ||
    (bytesOrBase64 && /^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(streamed.bytes!.toString("latin1")))
  ) {
    result.text = decodeText(streamed.bytes!, contentType);
    const types = schema === undefined ? undefined : possibleTypes(doc, schema);
    result.validateText = types !== undefined && (types.size === 0 || types.has("string"));
  } else if (media !== undefined) {
    const ownMax = isObject(schema) ? doc.schema(schema)["x-max-bytes"] : undefined;
    result.errors = checkBytes({ ...streamed, contentType: contentType || undefined }, "", {
      // The schema's `contentMediaType`, else the media type the body matched (which the
      // Content-Type matches by definition, so only the empty-body rule reads it).
      allowed: parseMediaTypeList(shape?.mediaTypes.join(",")) ?? parseMediaTypeList(contentType),
      maxBytes: shape?.maxBytes ?? (typeof ownMax === "number" ? ownMax : undefined),
    });
  }
  return result;
}

/** Text in the Content-Type's charset (UTF-8 when it names none, or one Node cannot decode). */
function decodeText(bytes: Buffer, contentType: string): string {
  const charset = /;\s*charset="?([^";\s]+)/i.exec(contentType)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return bytes.toString("utf8");
  }
}

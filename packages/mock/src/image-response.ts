import { randomBytes } from "node:crypto";
import { isObject, type SpecDocument } from "./document.js";
import { tinyPng } from "./png.js";

/** Upper bound on generated images per response, whatever `n` says. */
const MAX_IMAGES = 128;

/**
 * Image operations answer `{ created, data: [{ b64_json | url }] }`. For those the mock answers
 * what a real image API would: exactly `n` images, base64 PNGs or URLs it can itself serve.
 */
export function isImageResponseSchema(doc: SpecDocument, schemaNode: unknown): boolean {
  const schema = doc.schema(schemaNode);
  const properties = isObject(schema.properties) ? schema.properties : {};
  if (properties.data === undefined) return false;
  const data = doc.schema(properties.data);
  if (data.type !== "array" && data.items === undefined) return false;
  const item = doc.schema(data.items);
  const itemProperties = isObject(item.properties) ? item.properties : {};
  return itemProperties.b64_json !== undefined && itemProperties.url !== undefined;
}

export interface ImageRequest {
  n: unknown;
  responseFormat: unknown;
  size?: unknown;
  quality?: unknown;
}

export function shapeImageResponse(
  base: Record<string, unknown>,
  request: ImageRequest,
  fileUrl: (id: string) => string,
  onFile: (id: string) => void,
): Record<string, unknown> {
  const count =
    typeof request.n === "number" && request.n >= 1
      ? Math.min(Math.floor(request.n), MAX_IMAGES)
      : 1;
  const asBase64 = request.responseFormat === "b64_json";
  const template = Array.isArray(base.data) && isObject(base.data[0]) ? base.data[0] : {};
  const data = Array.from({ length: count }, () => {
    const { b64_json: _b64, url: _url, ...rest } = template;
    if (asBase64) return { ...structuredClone(rest), b64_json: tinyPng().toString("base64") };
    const id = `img_${randomBytes(8).toString("hex")}`;
    onFile(id);
    return { ...structuredClone(rest), url: fileUrl(id) };
  });
  const out: Record<string, unknown> = { ...base, data };
  if ("created" in base) out.created = Math.floor(Date.now() / 1000);
  if (typeof base.output_format === "string") out.output_format = "png";
  // Echo what was asked for, as a real image API reports what it produced.
  if (typeof base.size === "string" && typeof request.size === "string") out.size = request.size;
  if (typeof base.quality === "string" && typeof request.quality === "string")
    out.quality = request.quality;
  return out;
}

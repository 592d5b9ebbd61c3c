import {
  holdsData,
  followRef,
  isObject,
  type Document,
  type Json,
  type JsonObject,
} from "../document.js";
import { isRawBody, isNonJsonAnswer, type CollectedOperation } from "./collect-operations.js";
import { multipartEncoding, objectProperties } from "./multipart-encoding.js";
import { isBinary, isRawEncoding, typeList } from "./schema-nodes.js";

/**
 * Where a schema is met: as a multipart field of its own (`part`), as one item of such a field
 * or as a raw body (`item`: a file goes there too), or where only JSON (or text) goes (`json`).
 */
type Place = "part" | "item" | "json";

/**
 * Makes every `format: binary` (or 3.1 `contentMediaType`) string that the SDK only ever sends or
 * receives inside JSON a plain string, in the document the types and tables are made from.
 *
 * A file has a form of its own only as a multipart part or as a raw body. Inside a JSON body, a
 * JSON part of a multipart body, a form body, a parameter or a JSON answer, "binary" can only be
 * text the API defines (Resend's attachment `content`: base64): JSON has no bytes. Left as a
 * file, such a field could not be sent at all (a file there would be written as `{}`, so it is
 * refused, and a string is not a file), and a JSON answer carrying one failed its check.
 *
 * Only what the SDK uses is looked at: each operation's chosen request media type, parameters
 * and answers. A schema met both as a file part and inside JSON (one component used both ways)
 * stays a file: the runtime refuses a file inside JSON with its own message.
 */
export function binaryAsStringInJson(doc: Document, ops: CollectedOperation[]): void {
  const met = new Map<JsonObject, Set<Place>>();
  const visit = (schema: Json | undefined, place: Place) => walk(doc, schema, place, met);
  for (const op of ops) {
    for (const p of op.parameters) visit(p.schema, "json");
    const body = op.requestBody;
    if (body?.mediaType === "multipart/form-data") {
      const { fields } = multipartEncoding(doc, body.schema, body.encoding);
      for (const [wire, schema] of Object.entries(objectProperties(doc, body.schema)))
        visit(schema, fields[wire] === "file" ? "part" : "json");
    } else if (body) visit(body.schema, isRawBody(body) ? "item" : "json");
    for (const answer of [op.response, ...op.otherResponses]) {
      if (!answer) continue;
      visit(answer.schema, isNonJsonAnswer(answer.mediaType) && !answer.lines ? "item" : "json");
      if (op.response?.stream) visit(op.response.stream.schema, "json");
    }
  }
  for (const [schema, places] of met) if (places.size === 1 && places.has("json")) asString(schema);
}

function walk(
  doc: Document,
  schema: Json | undefined,
  place: Place,
  met: Map<JsonObject, Set<Place>>,
  /** The key `schema` is under: a property named `default` is no data (see `holdsData`). */
  schemaKey?: string,
) {
  if (!isObject(schema)) return;
  const places = met.get(schema) ?? new Set<Place>();
  // Met here before (a component used twice, or a cycle): nothing new below it.
  if (places.has(place)) return;
  met.set(schema, places.add(place));
  if (typeof schema.$ref === "string") walk(doc, followRef(doc, schema.$ref), place, met);
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith("x-") || holdsData(key, schemaKey) || typeof value !== "object") continue;
    // A union or `allOf` is the value itself; one level of `items` is a repeated part; anything
    // else (properties, additional properties, …) is inside the value, which goes as JSON.
    const inner: Place =
      key === "oneOf" || key === "anyOf" || key === "allOf"
        ? place
        : key === "items" && place === "part"
          ? "item"
          : "json";
    for (const child of Array.isArray(value) ? value : [value]) walk(doc, child, inner, met, key);
  }
}

/** Drops what makes a string schema a file, keeping everything else (length, pattern, …). */
function asString(schema: JsonObject): void {
  if (!isBinary(schema)) return;
  if (schema.format === "binary") delete schema.format;
  if (isRawEncoding(schema.contentEncoding)) delete schema.contentEncoding;
  delete schema.contentMediaType;
  if (!typeList(schema).length) schema.type = "string";
}

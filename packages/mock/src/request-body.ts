import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { drain, hasBody, readText } from "./body.js";
import { decodeForm } from "./decode.js";
import { isObject, pointerOf, type JsonObject, type SpecDocument } from "./document.js";
import {
  bestMediaKey,
  canonicalMediaType,
  isJsonMediaType,
  isJsonSequence,
  isTextMediaType,
} from "./media-type.js";
import { parseFormBody, type FormPart, type TextPart } from "./multipart.js";
import { readRawBody } from "./raw-body.js";
import { possibleTypes } from "./schema-info.js";
import type { Operation } from "./routes.js";
import type { ValidationErrorDetail } from "./types.js";
import { parseUrlEncoded } from "./urlencoded.js";

export interface BodyProblem {
  status: number;
  code: string;
  message: string;
}

export interface ReadBody {
  present: boolean;
  value: unknown;
  forValidation: unknown;
  schemaPointer: string | undefined;
  parts: FormPart[];
  /** A multipart body: its files are parts, so only a file part is `format: binary` there. */
  multipart: boolean;
  /** A body that is neither JSON nor a form: its size and hash. */
  raw: { size: number; sha256: string } | undefined;
  errors: ValidationErrorDetail[];
  problem: BodyProblem | undefined;
}

/**
 * Reads the request body the way its Content-Type says: multipart bodies are streamed part by
 * part, multipart and urlencoded ones decoded by the operation's schema, JSON is parsed, anything
 * else is read as text or as bytes (raw-body.ts). Problems that depend on the operation (415, bad
 * JSON) are reported, not thrown, so a fault can still answer the request.
 */
export async function readRequestBody(
  doc: SpecDocument,
  req: IncomingMessage,
  operation: Operation | undefined,
): Promise<ReadBody> {
  const result = emptyBody();
  if (!hasBody(req)) {
    await drain(req);
    return result;
  }
  result.present = true;
  const contentType = req.headers["content-type"] ?? "";
  const mediaType = canonicalMediaType(contentType);
  const { content, mediaKey, media } = bodyMedia(doc, operation, mediaType);
  if (operation) result.schemaPointer = bodySchemaPointer(doc, operation, contentType);
  if (content && !mediaKey) {
    result.problem = {
      status: 415,
      code: "unsupported_media_type",
      message: `Content-Type "${contentType}" is not accepted here; expected ${Object.keys(content).join(" or ")}`,
    };
  }

  if (mediaType === "multipart/form-data" || mediaType === "application/x-www-form-urlencoded") {
    const urlencoded = mediaType === "application/x-www-form-urlencoded";
    result.parts = urlencoded ? urlencodedParts(await readText(req)) : await parseFormBody(req);
    result.multipart = !urlencoded;
    Object.assign(result, formAs(doc, media, result.parts, result.multipart, result.schemaPointer));
  } else if (isJsonMediaType(mediaType)) {
    parseText(result, await readText(req), "JSON", (text) => JSON.parse(text) as unknown);
  } else if (isJsonSequence(mediaType) && sequenceSchema(doc, media) !== undefined) {
    const text = await readText(req);
    // Recorded as bytes too: a test can check the exact lines sent.
    result.raw = {
      size: Buffer.byteLength(text),
      sha256: createHash("sha256").update(text).digest("hex"),
    };
    parseText(result, text, mediaType, (text) => {
      const values = readJsonSequence(text);
      // An array schema describes the whole sequence; any other, its one value.
      return sequenceSchema(doc, media) === "array" || values.length !== 1 ? values : values[0];
    });
  } else {
    const raw = await readRawBody(doc, req, contentType, media);
    result.raw = { size: raw.streamed.size, sha256: raw.streamed.sha256 };
    // No bytes and no media type is no body (see `hasBody`); with one, it is an empty body, which
    // the byte checks take where any bytes go and refuse where a format is asked for.
    result.present = raw.streamed.size > 0 || req.headers["content-type"] !== undefined;
    result.value = raw.text;
    result.forValidation = raw.text;
    result.errors = raw.errors;
    // Bytes are checked by `readRawBody`, not by a schema written for text.
    if (!raw.validateText) result.schemaPointer = undefined;
  }
  return result;
}

/** The operation's request body content, the key of it the media type picks, and that media. */
function bodyMedia(doc: SpecDocument, operation: Operation | undefined, mediaType: string) {
  const requestBody = operation ? doc.deref(operation.op.requestBody) : undefined;
  const content =
    requestBody && isObject(requestBody.value) && isObject(requestBody.value.content)
      ? requestBody.value.content
      : undefined;
  const mediaKey = content ? requestMediaKey(Object.keys(content), mediaType) : undefined;
  const media =
    mediaKey && content && isObject(content[mediaKey])
      ? (content[mediaKey] as JsonObject)
      : undefined;
  return { content, mediaKey, media };
}

/**
 * A form body read for `operation` decoded again as another operation's schema says (its text
 * fields typed by that schema: `stream=true` is `true` where a field is boolean), for twins on
 * one path that the body itself tells apart. Any other body is read the same by every operation.
 */
export function bodyAs(
  doc: SpecDocument,
  body: ReadBody,
  operation: Operation,
  contentType: string,
): ReadBody {
  const mediaType = canonicalMediaType(contentType);
  const form =
    mediaType === "multipart/form-data" || mediaType === "application/x-www-form-urlencoded";
  const schemaPointer = bodySchemaPointer(doc, operation, contentType);
  if (!form || !body.present) return { ...body, schemaPointer };
  const { media } = bodyMedia(doc, operation, mediaType);
  return { ...body, ...formAs(doc, media, body.parts, body.multipart, schemaPointer) };
}

/**
 * A form's parts as `media`'s schema reads them: the decoded value, and what to check it
 * against (`schemaPointer`, and the decoding's own errors); nothing to check where the schema
 * names no fields (see `namesNoFields`).
 */
function formAs(
  doc: SpecDocument,
  media: JsonObject | undefined,
  parts: FormPart[],
  multipart: boolean,
  schemaPointer: string | undefined,
): Pick<ReadBody, "value" | "forValidation" | "errors" | "schemaPointer"> {
  const decoded = decodeForm(doc, media ?? {}, parts, multipart);
  const fieldless = namesNoFields(doc, media);
  return {
    value: decoded.body,
    forValidation: decoded.forValidation,
    errors: fieldless ? [] : decoded.errors,
    schemaPointer: fieldless ? undefined : schemaPointer,
  };
}

/**
 * A form whose schema names no fields (a bare file, a list: Jira's attachment upload, whose
 * callers name the part `file`): nothing says what its parts are called, so they are recorded
 * and not checked against it.
 */
function namesNoFields(doc: SpecDocument, media: JsonObject | undefined): boolean {
  const types = possibleTypes(doc, media?.schema);
  return types.size > 0 && !types.has("object");
}

/**
 * The body's value as `parse` reads its text; text that does not parse is kept as the value and
 * answered with a 400 naming `what` it should have been.
 */
function parseText(
  result: ReadBody,
  text: string,
  what: string,
  parse: (text: string) => unknown,
): void {
  try {
    result.value = parse(text);
    result.forValidation = result.value;
  } catch (error) {
    result.value = text;
    result.problem ??= {
      status: 400,
      code: "bad_request",
      message: `Invalid ${what} body: ${(error as Error).message}`,
    };
  }
}

/**
 * A JSON sequence's values: one JSON text per line (NDJSON, JSON Lines; blank lines skipped), or
 * each after an RS character (`json-seq`). A line that is not JSON names its number.
 */
function readJsonSequence(text: string): unknown[] {
  return text
    .split(/\x1e|\r?\n/)
    .map((line, i) => ({ line: line.trim(), i }))
    .filter(({ line }) => line !== "")
    .map(({ line, i }) => {
      try {
        return JSON.parse(line) as unknown;
      } catch (error) {
        throw new Error(`record ${i + 1}: ${(error as Error).message}`);
      }
    });
}

/**
 * Whether a JSON sequence body is checked as values (`array`: the sequence is the array the
 * schema describes; `value`: one value of another type), or read as raw text or bytes (a string
 * or binary schema, or none).
 */
function sequenceSchema(
  doc: SpecDocument,
  media: JsonObject | undefined,
): "array" | "value" | undefined {
  const schema = media ? doc.deref(media.schema).value : undefined;
  if (!isObject(schema)) return undefined;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes("array") || schema.items !== undefined || schema.prefixItems !== undefined)
    return "array";
  if (types.includes("string") || !Object.keys(schema).length) return undefined;
  return "value";
}

/**
 * A urlencoded body's fields. Read here rather than by busboy, which only hands out decoded
 * values: a style tells a delimiter sent as is (`tags=a,b`) from one inside a value (`%2C`).
 */
function urlencodedParts(text: string): TextPart[] {
  return parseUrlEncoded(text).map(({ name, raw, value }) => ({
    kind: "text",
    name,
    filename: undefined,
    contentType: undefined,
    headers: {},
    value,
    raw,
    truncated: false,
  }));
}

export function emptyBody(): ReadBody {
  return {
    present: false,
    value: undefined,
    forValidation: undefined,
    schemaPointer: undefined,
    parts: [],
    multipart: false,
    raw: undefined,
    errors: [],
    problem: undefined,
  };
}

/** Where the schema of an operation's request body of this Content-Type is, if it has one. */
/**
 * The operation's content key a request's media type is read by: the best match, else
 * `application/octet-stream` for bytes of a type of their own. Any bytes may go where the spec
 * says octet-stream, labelled with what they are: GitHub stores a release asset as the type it
 * was sent with (`application/zip`), and refusing it with a 415 would fail a call the API takes.
 * Text, JSON and forms are not bytes of their own type: they still need their own key. A JSON
 * type the spec does not list is read by its JSON key: the SDK sends a caller's JSON type as
 * given (a JSON patch, LaunchDarkly's semantic patch), as the API takes it.
 */
function requestMediaKey(keys: string[], mediaType: string): string | undefined {
  return (
    bestMediaKey(keys, mediaType) ??
    (isJsonMediaType(mediaType) ? keys.find((key) => isJsonMediaType(key)) : undefined) ??
    (keys.includes(OCTET_STREAM) &&
    !isJsonMediaType(mediaType) &&
    !isTextMediaType(mediaType) &&
    !mediaType.startsWith("multipart/") &&
    mediaType !== "application/x-www-form-urlencoded"
      ? OCTET_STREAM
      : undefined)
  );
}

const OCTET_STREAM = "application/octet-stream";

export function bodySchemaPointer(
  doc: SpecDocument,
  operation: Operation,
  contentType: string,
): string | undefined {
  const requestBody = doc.deref(operation.op.requestBody);
  const content = isObject(requestBody.value) ? requestBody.value.content : undefined;
  if (!isObject(content)) return undefined;
  const mediaType = canonicalMediaType(contentType);
  const mediaKey = requestMediaKey(Object.keys(content), mediaType);
  const media = mediaKey === undefined ? undefined : content[mediaKey];
  if (!isObject(media) || media.schema === undefined) return undefined;
  const base =
    requestBody.refs.length > 0
      ? requestBody.refs.at(-1)!.slice(1)
      : `${operation.pointer}/requestBody`;
  return `${base}${pointerOf(["content", mediaKey!, "schema"])}`;
}

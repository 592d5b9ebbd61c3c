import type { IncomingMessage } from "node:http";
import { drain, hasBody, readText } from "./body.js";
import { decodeForm } from "./decode.js";
import { isObject, pointerOf, type JsonObject, type SpecDocument } from "./document.js";
import { canonicalMediaType, isJsonMediaType, mediaTypeMatches } from "./media-type.js";
import { parseFormBody, type FormPart } from "./multipart.js";
import type { Operation } from "./routes.js";
import type { ValidationErrorDetail } from "./types.js";

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
  errors: ValidationErrorDetail[];
  problem: BodyProblem | undefined;
}

/**
 * Reads the request body the way its Content-Type says: multipart and urlencoded bodies are
 * streamed part by part and decoded by the operation's schema, JSON is parsed, anything else is
 * drained. Problems that depend on the operation (415, bad JSON) are reported, not thrown, so a
 * fault can still answer the request.
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
  const requestBody = operation ? doc.deref(operation.op.requestBody) : undefined;
  const content =
    requestBody && isObject(requestBody.value) && isObject(requestBody.value.content)
      ? requestBody.value.content
      : undefined;
  const mediaKey = content
    ? Object.keys(content).find((key) => mediaTypeMatches(mediaType, key))
    : undefined;
  const media =
    mediaKey && content && isObject(content[mediaKey])
      ? (content[mediaKey] as JsonObject)
      : undefined;
  if (operation && mediaKey && requestBody) {
    const base =
      requestBody.refs.length > 0
        ? requestBody.refs.at(-1)!.slice(1)
        : `${operation.pointer}/requestBody`;
    if (media?.schema !== undefined)
      result.schemaPointer = `${base}${pointerOf(["content", mediaKey, "schema"])}`;
  }
  if (content && !mediaKey) {
    result.problem = {
      status: 415,
      code: "unsupported_media_type",
      message: `Content-Type "${contentType}" is not accepted here; expected ${Object.keys(content).join(" or ")}`,
    };
  }

  if (mediaType === "multipart/form-data" || mediaType === "application/x-www-form-urlencoded") {
    result.parts = await parseFormBody(req);
    const decoded = decodeForm(doc, media ?? {}, result.parts);
    result.value = decoded.body;
    result.forValidation = decoded.forValidation;
    result.errors = decoded.errors;
  } else if (isJsonMediaType(mediaType)) {
    const text = await readText(req);
    try {
      result.value = JSON.parse(text) as unknown;
      result.forValidation = result.value;
    } catch (error) {
      result.value = text;
      result.problem ??= {
        status: 400,
        code: "bad_request",
        message: `Invalid JSON body: ${(error as Error).message}`,
      };
    }
  } else {
    // A body the mock does not decode (binary, plain text) is drained unread.
    await drain(req);
  }
  return result;
}

export function emptyBody(): ReadBody {
  return {
    present: false,
    value: undefined,
    forValidation: undefined,
    schemaPointer: undefined,
    parts: [],
    errors: [],
    problem: undefined,
  };
}

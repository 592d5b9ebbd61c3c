import { deref, isObject, type Document, type Json } from "../document.js";
import { objectProperties } from "./multipart-encoding.js";
import { typeList } from "./schema-nodes.js";

/**
 * How a request says which answer it wants, when the answer may be JSON or a stream of events:
 * a boolean `stream` field of the body (orq's, OpenAI's, Mistral's chat completions), and
 * whether leaving it out streams (`default: true`). The methods and functions of such an
 * operation get overloads on it, as openai-node's do: `stream: true` resolves to the events,
 * `stream: false` (or none) to the JSON, a `boolean` to either. Without them every call had to
 * narrow a union before `for await` or before reading a field (probe40 F9).
 */
export interface StreamSwitch {
  /** The field streams when left out (`default: true`); else leaving it out gets the JSON. */
  defaultOn: boolean;
}

/** The request's stream switch, if the answer may be either and the body has one. */
export function streamSwitch(
  doc: Document,
  body: { schema: Json } | undefined,
  response: { schema?: Json; stream?: unknown; mediaType: string } | undefined,
): StreamSwitch | undefined {
  // Only an answer that may be JSON (or another body) as well as events has two ways to go.
  if (!response?.stream || response.schema === undefined) return undefined;
  const field = streamField(doc, body);
  return field === undefined ? undefined : { defaultOn: isObject(field) && field.default === true };
}

/**
 * A body with a `stream` switch whose answers declare no event stream (Anthropic's spec, whose
 * `/v1/messages` lists only JSON): `stream: true` gets events the SDK has no rules to read. Such
 * an answer is refused once its headers come, rather than read whole first (a whole generation)
 * to fail as "not valid JSON".
 */
export function undeclaredEventStream(
  doc: Document,
  body: { schema: Json } | undefined,
  response: { stream?: unknown } | undefined,
): boolean {
  return !response?.stream && streamField(doc, body) !== undefined;
}

/** The body's boolean `stream` field, if it has one. */
function streamField(doc: Document, body: { schema: Json } | undefined): Json | undefined {
  const field = body && deref(doc, objectProperties(doc, body.schema).stream);
  return isBooleanSchema(doc, field) ? field : undefined;
}

/** `type: boolean` (null allowed beside it), or a union of such (`anyOf: [boolean, null]`). */
function isBooleanSchema(doc: Document, schema: Json | undefined, depth = 0): boolean {
  const s = deref(doc, schema);
  if (!isObject(s) || depth > 8) return false;
  const types = typeList(s);
  if (types.length)
    return types.includes("boolean") && types.every((t) => t === "boolean" || t === "null");
  const branches = [s.anyOf, s.oneOf].find(Array.isArray);
  if (!branches?.length) return false;
  const kinds = branches.map((b) => {
    const branch = deref(doc, b);
    return isObject(branch) && typeList(branch).join() === "null"
      ? "null"
      : isBooleanSchema(doc, branch, depth + 1)
        ? "boolean"
        : "other";
  });
  return kinds.includes("boolean") && !kinds.includes("other");
}

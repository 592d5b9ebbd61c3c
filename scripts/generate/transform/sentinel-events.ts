import { deref, isObject, type Document, type Json, type JsonObject } from "../document.js";

/** The data that ends a stream of events by OpenAI's convention, which Together's spec types. */
const DONE = "[DONE]";

/**
 * A union of events one branch of which is the stream's end, `{ data: "[DONE]" }` (Together's
 * `oneOf: [ChatCompletionEvent, StreamSentinel]`): that branch is the stream's sentinel, not an
 * event. Read as one, a `for await` loop got `{ data: "[DONE]" }` as its last chunk (where the
 * usual `chunk.data.choices[0]` threw, and did not compile without narrowing), and read on past
 * it (probe70). The union without that branch is written in the answer's place, and `[DONE]`
 * becomes its sentinel, unless the spec names one (`x-speakeasy-sse-sentinel`).
 */
export function sentinelEvents(doc: Document, response: JsonObject): void {
  const content = isObject(response.content) ? response.content : undefined;
  const media = content?.["text/event-stream"];
  if (!isObject(media)) return;
  const union = deref(doc, media.schema);
  if (!isObject(union)) return;
  const key = Array.isArray(union.oneOf) ? "oneOf" : Array.isArray(union.anyOf) ? "anyOf" : "";
  const branches = key ? (union[key] as Json[]) : [];
  const events = branches.filter((branch) => !endsStream(doc, branch));
  if (!events.length || events.length === branches.length) return;
  media.schema = { ...union, [key]: events };
  if (
    media["x-speakeasy-sse-sentinel"] === undefined &&
    response["x-speakeasy-sse-sentinel"] === undefined
  )
    media["x-speakeasy-sse-sentinel"] = DONE;
}

/** An event of nothing but a `data` pinned to `[DONE]` (its `const`, or an `enum` of it alone). */
function endsStream(doc: Document, branch: Json): boolean {
  const event = deref(doc, branch);
  const fields = isObject(event) && isObject(event.properties) ? event.properties : undefined;
  if (!fields || Object.keys(fields).some((name) => name !== "data")) return false;
  const data = deref(doc, fields.data);
  return (
    isObject(data) &&
    (data.const === DONE ||
      (Array.isArray(data.enum) && data.enum.length === 1 && data.enum[0] === DONE))
  );
}

import { deref, isObject, type Document, type JsonObject } from "../document.js";
import { JSON_TYPE, successStatuses } from "./collect-operations.js";

/**
 * Fern's `x-fern-streaming` (Cohere's spec, and every spec Fern's tools write) says that an
 * operation streams where its `responses` do not: its 200 lists JSON alone. `true`, or
 * `format: json`, is a JSON value per line; `format: sse`, server-sent events, which end at a
 * `terminator` event (`[DONE]`). With a `stream-condition` (`$request.stream`), the body's
 * `stream` field chooses: `response` is the answer without it, `response-stream` each value with
 * it; without one, the operation always streams what its 200 describes.
 *
 * Read as written, `v2.chat({ stream: true })` could not stream: the events were refused as
 * undeclared (probe69). The answer is written the way the rest of the generator reads a stream:
 * its JSON beside `text/event-stream` (the terminator as its sentinel) or `application/x-ndjson`,
 * or the stream alone. The mock reads the extension the same way.
 *
 * An answer that lists media types, none of them JSON, is left as written: it streams already,
 * as what it is (ElevenLabs' `textToSpeech.stream`, `audio/mpeg` bytes, which read as JSON lines
 * failed at every call, probe73; events the spec describes itself).
 */
export function fernStreaming(doc: Document, op: JsonObject): void {
  const fern = op["x-fern-streaming"];
  if (fern !== true && !isObject(fern)) return;
  const settings: JsonObject = isObject(fern) ? fern : {};
  const responses = isObject(op.responses) ? op.responses : (op.responses = {});
  const status = successStatuses(responses)[0] ?? "200";
  const written = deref(doc, responses[status]);
  // A copy: the answer may be a shared `components.responses` entry.
  const answer: JsonObject = isObject(written) ? structuredClone(written) : { description: "OK" };
  const content = isObject(answer.content) ? answer.content : {};
  const json = Object.entries(content).find(([type]) => JSON_TYPE.test(type))?.[1];
  if (!json && Object.keys(content).length) return;
  const declared = isObject(json) ? json.schema : undefined;
  const each = settings["response-stream"] ?? declared ?? {};
  const whole = settings.response ?? declared;
  const streamed: JsonObject = { schema: each };
  if (typeof settings.terminator === "string")
    streamed["x-speakeasy-sse-sentinel"] = settings.terminator;
  const streamType = settings.format === "sse" ? "text/event-stream" : "application/x-ndjson";
  const answers: JsonObject = {};
  if (settings["stream-condition"] !== undefined && whole !== undefined)
    answers["application/json"] = { schema: whole };
  answers[streamType] = streamed;
  answer.content = answers;
  responses[status] = answer;
}

import { isObject, type JsonObject, type SpecDocument } from "./document.js";
import { isJsonMediaType } from "./media-type.js";
import { successCode } from "./success-code.js";

/**
 * Fern's `x-fern-streaming` (Cohere's spec) says that an operation streams where its 200 lists
 * JSON alone: `format: sse` events, else a JSON value per line; with a `stream-condition`
 * (`$request.stream`), only when the request asks, `response` being the answer otherwise and
 * `response-stream` each value. Each such answer gets that stream in its content, as the SDK's
 * generator reads it, so that `stream: true` is answered with events (the answer is a copy: it
 * may be a shared `components.responses` entry). An answer that lists media types, none of them
 * JSON (ElevenLabs' `audio/mpeg` streams), streams as what it is: it is left as written.
 */
export function fernStreams(view: SpecDocument): void {
  for (const written of Object.values(isObject(view.raw.paths) ? view.raw.paths : {})) {
    const item = view.deref(written).value;
    for (const op of Object.values(isObject(item) ? item : {}))
      if (isObject(op) && (op["x-fern-streaming"] === true || isObject(op["x-fern-streaming"])))
        streamedAnswer(view, op);
  }
}

function streamedAnswer(view: SpecDocument, op: JsonObject): void {
  const fern = op["x-fern-streaming"];
  const settings: JsonObject = isObject(fern) ? fern : {};
  const responses = isObject(op.responses) ? op.responses : (op.responses = {});
  const code = successCode(responses) ?? "200";
  const written = view.deref(responses[code]).value;
  const answer: JsonObject = isObject(written) ? structuredClone(written) : { description: "OK" };
  const content = isObject(answer.content) ? answer.content : {};
  const json = Object.entries(content).find(([type]) => isJsonMediaType(type))?.[1];
  if (!json && Object.keys(content).length) return;
  const declared = isObject(json) ? json.schema : undefined;
  const each = settings["response-stream"] ?? declared ?? {};
  const whole = settings.response ?? declared;
  answer.content = {
    ...(settings["stream-condition"] !== undefined &&
      whole !== undefined && { "application/json": { schema: whole } }),
    [settings.format === "sse" ? "text/event-stream" : "application/x-ndjson"]: { schema: each },
  };
  responses[code] = answer;
}

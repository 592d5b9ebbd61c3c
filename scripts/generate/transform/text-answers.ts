import { deref, isObject, type Document, type Json } from "../document.js";
import { JSON_SEQUENCE, JSON_TYPE } from "./collect-operations.js";

/** Text the runtime returns as it comes: not JSON, and none of the kinds read by their own rules. */
const PLAIN_TEXT = /^(text\/(?!event-stream)|application\/(([\w.+-]+\+)?(xml|jwt)|jose)(?![\w-]))/;

/**
 * A success answer of text (`text/plain`, `text/csv`, XML) whose schema is no string
 * (Swashbuckle writes `text/plain` with the JSON answer's object schema; a count as
 * `{ type: integer }`): the SDK returns the text as it comes, so it is typed as a string. It was
 * typed as the schema's object, whose fields compiled and were `undefined` at run time
 * (probe69). JSON, JSON sequences, forms and event streams are read by their schemas, and keep
 * them.
 */
export function textAnswers(doc: Document, response: Json | undefined): void {
  if (!isObject(response) || !isObject(response.content)) return;
  for (const [mediaType, media] of Object.entries(response.content)) {
    if (!isObject(media) || media.schema === undefined) continue;
    if (!PLAIN_TEXT.test(mediaType) || JSON_TYPE.test(mediaType) || JSON_SEQUENCE.test(mediaType))
      continue;
    let schema: Json | undefined;
    try {
      schema = deref(doc, media.schema);
    } catch {
      continue;
    }
    if (isObject(schema) && schema.type === "string") continue;
    const description = isObject(schema) ? schema.description : undefined;
    media.schema = description === undefined ? { type: "string" } : { type: "string", description };
  }
}

// The media types and statuses the generator tells operations' bodies and answers by.

/** JSON: `application/json`, any `+json` type, or the older `text/json` (ASP.NET, Swashbuckle). */
// (Not `application/stream+json`, Spring's and Cohere's name for NDJSON: a JSON sequence.)
export const JSON_TYPE = /^(application\/(?!stream\+json)([\w.+-]+\+)?|text\/)json(?![\w-])/;

/** A success status, or the range of them. */
export const SUCCESS = /^2(\d\d|XX)$/i;

export const EVENT_STREAM = "text/event-stream";

/**
 * JSON sequences: JSON values one after another, one per line (NDJSON, JSON Lines), or each
 * after an RS character (RFC 7464 `json-seq`).
 */
export const JSON_SEQUENCE =
  /^application\/(x-ndjson|jsonl|x-jsonl|jsonlines|x-jsonlines|json-seq|stream\+json)$/;

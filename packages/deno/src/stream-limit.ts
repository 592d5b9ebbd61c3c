import { openStream, type Runtime, type ValidationError } from "@orq-sdk/core";

/**
 * The `ValidationError`s that ended an upload's stream (one past its field's size limit), for
 * `fetch` to give back. Deno's fetch turns a request body's error into a plain `Error` under its
 * `TypeError: fetch failed`, its class lost: such an upload failed as a `ConnectionError`, which
 * callers take for a network blip, where Node fails it as the `ValidationError` it is.
 */
const ended = new Set<ValidationError>();

/** Core's `openStream`, told to record the error its stream ends with (see `ended`). */
export const openRecordedStream: NonNullable<Runtime["openStream"]> = (input, limit) =>
  openStream(input, limit && { ...limit, exceeded: (error) => ended.add(error) });

/**
 * The recorded `ValidationError` a failed fetch carries somewhere in its causes, by its message
 * (the one thing Deno keeps of it); taken out of the record once found.
 */
export function endedUpload(error: unknown): ValidationError | undefined {
  for (let at = error, depth = 0; at && depth < 5; depth++) {
    const message = (at as { message?: unknown }).message;
    for (const found of ended)
      if (found.message === message) {
        ended.delete(found);
        return found;
      }
    at = (at as { cause?: unknown }).cause;
  }
  return undefined;
}

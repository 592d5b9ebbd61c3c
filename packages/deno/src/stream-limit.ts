import { openStream, type Runtime, ValidationError } from "@orq-sdk/core";

/**
 * The `ValidationError`s that ended an upload's stream (one past its field's size limit), for
 * `fetch` to give back. Deno's fetch turns a request body's error into a plain `Error` under its
 * `TypeError: fetch failed`, its class lost: such an upload failed as a `ConnectionError`, which
 * callers take for a network blip, where Node fails it as the `ValidationError` it is.
 */
const ended = new Set<ValidationError>();

/** Core's `openStream`, with the errors of the stream it opens recorded (see `ended`). */
export const openRecordedStream: NonNullable<Runtime["openStream"]> = async (input, limit) => {
  const source = await openStream(input, limit);
  return { ...source, stream: () => recorded(source.stream()) };
};

function recorded(stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const reader = stream.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        if (error instanceof ValidationError) ended.add(error);
        controller.error(error);
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

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

import type { IncomingMessage } from "node:http";
import { pipeline } from "node:stream";
import type { Readable } from "node:stream";
import { decodersFor } from "./decode.js";
import { fetchFailed, terminated } from "./errors.js";

export interface IncomingResponse {
  readonly response: Response;
  /** Errors the body with `reason` (an abort) and destroys the socket under it. */
  abort(reason: unknown): void;
}

export interface IncomingResponseOptions {
  /** The request method: a HEAD response has no body, whatever its headers say. */
  method: string;
  /** The URL the response came from, for `response.url`. */
  url: URL;
  redirected: boolean;
  /**
   * Called once the body reached its end, failed, was cancelled or aborted (at once when there
   * is no body), so the caller can drop what it holds for this exchange.
   */
  onDone(): void;
}

/**
 * Wraps a Node response as a standard `Response` whose body streams from the socket: nothing is
 * read ahead of the consumer beyond one chunk (plus Node's socket buffer), so a large download
 * stays out of memory. Content codings are undone as fetch does. Throws `fetch failed` for a head
 * that a `Response` cannot carry (a status outside 200-599).
 */
export function responseFromIncoming(
  res: IncomingMessage,
  options: IncomingResponseOptions,
): IncomingResponse {
  const status = res.statusCode ?? 0;
  const headers = new Headers();
  // rawHeaders keeps every line, so repeated headers (Set-Cookie among them) survive as they came.
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
    headers.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
  }

  const nullBody = options.method === "HEAD" || NULL_BODY_STATUS.has(status);
  let body: ReadableStream<Uint8Array> | null = null;
  let abort: (reason: unknown) => void;
  if (nullBody) {
    // Read to the end anyway, so that a keep-alive socket goes back to the pool.
    res.resume();
    abort = () => res.destroy();
    options.onDone();
  } else {
    ({ body, abort } = streamBody(res, headers.get("content-encoding"), options.onDone));
  }

  let response: Response;
  try {
    response = makeResponse(body, status, res.statusMessage, headers);
  } catch (err) {
    abort(err);
    throw fetchFailed(err);
  }
  // `Response`'s constructor cannot set these; own properties shadow the prototype's getters.
  const url = new URL(options.url);
  url.hash = "";
  // (Configurable: core hides a secret the URL holds in it, see `hideAnswerURL`.)
  Object.defineProperty(response, "url", { value: url.href, enumerable: true, configurable: true });
  Object.defineProperty(response, "redirected", { value: options.redirected, enumerable: true });
  return { response, abort };
}

/** Statuses whose responses never have a body (fetch's "null body status"). */
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

function makeResponse(
  body: ReadableStream<Uint8Array> | null,
  status: number,
  statusText: string | undefined,
  headers: Headers,
): Response {
  try {
    return new Response(body, { status, statusText: statusText ?? "", headers });
  } catch (err) {
    // A reason phrase `Response` refuses (odd bytes) is no reason to lose the response.
    if (err instanceof TypeError && statusText) {
      return new Response(body, { status, headers });
    }
    throw err;
  }
}

/**
 * A web stream that pulls from the response (through its decoders): the socket is paused whenever
 * the stream's one-chunk queue is full, and resumed when the consumer asks for more.
 */
function streamBody(
  res: IncomingMessage,
  contentEncoding: string | null,
  onDone: () => void,
): { body: ReadableStream<Uint8Array>; abort: (reason: unknown) => void } {
  const decoders = decodersFor(contentEncoding);
  let source: Readable = res;
  if (decoders.length > 0) {
    // pipeline() destroys the decoders when the response breaks off (a plain pipe() would not),
    // so the error reaches the stream we read from. The error itself is handled there.
    source = decoders[decoders.length - 1]!;
    pipeline([res, ...decoders], () => {});
  }

  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let settled = false;
  const onData = (chunk: Buffer): void => {
    // A plain Uint8Array view of the same memory, as fetch hands out (not a Buffer), no copy.
    controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if ((controller.desiredSize ?? 0) <= 0) source.pause();
  };
  const onEnd = (): void => {
    if (finish()) controller.close();
  };
  const onError = (err: unknown): void => {
    if (finish()) {
      controller.error(terminated(err));
      destroy();
    }
  };
  // 'close' without 'end' before it: the socket went away mid-body without an error event.
  const onClose = (): void => onError(new Error("other side closed"));
  const detach = (): void => {
    source.off("data", onData);
    source.off("end", onEnd);
    source.off("error", onError);
    source.off("close", onClose);
  };
  const destroy = (): void => {
    res.destroy();
    for (const decoder of decoders) decoder.destroy();
  };
  const finish = (): boolean => {
    if (settled) return false;
    settled = true;
    detach();
    onDone();
    return true;
  };
  // After we stop listening, a late socket error must not become an uncaught 'error' event.
  res.on("error", () => {});
  for (const decoder of decoders) decoder.on("error", () => {});

  const body = new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
        source.on("data", onData);
        source.on("end", onEnd);
        source.on("error", onError);
        source.on("close", onClose);
      },
      pull() {
        source.resume();
      },
      cancel() {
        if (finish()) destroy();
      },
    },
    { highWaterMark: 1 },
  );
  const abort = (reason: unknown): void => {
    if (finish()) {
      controller.error(reason);
      destroy();
    }
  };
  return { body, abort };
}

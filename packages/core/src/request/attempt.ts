import { ConnectionError } from "../errors/connection-error.js";
import type { OrqError } from "../errors/orq-error.js";
import { ResponseValidationError } from "../errors/response-validation-error.js";
import { ValidationError } from "../errors/validation-error.js";
import * as spec from "../generated/schemas.js";
import type { ReplayableBody } from "../multipart/part.js";
import { boundedSignal } from "./bounded-signal.js";
import { isBytes, isEventStream } from "./media-types.js";
import { readFirstEvent } from "./read-first-event.js";
import { readText } from "./read-text.js";

/** One call, ready to send as often as it takes. */
export interface Call {
  /** `router.images.edits.create()`, for messages and logs. */
  readonly operation: string;
  readonly url: string;
  /** Method, headers and the caller's `fetchOptions`: everything but the body and signal. */
  readonly init: RequestInit & { method: string };
  /** Opened afresh for every attempt. */
  readonly body: ReplayableBody | undefined;
  /**
   * The transport. `undefined`: the global `fetch`, looked up per attempt, so that one patched
   * after the client was made (test tools do) is used.
   */
  readonly fetch: ((request: Request) => Promise<Response>) | undefined;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | null | undefined;
  /** The operation may answer with server-sent events: such a 2XX answer is handed over unread. */
  readonly events?: boolean;
  /** The key when it is in the URL (a query key): logs leave it out. */
  readonly secret?: string | undefined;
  /** Secrets in the server's URL (a server variable named as one): logs leave them out. */
  readonly hidden?: readonly string[] | undefined;
  /**
   * The operation answers with bytes: a 2XX answer of them is handed over unread, not text.
   * `"unlabelled"`: the spec gives its answer no body, and one that comes as bytes (an
   * `audio/wav` where it documents a 204) is handed over so too, not decoded as text.
   */
  readonly binary?: boolean | "unlabelled";
  /** Where each attempt leaves its request and answer, for `$inspect()`: the last one stays. */
  readonly exchange: Exchange;
}

/** The last attempt's request, and its answer if one came. */
export interface Exchange {
  request?: Request;
  response?: Response;
  /**
   * The last attempt failed because the transport refused to send it (a redirect it cannot
   * follow with this body, a permission Deno was not given), which it would do again.
   */
  refused?: boolean;
}

/**
 * A 2XX answer of server-sent events or of bytes, handed over unread once its headers came: the
 * request's signal (the caller's abort fires it; the timeout no longer does), and `release`,
 * which lets go of the caller's signal when the stream is done with.
 */
export interface Streaming {
  readonly signal: AbortSignal;
  readonly release: () => void;
  /** An answer of bytes (`Call.binary`), not of events. */
  readonly bytes?: boolean;
}

/**
 * How an attempt ended: with a response and its text (or, for a stream of events, what reading
 * it needs), or with the SDK error it failed with.
 */
export type Outcome =
  | [response: Response, body: string | Streaming, error?: undefined]
  | [response: undefined, text: string, error: OrqError];

/**
 * One try: a fresh body, one request, the whole response read, all within `timeoutMs` (for a
 * stream of events: up to its headers; the caller reads the rest as it iterates). It
 * resolves to the response and its text, or to the SDK error it failed with: the caller's abort
 * and our timeout abort the request with theirs, anything else is a connection error.
 */
export async function attempt(call: Call): Promise<Outcome> {
  const { operation } = call;
  // One signal for the request: the caller's abort and our timeout both fire it, first one wins.
  const bounded = boundedSignal(call.signal, call.timeoutMs, operation);
  let streaming: Streaming | undefined;
  try {
    // Aborted already (say, during the wait before this retry), or a timeout that has run out:
    // nothing is sent.
    if (bounded.signal.aborted) return [undefined, "", bounded.signal.reason as OrqError];
    const request = new Request(call.url, {
      ...call.init,
      body: await call.body?.open(),
      signal: bounded.signal,
      // Streamed request bodies need this in Node and Deno; other bodies ignore it.
      duplex: "half",
    } as RequestInit);
    // This attempt's request, with no answer yet: an earlier attempt's is not this one's.
    Object.assign(call.exchange, { request, response: undefined });
    const response = (call.exchange.response = await (call.fetch ?? fetch)(request));
    // A 2XX stream of events, or of bytes, is handed over unread: the timeout ends here, the
    // caller's abort stays until the stream is done with (see `Streaming`).
    if (spec.usesEventStreams && call.events && response.ok && isEventStream(response))
      return [response, (streaming = { signal: bounded.signal, release: bounded.release })];
    if (
      spec.usesNonJsonResponses &&
      call.binary &&
      response.ok &&
      (call.binary === true || isBytes(response))
    )
      return [
        response,
        (streaming = { signal: bounded.signal, release: bounded.release, bytes: true }),
      ];
    // Events the spec has no rules for (`stream: true` where it lists only JSON): refused once
    // they start, not read to their end first (a whole generation, to fail as "not valid JSON").
    // Not retried: a 2XX came (see `sendWithRetries`).
    if (spec.usesUndeclaredEventStreams && response.ok && isEventStream(response)) {
      response.body?.cancel().catch(() => {});
      return [
        undefined,
        "",
        new ResponseValidationError(
          operation,
          response,
          "",
          "the server answered a stream of events (text/event-stream), which the spec does not declare for this call and the SDK cannot read: ask for one answer (where the call takes a stream option, leave it out or set it to false)",
        ),
      ];
    }
    return [
      response,
      // An error of events: up to its first one (see `readFirstEvent`).
      (spec.usesEventStreams || spec.usesUndeclaredEventStreams) &&
      !response.ok &&
      isEventStream(response)
        ? await readFirstEvent!(response)
        : spec.usesNonJsonResponses
          ? await readText!(response)
          : await response.text(),
    ];
  } catch (cause) {
    // fetch says "fetch failed" and hides why in its own `cause` ("connect ECONNREFUSED …").
    const reason =
      (cause as { cause?: { message?: unknown } } | undefined)?.cause?.message ?? cause;
    // A 2XX status came, then the body broke off: not retried (see `sendWithRetries`), so the
    // message says why, and that the work may have been done.
    const answered = call.exchange.response?.ok;
    // A one-shot stream that ran past its field's size limit stopped the upload with the SDK's
    // ValidationError (the transport's own error wraps it).
    const invalid = [cause, (cause as Error)?.cause].find((e) => e instanceof ValidationError);
    // That, a redirect the transport cannot follow with this body, or a permission Deno was not
    // given, fails the same way every time: not retried (each retry would upload the body again).
    call.exchange.refused =
      !!invalid || /redirect|NotCapable/i.test(`${(cause as Error)?.name} ${reason}`);
    return [
      undefined,
      "",
      bounded.signal.aborted
        ? bounded.signal.reason
        : ((invalid as ValidationError | undefined) ??
          new ConnectionError(
            `${operation}: ${answered ? `the answer broke off after status ${call.exchange.response!.status} (not retried: the request may have been done)` : "connection failed"}: ${reason}`,
            { cause },
          )),
    ];
  } finally {
    if ((spec.usesEventStreams || spec.usesNonJsonResponses) && streaming) bounded.stopTimer();
    else bounded.release();
  }
}

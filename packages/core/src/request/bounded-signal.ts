import { RequestAbortedError } from "../errors/request-aborted-error.js";
import { RequestTimeoutError } from "../errors/request-timeout-error.js";

/** A signal that the caller's abort and the call's timeout both fire (see `boundedSignal`). */
export interface BoundedSignal {
  readonly signal: AbortSignal;
  /** Ends the timeout; the caller's abort still fires the signal. */
  readonly stopTimer: () => void;
  /** Ends both: lets go of the caller's signal. */
  readonly release: () => void;
}

/**
 * One signal for a step of a call (an attempt, a URL input's download): the caller's abort and
 * the call's timeout both fire it, the first one wins, and its reason is the SDK's error for it
 * (`RequestAbortedError`, `RequestTimeoutError`). No timer for 0 (no timeout), Infinity or more
 * than a timer can hold (those would fire at once); a negative timeout has run out already (a
 * budget computed by the caller), and so has a caller's signal aborted before: fired at once.
 */
export function boundedSignal(
  signal: AbortSignal | null | undefined,
  timeoutMs: number,
  operation: string,
): BoundedSignal {
  const controller = new AbortController();
  const onAbort = () =>
    controller.abort(
      new RequestAbortedError(`${operation} was aborted`, { cause: signal!.reason }),
    );
  const timeout = () =>
    controller.abort(new RequestTimeoutError(`${operation} timed out after ${timeoutMs} ms`));
  signal?.addEventListener("abort", onAbort);
  if (timeoutMs < 0) timeout();
  if (signal?.aborted) onAbort();
  const timer = timeoutMs > 0 && timeoutMs < 2 ** 31 ? setTimeout(timeout, timeoutMs) : undefined;
  const stopTimer = () => clearTimeout(timer);
  return {
    signal: controller.signal,
    stopTimer,
    release: () => {
      stopTimer();
      signal?.removeEventListener("abort", onAbort);
    },
  };
}

/**
 * `work`, unless the bounded signal fires first: then its reason (the caller's abort, the
 * timeout). For steps that do not listen to a signal themselves (the caller's `apiKey()`, a
 * stream's first bytes, a canvas being encoded), which could otherwise hold the call for ever.
 */
export function raceSignal<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  // Raced even when fired already: the race listens to `work`, whose failure would otherwise be
  // an unhandled rejection (a process exits on one).
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener("abort", () => reject(signal.reason));
    }),
  ]);
}

/**
 * Node's built-in fetch (undici) rejects every network-level failure with exactly this shape, the
 * real reason in `cause`. We copy it so that callers classify errors the same way whichever fetch
 * they were given.
 */
export function fetchFailed(cause: unknown): TypeError {
  return new TypeError("fetch failed", { cause });
}

/**
 * undici errors a response body that breaks off mid-way with `TypeError: terminated`; same here,
 * so reading a body fails alike with both fetches.
 */
export function terminated(cause: unknown): TypeError {
  return new TypeError("terminated", { cause });
}

/**
 * What an aborted fetch rejects with: the signal's own reason, passed through as undici does (so a
 * `TimeoutError` from `AbortSignal.timeout()` stays one). `AbortController.abort()` without an
 * argument already sets an `AbortError` DOMException; the fallback only covers odd signals.
 */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

import type { BackoffStrategy } from "./retry-config.js";

/**
 * The wait before retry number `retry` (1-based): exponential, capped at `maxInterval`, with
 * jitter taking up to a quarter off so that many clients do not retry in step.
 */
export function backoffDelay(
  retry: number,
  backoff: BackoffStrategy,
  random = Math.random(),
): number {
  const base = Math.min(
    backoff.maxInterval,
    backoff.initialInterval * backoff.exponent ** (retry - 1),
  );
  return Math.round(base * (1 - 0.25 * random));
}

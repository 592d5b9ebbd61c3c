/** Backoff timing, in milliseconds (the official SDK's `BackoffStrategy`). */
export interface BackoffStrategy {
  initialInterval: number;
  maxInterval: number;
  exponent: number;
  /** No retry starts once this long has passed since the first attempt. */
  maxElapsedTime: number;
}

/**
 * The official SDK's `RetryConfig`, plus `maxRetries`. Without `maxRetries`, a backoff config
 * retries until `maxElapsedTime` runs out, as the official SDK does.
 */
export type RetryConfig =
  | { strategy: "none" }
  | {
      strategy: "backoff";
      backoff?: Partial<BackoffStrategy>;
      /** Retry when the connection fails or times out (default true). */
      retryConnectionErrors?: boolean;
      maxRetries?: number;
    };

/**
 * Statuses worth another try: the server or a gateway says so, or it is overloaded (529:
 * Anthropic's and Cloudflare's "overloaded", DeepL's second "too many requests", probe77).
 */
export const RETRYABLE_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504, 529];

/** A config with every default filled in, flat: the backoff timing and when to retry. */
export interface RetryPolicy extends BackoffStrategy {
  readonly maxRetries: number;
  readonly retryConnectionErrors: boolean;
  /** The call's `retryCodes` (`"429"`, `"5XX"`), in place of `RETRYABLE_STATUSES`. */
  readonly retryCodes?: readonly string[] | undefined;
}

/** Whether an answer with this status is worth another try under `policy`. */
export function retriesStatus(policy: RetryPolicy, status: number): boolean {
  return policy.retryCodes
    ? policy.retryCodes.some((code) =>
        // (`String`: a JavaScript caller may give numbers, `[503]`. Only letters and digits: a
        // code is no pattern, `.*` would retry every status.)
        new RegExp(`^${String(code).replace(/\W/g, "").replace(/x/gi, "\\d")}$`).test(
          String(status),
        ),
      )
    : RETRYABLE_STATUSES.includes(status);
}

type BackoffConfig = Extract<RetryConfig, { strategy: "backoff" }>;

/**
 * Two retries with backoff unless the caller says otherwise (the official SDK retries none);
 * `none`, or a strategy this SDK does not know, retries nothing.
 */
export function retryPolicy(
  config: RetryConfig | undefined,
  retryCodes?: readonly string[],
): RetryPolicy {
  const backoff: Partial<BackoffConfig> = !config
    ? { maxRetries: 2 }
    : config.strategy === "backoff"
      ? config
      : { maxRetries: 0 };
  return {
    initialInterval: 500,
    maxInterval: 8_000,
    exponent: 2,
    maxElapsedTime: 60_000,
    ...backoff.backoff,
    maxRetries: backoff.maxRetries ?? Infinity,
    retryConnectionErrors: backoff.retryConnectionErrors !== false,
    retryCodes,
  };
}

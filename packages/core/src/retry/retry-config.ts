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

/** Statuses worth another try: the server or a gateway says so, or it is overloaded. */
export const RETRYABLE_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];

export interface RetryPolicy {
  readonly maxRetries: number;
  readonly backoff: BackoffStrategy;
  readonly retryConnectionErrors: boolean;
}

const DEFAULT_BACKOFF: BackoffStrategy = {
  initialInterval: 500,
  maxInterval: 8_000,
  exponent: 2,
  maxElapsedTime: 60_000,
};

/** Two retries with backoff unless the caller says otherwise (the official SDK retries none). */
export function retryPolicy(config: RetryConfig | undefined): RetryPolicy {
  const backoff = config?.strategy === "backoff" ? config : undefined;
  return {
    maxRetries: config && !backoff ? 0 : (backoff?.maxRetries ?? (backoff ? Infinity : 2)),
    backoff: { ...DEFAULT_BACKOFF, ...backoff?.backoff },
    retryConnectionErrors: config?.strategy !== "none" && backoff?.retryConnectionErrors !== false,
  };
}

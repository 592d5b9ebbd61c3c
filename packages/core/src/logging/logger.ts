/** Where debug lines go: `console` fits, as does any logger with a `debug` method. */
export interface Logger {
  debug(message: string, ...details: unknown[]): void;
}

/** `logger` when given, else the console when the environment says `ORQ_LOG=debug`. */
export function pickLogger(
  logger: Logger | undefined,
  env: ((name: string) => string | undefined) | undefined,
): Logger | undefined {
  if (logger) return logger;
  return env?.("ORQ_LOG")?.toLowerCase() === "debug" ? console : undefined;
}

/**
 * One line per attempt: method, URL, status, attempt, duration. Never headers, never bodies:
 * the API key is in one and the caller's images are in the other.
 */
export function logAttempt(
  logger: Logger | undefined,
  entry: {
    operation: string;
    method: string;
    url: string;
    attempt: number;
    ms: number;
    status?: number;
    error?: string;
  },
): void {
  logger?.debug(
    `[orq] ${entry.method.toUpperCase()} ${redactUrl(entry.url)} → ${entry.status ?? entry.error} ` +
      `(${entry.operation}, attempt ${entry.attempt}, ${entry.ms} ms)`,
  );
}

/** URLs may carry credentials (`https://user:pass@host`, `?api_key=`): drop them. */
function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    for (const key of [...u.searchParams.keys()]) {
      if (/key|token|secret|auth|password/i.test(key)) u.searchParams.set(key, "[redacted]");
    }
    return u.toString();
  } catch {
    return url;
  }
}

import { isPlainObject as isObject, type Issue } from "../schema/check-and-rename.js";

/**
 * The values of the options that shape every attempt (a client's `timeoutMs`, `retryConfig` and
 * `validateResponses`, a call's `timeoutMs`, `retries`, `retryCodes` and `validateResponses`),
 * checked before anything is sent. Read as
 * they came, each misreading was silent: a `timeoutMs` of `NaN` or `"abc"` meant no timeout, a
 * `maxElapsedTime` of `NaN` retried for ever, a negative interval retried back to back, and
 * `strategy: "Backoff"` retried nothing. Part of what Node and Deno check (`checkClientOptions`,
 * `checkCallOptions`); browser bundles leave it out, for their size.
 */
export function optionValueIssues(
  options: { timeoutMs?: unknown; retryCodes?: unknown; validateResponses?: unknown },
  retryConfig: unknown,
  retryConfigPath: string,
): Issue[] {
  const issues: Issue[] = [];
  const refuse = (path: string, rule: string, value: unknown) =>
    issues.push({ path, message: `${path} must be ${rule} (got ${shown(value)})` });
  // (`null` from JavaScript is the option not given: the default, as it always read.)
  const { timeoutMs, retryCodes, validateResponses } = options;
  // (Negative: a budget computed by the caller that has run out, fired at once; Infinity and 0:
  // no timeout, as documented.)
  if (timeoutMs != null && (typeof timeoutMs !== "number" || Number.isNaN(timeoutMs)))
    refuse("timeoutMs", "a number of milliseconds", timeoutMs);
  if (retryConfig != null) {
    const config = retryConfig as Record<string, unknown> | null;
    const strategy = isObject(config) ? config.strategy : undefined;
    // A key written another way (`backof`, `max_retries`) would be ignored without a word.
    for (const [keys, at, within] of [
      [RETRY_KEYS, retryConfigPath, config],
      [BACKOFF_KEYS, `${retryConfigPath}.backoff`, config?.backoff],
    ] as const)
      for (const key of isObject(within) ? Object.keys(within) : [])
        if (!keys.includes(key))
          issues.push({
            path: `${at}.${key}`,
            message: `${at}.${key} is not an option (${at} takes ${keys.join(", ")})`,
          });
    if (strategy !== "backoff" && strategy !== "none")
      refuse(`${retryConfigPath}.strategy`, '"backoff" or "none"', strategy);
    else if (strategy === "backoff") {
      const { backoff, maxRetries, retryConnectionErrors } = config!;
      if (backoff !== undefined && !isObject(backoff))
        refuse(`${retryConfigPath}.backoff`, "an object", backoff);
      // A wait longer than a timer holds (2^31 ms) fires at once: back-to-back retries.
      const timing: [string, number, number][] = [
        ["initialInterval", 0, 2 ** 31 - 1],
        ["maxInterval", 0, 2 ** 31 - 1],
        ["exponent", 1, 100],
        ["maxElapsedTime", 0, Infinity],
      ];
      for (const [name, min, max] of isObject(backoff) ? timing : []) {
        const value = (backoff as Record<string, unknown>)[name];
        if (value !== undefined && !(typeof value === "number" && value >= min && value <= max))
          refuse(
            `${retryConfigPath}.backoff.${name}`,
            max === Infinity ? `a number >= ${min}` : `a number from ${min} to ${max}`,
            value,
          );
      }
      if (
        maxRetries !== undefined &&
        !(maxRetries === Infinity || (Number.isInteger(maxRetries) && (maxRetries as number) >= 0))
      )
        refuse(`${retryConfigPath}.maxRetries`, "a whole number >= 0 (or Infinity)", maxRetries);
      if (retryConnectionErrors !== undefined && typeof retryConnectionErrors !== "boolean")
        refuse(`${retryConfigPath}.retryConnectionErrors`, "true or false", retryConnectionErrors);
    }
  }
  if (retryCodes != null) {
    if (
      !Array.isArray(retryCodes) ||
      !retryCodes.every(
        (code) =>
          (typeof code === "string" || typeof code === "number") &&
          /^[1-5](\d\d|xx)$/i.test(String(code)),
      )
    )
      refuse("retryCodes", 'a list of statuses or ranges, such as ["429", "5XX"]', retryCodes);
  }
  // (`"false"` from a config file would have left the checks on without a word.)
  if (validateResponses != null && typeof validateResponses !== "boolean")
    refuse("validateResponses", "true or false", validateResponses);
  return issues;
}

const RETRY_KEYS = ["strategy", "backoff", "retryConnectionErrors", "maxRetries"];
const BACKOFF_KEYS = ["initialInterval", "maxInterval", "exponent", "maxElapsedTime"];

function shown(value: unknown): string {
  return typeof value === "string"
    ? JSON.stringify(value)
    : typeof value === "bigint"
      ? `${value}n`
      : Array.isArray(value)
        ? JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? `${v}n` : v))
        : typeof value === "object" && value !== null
          ? "an object"
          : String(value);
}

import { ValidationError } from "../errors/validation-error.js";
import { serverVariables } from "../generated/schemas.js";
import type { OrqOptions } from "./options.js";

/**
 * The client's options, as `OrqOptions` names them (the generator's `CLIENT_OPTIONS` lists them
 * too, for server variables to leave alone: a test keeps the two equal).
 */
export const OPTION_NAMES = [
  "apiKey",
  "serverURL",
  "serverIdx",
  "retryConfig",
  "timeoutMs",
  "fetch",
  "httpClient",
  "userAgent",
  "logger",
  "debugLogger",
  "credentials",
  "dangerouslyAllowBrowser",
  "validateResponses",
] satisfies (keyof OrqOptions)[];

/**
 * Other SDKs' names for our options (openai's `baseURL`, `timeout` and `maxRetries`, the usual
 * `baseUrl`): ignored, `baseURL` sent the calls meant for a proxy to the API itself, key and all.
 */
const OTHER_SDK_NAMES = new Map([
  ["baseurl", "serverURL"],
  ["url", "serverURL"],
  ["timeout", "timeoutMs"],
  ["maxretries", "retryConfig"],
  ["retries", "retryConfig"],
]);

/**
 * Other SDKs' options ours have no one equal of (openai's `defaultHeaders`, `httpAgent`), and
 * what does their work here: ignored, `defaultHeaders` looked as if it worked, and the calls went
 * out without the headers.
 */
const OTHER_SDK_OPTIONS = new Map([
  [
    "defaultheaders",
    'headers for every call go through an httpClient (new HTTPClient().addHook("beforeRequest", …)), or in a call\'s own { headers }',
  ],
  [
    "defaultquery",
    "query parameters are a call's own request fields, or added by an httpClient's \"beforeRequest\" hook",
  ],
  ["httpagent", "give a fetch that uses your agent, as the fetch option"],
  ["httpsagent", "give a fetch that uses your agent, as the fetch option"],
]);

/** A name as its letters: `timeout_ms`, `TimeoutMs` and `timeoutMs` are one. */
const letters = (name: string) => name.replace(/[_-]/g, "").toLowerCase();

/**
 * Whether `typed` is `known` with one slip of the keys: a letter left out, added, changed, or
 * two swapped (`tokn`, `retyConfig`, `loger`). Names of three letters or fewer are left alone:
 * one slip from them is another word.
 */
export function oneSlipFrom(typed: string, known: string): boolean {
  const [a, b] = [letters(typed), letters(known)];
  if (b.length < 4 || a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (a[start] === b[start]) start++;
  const [restA, restB] = [a.slice(start + 1), b.slice(start + 1)];
  return (
    restA === restB || // changed (or, at the end, added or left out)
    restA === b.slice(start) || // added
    a.slice(start) === restB || // left out
    (a[start] === b[start + 1] &&
      a[start + 1] === b[start] &&
      a.slice(start + 2) === b.slice(start + 2)) // swapped
  );
}

/**
 * Refuses a client option whose name is one of ours written another way (`serverUrl`,
 * `apikey`, `timeout_ms`), with a slip of the keys (`retyConfig`, a server variable's `tokn`),
 * or as another SDK names it (`baseURL`, `timeout`, `maxRetries`), which would otherwise be
 * ignored without a word: with `serverUrl`, calls meant for a mock or a proxy went to the real
 * API, with the real key. Other names are left alone. Runtime packages pass it as their
 * runtime's `checkOptions`.
 */
export function refuseMisspeltOptions(options: object): void {
  // (And those of the spec's server variables: `Region` for `region`.)
  const known = [...OPTION_NAMES, ...Object.keys(serverVariables)];
  // Every one at once: fixing them one run at a time is slow.
  const issues = Object.keys(options).flatMap((name) => {
    if (known.includes(name)) return [];
    const meant =
      known.find((k) => letters(k) === letters(name)) ??
      OTHER_SDK_NAMES.get(letters(name)) ??
      known.find((k) => oneSlipFrom(name, k));
    const instead = OTHER_SDK_OPTIONS.get(letters(name));
    return meant || instead
      ? [
          {
            path: name,
            message: `${name} is not an option: ${meant ? `did you mean ${meant}?` : instead}`,
          },
        ]
      : [];
  });
  if (issues.length) throw new ValidationError("new Orq()", issues);
}

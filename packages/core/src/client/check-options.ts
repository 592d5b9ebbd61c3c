import { ValidationError } from "../errors/validation-error.js";
import * as spec from "../generated/schemas.js";
import { fold, isPlainObject, type Issue } from "../schema/check-and-rename.js";
import { refuseConflictingOptions } from "./option-conflicts.js";
import { oneSlipFrom, refuseMisspeltOptions } from "./option-names.js";
import { optionValueIssues } from "./option-values.js";
import { refuseRelativeServer, refuseUnknownServerIndex } from "./server-options.js";
import type { OrqOptions } from "./options.js";

/**
 * What Node and Deno check of a client's options, as their runtime's `checkOptions`: options
 * that are not an object (`new Orq("sk-…")`, the key where the options go), a name written
 * another way (`serverUrl`), options that cannot go together (a `fetch` beside an
 * `httpClient`), a `serverIdx` that picks no server, no `serverURL` where the spec's server has
 * no host, `credentials` a spec has no schemes for, and a `timeoutMs` or `retryConfig` that would
 * be misread. Browser bundles leave it
 * out, for their size.
 */
export function checkClientOptions(options: OrqOptions): void {
  if (typeof options !== "object" || Array.isArray(options))
    throw new ValidationError("new Orq()", [
      {
        path: "options",
        message: `the options must be an object, such as new Orq({ apiKey }) (got ${typeof options === "string" ? "a string" : Array.isArray(options) ? "an array" : typeof options})`,
      },
    ]);
  if (options === null) return;
  refuseMisspeltOptions(options);
  refuseConflictingOptions(options);
  refuseUnknownServerIndex(options);
  refuseRelativeServer(options);
  // `credentials` fill schemes a spec needs together or offers beside its first: for a spec of
  // one key they would be taken, and never sent (the calls went out with no key at all).
  if (!spec.usesCredentialSets && options.credentials != null)
    throw new ValidationError("new Orq()", [
      {
        path: "credentials",
        message:
          "credentials: this API takes one key, as apiKey (credentials are for APIs whose operations take several keys at once, or a choice of keys)",
      },
    ]);
  // A scheme name written another way (`oauth2` for `OAuth2`) filled nothing, and the calls
  // went out with no key.
  if (spec.usesCredentialSets && isPlainObject(options.credentials))
    for (const name of Object.keys(options.credentials))
      if (!spec.credentialSchemes.includes(name)) {
        const meant = spec.credentialSchemes.find((s) => fold(s) === fold(name));
        throw new ValidationError("new Orq()", [
          {
            path: `credentials.${name}`,
            message: `credentials.${name} is not a security scheme of this API${meant ? `: did you mean ${meant}?` : ""} (its schemes: ${spec.credentialSchemes.join(", ")})`,
          },
        ]);
      }
  const issues = optionValueIssues(options, options.retryConfig, "retryConfig");
  if (issues.length) throw new ValidationError("new Orq()", issues);
}

/** A call's own options (`RequestOptions`), as the SDK reads them. */
const CALL_OPTIONS = [
  "fetchOptions",
  "timeoutMs",
  "retries",
  "retryCodes",
  "serverURL",
  "validateResponses",
];
/**
 * The `RequestInit` fields a call's options may hold beside them (the official SDK's form), for
 * `fetch`: the standard's, undici's `dispatcher` (Node) and Deno's `client`.
 */
const REQUEST_INIT = [
  "headers",
  "signal",
  "cache",
  "credentials",
  "integrity",
  "keepalive",
  "mode",
  "priority",
  "redirect",
  "referrer",
  "referrerPolicy",
  "window",
  "duplex",
  "dispatcher",
  "client",
];
/** Call options as other SDKs and the client name them. */
const OTHER_NAMES = new Map([
  ["timeout", "timeoutMs"],
  ["retryConfig", "retries"],
]);
/**
 * Headers that say how the message is framed or carried, which the transport sets: one given
 * beside the SDK's `Content-Length` (`Transfer-Encoding: chunked`) makes a request that servers
 * read two ways, the shape of request smuggling. undici's `fetch` refuses them too.
 */
const FRAMING_HEADERS = [
  "content-length",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "upgrade",
  "expect",
  "te",
  "trailer",
  "proxy-connection",
];

/**
 * What Node and Deno check of a call's options, as their runtime's `checkCallOptions`, before
 * anything is sent: options that are not an object, a name that is neither an option nor a
 * `RequestInit` field (`timeoutMS`, `timeout`, `serverUrl`: `fetch` ignored them, and with
 * `serverUrl` the call went to the client's server, key and files with it), `method` or `body`
 * (the SDK's to set), framing headers, and a `timeoutMs`, `retries` or `retryCodes` that would
 * be misread. (A call's `serverURL` is checked for every runtime, as the client's is.)
 */
export function checkCallOptions(options: unknown, operation: string): void {
  if (options == null) return;
  if (typeof options !== "object" || Array.isArray(options))
    throw new ValidationError(operation, [
      {
        path: "options",
        message: `the options must be an object, such as { timeoutMs: 30_000 } (got ${Array.isArray(options) ? "an array" : typeof options})`,
      },
    ]);
  const given = options as Record<string, unknown>;
  const issues: Issue[] = [];
  // `fetchOptions` holds RequestInit fields only (the official SDK's older form).
  const { fetchOptions } = given;
  if (fetchOptions != null && !isPlainObject(fetchOptions))
    issues.push({
      path: "fetchOptions",
      message: "fetchOptions must be an object of RequestInit fields",
    });
  for (const [at, within, known] of [
    ["", given, [...CALL_OPTIONS, ...REQUEST_INIT]],
    ["fetchOptions.", isPlainObject(fetchOptions) ? fetchOptions : {}, REQUEST_INIT],
  ] as const)
    for (const name of Object.keys(within)) {
      if (known.includes(name)) continue;
      // (The same slips "did you mean" finds in a request's fields, another casing, snake_case,
      // and one of the keys.)
      const meant =
        known.find((k) => fold(k) === fold(name)) ??
        OTHER_NAMES.get(name) ??
        known.find((k) => oneSlipFrom(name, k));
      issues.push({
        path: `${at}${name}`,
        message:
          name === "method" || name === "body"
            ? `${at}${name} is the SDK's to set, from the operation and the request`
            : at
              ? `${at}${name} is not a RequestInit field`
              : `${name} is not an option${meant ? `: did you mean ${meant}?` : ` (a call takes ${CALL_OPTIONS.join(", ")}, and RequestInit's fields)`}`,
      });
    }
  for (const [where, init] of [
    ["headers", given],
    ["fetchOptions.headers", given.fetchOptions],
  ] as const) {
    let headers: Headers;
    try {
      headers = new Headers((init as RequestInit | undefined)?.headers);
    } catch (error) {
      issues.push({ path: where, message: `${where}: ${(error as Error).message}` });
      continue;
    }
    for (const name of FRAMING_HEADERS)
      if (headers.has(name))
        issues.push({
          path: where,
          message: `${where}: ${name} is the transport's to set, from the body it sends`,
        });
  }
  const { signal } = given;
  if (signal != null && typeof (signal as AbortSignal).addEventListener !== "function")
    issues.push({ path: "signal", message: "signal must be an AbortSignal" });
  issues.push(...optionValueIssues(given, given.retries, "retries"));
  if (issues.length) throw new ValidationError(operation, issues);
}

import type { Logger } from "../logging/logger.js";
import type { CredentialScheme, ServerVariableOptions } from "../generated/schemas.js";
import type { RetryConfig } from "../retry/retry-config.js";

/** A key, or a function returning one (for short-lived tokens fetched from your backend). */
export type ApiKey = string | (() => string | Promise<string>);

/**
 * One value per security scheme, by the spec's names, so a name the spec lacks does not compile.
 * (For a spec that takes one key, none: an empty type would take any object.)
 */
export type Credentials = [CredentialScheme] extends [never]
  ? { readonly [scheme: string]: never }
  : { readonly [Scheme in CredentialScheme]?: ApiKey };

/**
 * Client options (the official SDK's names), and, for a spec whose servers have variables, one
 * option per variable (`ServerVariableOptions`: `region`, Telegram's `token`).
 */
export interface OrqOptions extends ServerVariableOptions {
  /**
   * Sent as `Authorization: Bearer …`. Default: the `ORQ_API_KEY` environment variable (in an SDK
   * generated from another API's spec, the one named after its host: `TOGETHER_API_KEY`).
   */
  apiKey?: ApiKey | undefined;
  /** Default `https://api.orq.ai`. */
  serverURL?: string | URL | undefined;
  /**
   * Which of the spec's servers requests go to (the official SDK's option): an index into
   * `serverList`, 0 (the first) by default. A `serverURL` given too wins.
   */
  serverIdx?: number | undefined;
  /** Default: up to 2 retries with exponential backoff. `{ strategy: "none" }` turns them off. */
  retryConfig?: RetryConfig | undefined;
  /** Per attempt: connect, upload and response body. Default: the spec's (10 minutes). */
  timeoutMs?: number | undefined;
  /** The transport. Default: the runtime's own (a streaming `node:http` one in Node). */
  fetch?: typeof fetch | undefined;
  /**
   * The official SDK's way to give the transport: an `HTTPClient` (ours, or any object with
   * `request(request)`), with its fetcher and hooks. Each attempt goes through it. Node and
   * Deno refuse a `fetch` given too (its hooks would never run); in a browser bundle, which
   * leaves that check out, the `fetch` wins.
   */
  httpClient?: { request(request: Request): Promise<Response> } | undefined;
  /** Sent as the `User-Agent` header (where the runtime lets a page set it). */
  userAgent?: string | undefined;
  /** Debug lines per attempt (no headers, no bodies). Also enabled by `ORQ_LOG=debug`. */
  logger?: Logger | undefined;
  /** The official SDK's name for `logger`. */
  debugLogger?: Logger | undefined;
  /**
   * For operations that need several security schemes at once (Plaid's client id, secret and
   * version headers; Algolia's application id and key): one value (or a function returning
   * one) per scheme, under the spec's name of the scheme, e.g.
   * `{ clientId: "…", secret: "…", plaidVersion: "2020-09-14" }`. Each is placed where its
   * scheme says; `apiKey` is then not sent. Specs without such operations never read it.
   */
  credentials?: Credentials | undefined;
  /** Browsers only: allow an API key (or credentials) in page code, which every visitor can read. */
  dangerouslyAllowBrowser?: boolean | undefined;
  /**
   * `false`: an answer that breaks the spec's rules (a field the spec requires left out, a
   * number sent as text, a value no `oneOf` branch takes) is returned as it came, renamed where
   * the spec's names fit, instead of failing with a `ResponseValidationError`. For a spec that
   * is wrong about its own server: the answer's type is then a promise the server did not keep,
   * so read what you use with care. A call's own `validateResponses` wins. Answers that are not
   * what the call reads at all (not JSON, an empty body) still fail, and requests are always
   * checked. Default `true`.
   */
  validateResponses?: boolean | undefined;
}

/** The official SDK's name for the client's options. */
export type SDKOptions = OrqOptions;

/**
 * Per-call options (the official SDK's names). Any `RequestInit` field goes beside them, as in
 * the official SDK: `{ headers: { "x-trace": "1" }, signal }`. An `Authorization` header given
 * here is sent instead of the client's key.
 */
export interface RequestOptions extends Omit<RequestInit, "body" | "method"> {
  /** Extra `RequestInit` for this call (the official SDK's older form; fields beside it win). */
  fetchOptions?: Omit<RequestInit, "body" | "method"> | undefined;
  timeoutMs?: number | undefined;
  retries?: RetryConfig | undefined;
  /**
   * The statuses to retry for this call, instead of 408, 429, 500, 502, 503, 504 and 529: codes
   * (`"429"`) or ranges (`"5XX"`), as the official SDK takes them.
   */
  retryCodes?: string[] | undefined;
  serverURL?: string | URL | undefined;
  /** This call's answer checked or not (see the client's `validateResponses`). */
  validateResponses?: boolean | undefined;
}

/**
 * Whether a method's argument is its options (exactly `RequestOptions`, or left out): what a
 * runtime package leaves as it is when it widens a method's arguments to its own file inputs.
 */
export type IsRequestOptions<A> = [A] extends [RequestOptions | undefined]
  ? [RequestOptions | undefined] extends [A]
    ? true
    : false
  : false;

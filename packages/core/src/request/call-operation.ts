import { OrqError } from "../errors/orq-error.js";
import { UnexpectedClientError } from "../errors/http-client-error.js";
import type { APICall, Operation, Result } from "../generated/contract.js";
import type { Logger } from "../logging/logger.js";
import type { Runtime } from "../client/runtime.js";
import type { OrqOptions, RequestOptions } from "../client/options.js";
import * as spec from "../generated/schemas.js";
import { resolveApiKey } from "../client/api-key.js";
import { absoluteServerURL } from "../client/server-url.js";
import { retryPolicy } from "../retry/retry-config.js";
import { own, resolve } from "../schema/resolve.js";
import { keyFollowsRedirects, placeKey } from "./place-key.js";
import { placeCredentials } from "./place-credentials.js";
import { prepareRequest } from "./prepare-request.js";
import { acceptHeader } from "./accept-header.js";
import { readAnswer } from "./read-event-stream.js";
import { readByteStream } from "./read-byte-stream.js";
import { readResponse } from "./read-response.js";
import { sendWithRetries } from "./send-with-retries.js";
import type { Exchange, Streaming } from "./attempt.js";
import { describeCall, hideAnswerURL, longestFirst } from "./describe-call.js";
import { holdAnswer } from "./held-answer.js";
import { secretParameterValues } from "./secret-parameters.js";
import { boundedSignal, raceSignal } from "./bounded-signal.js";
import type { ReplayableBody } from "../multipart/part.js";
import { asErrorClass } from "./error-class.js";
import { hideKey } from "./hide-key.js";
import { randomIdempotencyKey } from "./idempotency-key.js";

/** What a call needs from the client it runs on: its options, checked and completed. */
export interface Client extends OrqOptions {
  readonly serverURL: string;
  /**
   * Whether `serverURL` is one the caller gave (a mock, a proxy): then every operation goes
   * there, even one the spec gives a server of its own. Set only for specs that have such.
   */
  readonly serverURLGiven?: boolean;
  readonly runtime: Runtime;
  readonly logger: Logger | undefined;
  /** Secrets the server's URL holds (a server variable's), for specs whose servers have any. */
  readonly urlSecrets?: readonly string[];
}

/**
 * The whole life of one call: check and encode the request (nothing is sent if it breaks a
 * rule), send it with retries, read the answer. Every failure is one of the SDK's errors;
 * anything else would be a bug, and is wrapped so callers still get an `OrqError`. Resolves to
 * the result and a way to describe the HTTP exchange behind it (`$inspect()`).
 */
export async function callOperation(
  client: Client,
  op: Operation,
  request: unknown,
  options: RequestOptions = {},
): Promise<[result: Result<unknown, OrqError>, inspect: () => APICall]> {
  const operation = `${op.sdkName}()`;
  let key: string | undefined;
  // (Server variables named as secrets, Telegram's bot `token`, are in every URL.)
  const secrets: string[] = spec.usesServerVariables ? [...client.urlSecrets!] : [];
  let result: Result<unknown, OrqError>;
  const exchange: Exchange = {};
  try {
    // A misspelt or misread option, refused where the runtime checks them (Node, Deno).
    client.runtime.checkCallOptions?.(options, operation);
    // `RequestInit` fields beside the options (the official SDK's form) win over the same in
    // `fetchOptions` (its older one); headers are merged.
    // (`null` from JavaScript, as the official SDK takes it, is no options.)
    const {
      fetchOptions,
      timeoutMs,
      retries,
      retryCodes,
      serverURL,
      validateResponses,
      ...beside
    } = options ?? {};
    // (`init.headers` is replaced by the merged `headers` where the request is made.)
    const { signal, ...init } = { ...fetchOptions, ...beside };
    const headers = new Headers(fetchOptions?.headers);
    new Headers(beside.headers).forEach((value, name) => headers.set(name, value));
    const perAttempt = timeoutMs ?? client.timeoutMs ?? op.timeoutMs ?? 600_000;
    // Getting ready is bounded as an attempt is, by the caller's signal and the timeout: the
    // caller's `apiKey()` and a stream's first bytes may never come.
    const ready = boundedSignal(signal, perAttempt, operation);
    let path: string, body: ReplayableBody | undefined;
    try {
      [[path, body], key] = await raceSignal(
        (async () =>
          [
            await prepareRequest(
              op,
              operation,
              request,
              client.runtime,
              headers,
              signal,
              perAttempt,
            ),
            await resolveApiKey(client.apiKey, operation),
          ] as const)(),
        ready.signal,
      );
    } finally {
      ready.release();
    }
    // An idempotency key the spec declares and the caller left out: one per call, so that every
    // retry of it is the same request to the server (a payment is not made twice). An empty one
    // (`null` for Svix's nullable key, `""`) is none: sent, it made every call the same one.
    if (spec.usesIdempotencyKeys && op.idempotencyKey && !headers.get(op.idempotencyKey))
      headers.set(op.idempotencyKey, randomIdempotencyKey!());
    // (Parameters named as secrets, api.video's `uploadToken` in the path, a `client_secret`
    // query: hidden as the key is, in the URL and wherever a server echoes them. Query and
    // header ones are also hidden by their names where a request is shown.)
    if (spec.usesParameters) secrets.push(...secretParameterValues!(op, request));
    let url =
      // (A call's own is checked as the client's is, and before anything is sent.)
      ((serverURL != null ? absoluteServerURL(serverURL, operation) : undefined) ??
        // (One expression, so that a spec without operations on servers of their own keeps none
        // of this.)
        (spec.usesOperationServers && op.server && !client.serverURLGiven
          ? // A relative server is relative to the document's (§ 4.8.5).
            new URL(op.server, `${client.serverURL}/`).href.replace(/\/+$/, "")
          : client.serverURL)) + path;
    // Several schemes at once, from `credentials`, instead of the key (specs without such
    // operations keep none of this).
    const placed: [url: string, secrets: string[]] | false | undefined =
      spec.usesCredentialSets &&
      (await placeCredentials(
        op,
        client.credentials,
        operation,
        headers,
        url,
        // (A call's own `Authorization` counts as its key.)
        key !== undefined || headers.has("authorization"),
      ));
    if (spec.usesCredentialSets && placed) {
      const [placedURL, placedSecrets] = placed as [string, string[]];
      url = placedURL;
      secrets.push(...placedSecrets);
    }
    // (One expression, so that a spec of bearer keys only keeps just the header.)
    else if (key)
      spec.usesOtherAuth && op.auth !== undefined
        ? ((url = placeKey(op.auth, key, headers, url)),
          // Basic credentials' password (`id:secret`, Shutterstock's) is a secret of its own: a
          // server may echo it alone, where only the whole key was cut out.
          op.auth &&
            op.auth.scheme === "basic" &&
            key.includes(":") &&
            secrets.push(key.slice(key.indexOf(":") + 1)))
        : // An `Authorization` the caller gave for this call is sent instead.
          headers.has("authorization") || headers.set("authorization", `Bearer ${key}`);
    if (client.userAgent && !headers.has("user-agent")) headers.set("user-agent", client.userAgent);
    if (!headers.has("accept"))
      headers.set(
        "accept",
        // (One expression, so that a spec whose answers are all JSON keeps only the constant.)
        spec.usesEventStreams || spec.usesNonJsonResponses || spec.usesTextBesideJson
          ? acceptHeader(op)
          : "application/json",
      );
    const [response, answerBody] = await sendWithRetries(
      {
        operation,
        url,
        init: {
          // A key in a header of the spec's own would follow a redirect to another origin.
          ...((spec.usesOtherAuth && keyFollowsRedirects(op.auth)) ||
          // Credentials go in headers of the spec's own (`PLAID-SECRET`) as often as not.
          (spec.usesCredentialSets && secrets.length)
            ? { redirect: "error" as const }
            : undefined),
          ...init,
          method: op.method.toUpperCase(),
          headers,
        },
        secret: spec.usesOtherAuth && op.auth && op.auth.in === "query" ? key : undefined,
        hidden: spec.usesServerVariables || spec.usesParameters ? secrets : undefined,
        body,
        fetch:
          client.fetch ??
          client.httpClient?.request.bind(client.httpClient) ??
          client.runtime.fetch,
        timeoutMs: perAttempt,
        signal,
        events: spec.usesEventStreams ? !!op.response?.stream : undefined,
        // (An answer the spec gives no body, which a server sends all the same: bytes if it
        // labels them so, not text decoded from them.)
        binary: spec.usesNonJsonResponses
          ? resolve(op.response?.schema ?? {}).type === "file" ||
            (!op.response?.mediaType && "unlabelled")
          : undefined,
        exchange,
      },
      retryPolicy(retries ?? client.retryConfig, retryCodes),
      client.logger,
    );
    result = {
      ok: true,
      // An answer of bytes is a stream of them, read as the caller reads it.
      value:
        spec.usesNonJsonResponses && (answerBody as Streaming).bytes
          ? // A status the spec answers without a body (Box's download: 202, not ready yet), or
            // that has none (204, 205), is nothing, as typed, not an empty file.
            (spec.usesOtherResponses &&
              own(op.otherResponses, String(response.status))?.mediaType === "") ||
            response.status === 204 ||
            response.status === 205
            ? closeUnread!(response, answerBody as Streaming)
            : readByteStream!(operation, response, answerBody as Streaming)
          : spec.usesEventStreams
            ? readAnswer!(
                op,
                operation,
                response,
                answerBody as string | Streaming,
                (validateResponses ?? client.validateResponses) === false,
              )
            : readResponse(
                // (A call that picked the answer's fields, `fields: ["name"]`, gets an answer
                // without those the spec requires.)
                // (An empty list picks nothing: the server answers every field.)
                spec.usesFieldSelection &&
                  op.selects &&
                  `${(request as Record<string, unknown> | undefined)?.[op.selects] ?? ""}` !== ""
                  ? ({ ...op, partial: true } as Operation)
                  : op,
                operation,
                response,
                answerBody as string,
                // (`false` alone turns the answer's checks off: any other value leaves them on.)
                (validateResponses ?? client.validateResponses) === false,
              ),
    };
  } catch (error) {
    const orqError =
      error instanceof OrqError
        ? error
        : new UnexpectedClientError(`${operation}: ${String(error)}`, { cause: error });
    // (A key of a few characters is left as it is: see `hideKey`.)
    result = { ok: false, error: key ? scrub(orqError, key) : orqError };
    // Credentials likewise, the longest first: one inside another is cut out with it.
    if (
      spec.usesOtherAuth ||
      spec.usesCredentialSets ||
      spec.usesServerVariables ||
      spec.usesParameters
    )
      for (const secret of longestFirst!(secrets)) scrub(orqError, secret);
    if (spec.usesErrorClasses) asErrorClass!(op, orqError);
  }
  // (One statement, so that a spec that puts nothing in URLs keeps none of it.)
  if (
    (spec.usesOtherAuth ||
      spec.usesCredentialSets ||
      spec.usesServerVariables ||
      spec.usesParameters) &&
    exchange.response
  )
    hideAnswerURL!(exchange.response, [key, ...secrets]);
  // Described only when asked for: most callers never look.
  return [
    result,
    spec.usesOtherAuth || spec.usesCredentialSets || spec.usesServerVariables || spec.usesParameters
      ? () =>
          longestFirst!(secrets).reduce(
            (call, secret) =>
              call.request ? describeCall({ ...exchange, request: call.request }, secret) : call,
            describeCall(exchange, key),
          )
      : () => describeCall(exchange, key),
  ];
}

/**
 * An answer handed over unread that is not wanted after all: let go, its body cancelled, as a
 * stream of it is once done with (`holdAnswer`; never read, so no message to word).
 */
const closeUnread = spec.usesNonJsonResponses
  ? (response: Response, streaming: Streaming): undefined =>
      void holdAnswer(response, streaming, String).close()
  : undefined;

/**
 * A server or proxy may echo the Authorization header into an error body: the key is cut out of
 * every message, stack and body of our errors, so it cannot reach a log through us. (A
 * transport's own errors, kept as `cause`, never see the headers.)
 */
function scrub(error: OrqError, key: string): OrqError {
  // (A key of a few characters is no secret: `hideKey` leaves it, and so the fields go as they
  // came, a body nested too deep to copy too.)
  if (key.length < 8) return error;
  const redact = (_: string, value: unknown) =>
    typeof value === "string" ? hideKey(value, key) : value;
  // The message, the stack, the body of an APIError or the raw body (and value) of a bad
  // response as the server sent it, and the issues of a bad one (a value it echoed): every
  // string in them, through a JSON copy. (Class fields: plain writable properties.)
  // (`rawResponse` is left as it came, as `$inspect()` leaves it: a getter, shown by none.)
  const fields = error as unknown as Record<string, unknown>;
  for (const field of ["message", "stack", "body", "rawBody", "rawValue", "contentType", "issues"])
    if (fields[field] !== undefined)
      try {
        fields[field] = JSON.parse(JSON.stringify(fields[field]), redact);
      } catch {
        // Nested too deep to copy (a hostile answer, thousands of levels): not kept unread.
        fields[field] = "[nested too deep to show]";
      }
  // And the answer's headers, where a server or proxy echoed it.
  if (fields.headers)
    fields.headers = new Headers(
      [...(fields.headers as Headers)].map(([name, value]): [string, string] => [
        name,
        hideKey(value, key),
      ]),
    );
  return error;
}

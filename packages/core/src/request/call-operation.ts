import { OrqError } from "../errors/orq-error.js";
import type { Operation, Result } from "../generated/contract.js";
import type { Logger } from "../logging/logger.js";
import type { Runtime } from "../client/runtime.js";
import type { OrqOptions, RequestOptions } from "../client/options.js";
import { resolveApiKey } from "../client/api-key.js";
import { retryPolicy } from "../retry/retry-config.js";
import { prepareRequest } from "./prepare-request.js";
import { readResponse } from "./read-response.js";
import { sendWithRetries } from "./send-with-retries.js";

/** What a call needs from the client it runs on: its options, checked and completed. */
export interface Client extends OrqOptions {
  readonly serverURL: string;
  readonly runtime: Runtime;
  readonly logger: Logger | undefined;
}

/**
 * The whole life of one call, as a result: check and encode the request (nothing is sent if it
 * breaks a rule), send it with retries, read the answer. Every failure is one of the SDK's
 * errors; anything else would be a bug, and is wrapped so callers still get an `OrqError`.
 */
export async function callOperation(
  client: Client,
  op: Operation,
  request: unknown,
  options: RequestOptions = {},
): Promise<Result<unknown, OrqError>> {
  const operation = `${op.sdkName}()`;
  let key: string | undefined;
  try {
    const serverURL = options.serverURL?.replace(/\/+$/, "") ?? client.serverURL;
    const prepared = await prepareRequest(op, request, client.runtime, serverURL);
    key = await resolveApiKey(client.apiKey, operation);
    const { headers: given, signal, ...init } = options.fetchOptions ?? {};
    const headers = new Headers(given);
    for (const [name, value] of Object.entries(prepared.headers)) headers.set(name, value);
    if (key) headers.set("authorization", `Bearer ${key}`);
    if (!headers.has("accept")) headers.set("accept", "application/json");
    // The transport is looked up per request, so a fetch patched after the client was made
    // (test tools do) is used.
    const transport = client.fetch ?? client.runtime.fetch;
    const { response, text } = await sendWithRetries(
      {
        operation,
        url: prepared.url,
        init: { ...init, method: op.method.toUpperCase(), headers },
        body: prepared.body,
        fetch: (req) => (transport ?? fetch)(req),
        timeoutMs: options.timeoutMs ?? client.timeoutMs ?? op.timeoutMs ?? 600_000,
        signal: options.signal ?? signal ?? undefined,
      },
      retryPolicy(options.retries ?? client.retryConfig),
      client.logger,
    );
    return { ok: true, value: readResponse(op, operation, response, text) };
  } catch (error) {
    const orqError =
      error instanceof OrqError
        ? error
        : new OrqError(`${operation}: ${String(error)}`, { cause: error });
    return { ok: false, error: key ? scrub(orqError, key) : orqError };
  }
}

/**
 * A server or proxy may echo the Authorization header into an error body: the key is cut out of
 * every message, stack and body of our errors, so it cannot reach a log through us. (A
 * transport's own errors, kept as `cause`, never see the headers.)
 */
function scrub(error: OrqError, key: string): OrqError {
  const redact = (text: string, secret = key) => text.split(secret).join("[redacted]");
  error.message = redact(error.message);
  if (error.stack) error.stack = redact(error.stack);
  // The body of an APIError, or the raw body of a bad response, as the server sent it: the
  // key is cut out of its JSON form, where it is escaped as JSON escapes it.
  const bodies = error as { body?: unknown; rawBody?: unknown };
  for (const field of ["body", "rawBody"] as const) {
    if (bodies[field] !== undefined) {
      const json = redact(JSON.stringify(bodies[field]), JSON.stringify(key).slice(1, -1));
      Object.defineProperty(error, field, { value: JSON.parse(json), enumerable: true });
    }
  }
  return error;
}

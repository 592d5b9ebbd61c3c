import { OrqError } from "../errors/orq-error.js";
import { ValidationError } from "../errors/validation-error.js";
import type { Operation, Result } from "../generated/contract.js";
import type { Logger } from "../logging/logger.js";
import type { Runtime } from "../client/runtime.js";
import type { ApiKey, RequestOptions } from "../client/options.js";
import { resolveApiKey } from "../client/api-key.js";
import { retryPolicy, type RetryConfig } from "../retry/retry-config.js";
import { prepareRequest } from "./prepare-request.js";
import { readResponse } from "./read-response.js";
import { sendWithRetries } from "./send-with-retries.js";

/** What a call needs from the client it runs on. */
export interface CallContext {
  readonly fetch: (request: Request) => Promise<Response>;
  readonly serverURL: string;
  readonly runtime: Runtime;
  readonly apiKey: ApiKey | undefined;
  readonly retryConfig: RetryConfig | undefined;
  readonly timeoutMs: number | undefined;
  readonly logger: Logger | undefined;
}

/**
 * The whole life of one call, as a result: check and encode the request (nothing is sent if it
 * breaks a rule), send it with retries, read the answer. Every failure is one of the SDK's
 * errors; anything else would be a bug, and is wrapped so callers still get an `OrqError`.
 */
export async function callOperation(
  ctx: CallContext,
  op: Operation,
  request: unknown,
  options: RequestOptions | undefined,
): Promise<Result<unknown, OrqError>> {
  const operation = `${op.sdkName}()`;
  try {
    const prepared = await prepareRequest(op, request, ctx.runtime);
    if (Array.isArray(prepared))
      return { ok: false, error: new ValidationError(operation, prepared) };

    let key: string | undefined;
    try {
      key = await resolveApiKey(ctx.apiKey);
    } catch (error) {
      return {
        ok: false,
        error: new ValidationError(operation, [
          { path: "apiKey", message: (error as Error).message },
        ]),
      };
    }
    const headers = new Headers(options?.fetchOptions?.headers);
    for (const [name, value] of Object.entries(prepared.header)) headers.set(name, value);
    for (const [name, value] of Object.entries(prepared.body?.headers ?? {}))
      headers.set(name, value);
    if (key) headers.set("authorization", `Bearer ${key}`);
    if (!headers.has("accept")) headers.set("accept", "application/json");

    const { headers: _ignored, signal: fetchSignal, ...init } = options?.fetchOptions ?? {};
    const result = await scrubbed(key, () =>
      sendWithRetries(
        {
          fetch: ctx.fetch,
          serverURL: options?.serverURL?.replace(/\/+$/, "") ?? ctx.serverURL,
          op,
          operation,
          prepared,
          headers,
          init,
          timeoutMs: options?.timeoutMs ?? ctx.timeoutMs ?? op.timeoutMs ?? 600_000,
          signal: options?.signal ?? fetchSignal ?? undefined,
        },
        retryPolicy(options?.retries ?? ctx.retryConfig),
        ctx.logger,
      ),
    );
    return { ok: true, value: readResponse(op, operation, result.response, result.text) };
  } catch (error) {
    return {
      ok: false,
      error:
        error instanceof OrqError
          ? error
          : new OrqError(`${operation}: ${String(error)}`, { cause: error }),
    };
  }
}

/**
 * A server or proxy may echo the Authorization header into an error body or message: the key
 * is cut out of every message the SDK writes, so it cannot reach a log through us.
 */
async function scrubbed<T>(key: string | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (key && error instanceof OrqError) {
      // Only our own errors hold text we wrote; a transport's cause never sees the headers.
      // The stack repeats the message it was made with.
      error.message = redact(error.message, key);
      if (error.stack) error.stack = redact(error.stack, key);
      // The body of an APIError (or the raw body of a bad response) as the server sent it.
      const bodies = error as { body?: unknown; rawBody?: unknown };
      for (const field of ["body", "rawBody"] as const) {
        if (field in bodies)
          Object.defineProperty(error, field, {
            value: redact(bodies[field], key),
            enumerable: true,
          });
      }
    }
    throw error;
  }
}

function redact<T>(value: T, key: string): T {
  if (typeof value === "string") return value.split(key).join("[redacted]") as T;
  if (Array.isArray(value)) return value.map((v) => redact(v, key)) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [redact(k, key), redact(v, key)]),
    ) as T;
  }
  return value;
}

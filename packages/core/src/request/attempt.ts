import { createFinalURL, createQuerySerializer, defaultPathSerializer } from "openapi-fetch";
import { ConnectionError } from "../errors/connection-error.js";
import { RequestAbortedError } from "../errors/request-aborted-error.js";
import { RequestTimeoutError } from "../errors/request-timeout-error.js";
import type { Operation } from "../generated/contract.js";
import type { PreparedRequest } from "./prepare-request.js";

export interface AttemptInput {
  readonly fetch: (request: Request) => Promise<Response>;
  readonly serverURL: string;
  readonly op: Operation;
  readonly operation: string;
  readonly prepared: PreparedRequest;
  readonly headers: Headers;
  readonly init: RequestInit;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
}

export interface AttemptResult {
  readonly response: Response;
  /** The whole body, as text. */
  readonly text: string;
}

/** openapi-fetch's query rules (form style, exploded arrays, deepObject objects). */
let querySerializer: ((query: Record<string, unknown>) => string) | undefined;

/**
 * One try: a fresh body, one request (its URL built by openapi-fetch's path and query
 * serializers), the whole response read, all within `timeoutMs`. Failures come back as the
 * SDK's errors: the caller's abort, our timeout, or a connection error, told apart by which
 * signal fired.
 */
export async function attempt(input: AttemptInput): Promise<AttemptResult> {
  const { op, prepared, signal, timeoutMs } = input;
  const timeout = new AbortController();
  const timer =
    timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(
          () => timeout.abort(new DOMException(`timed out after ${timeoutMs} ms`, "TimeoutError")),
          timeoutMs,
        )
      : undefined;
  const combined = signal
    ? anySignal([signal, timeout.signal])
    : { signal: timeout.signal, dispose() {} };
  try {
    if (signal?.aborted) throw signal.reason;
    const body = prepared.body ? await prepared.body.open() : undefined;
    const url = createFinalURL(op.path, {
      baseUrl: input.serverURL,
      params: { path: prepared.path, query: prepared.query },
      querySerializer: (querySerializer ??= createQuerySerializer()),
      pathSerializer: defaultPathSerializer,
    });
    const request = new Request(url, {
      ...input.init,
      method: op.method.toUpperCase(),
      headers: input.headers,
      body: body ?? null,
      signal: combined.signal,
      // Streamed request bodies need this in Node and Deno; other bodies ignore it.
      duplex: "half",
    } as RequestInit);
    const response = await input.fetch(request);
    return { response, text: await response.text() };
  } catch (cause) {
    if (signal?.aborted)
      throw new RequestAbortedError(`${input.operation} was aborted`, { cause: signal.reason });
    if (timeout.signal.aborted) {
      throw new RequestTimeoutError(`${input.operation} timed out after ${timeoutMs} ms`, {
        cause,
      });
    }
    throw new ConnectionError(`${input.operation}: ${describe(cause)}`, { cause });
  } finally {
    clearTimeout(timer);
    combined.dispose();
  }
}

/** A signal that aborts when any of `signals` does, and lets go of their listeners afterwards. */
function anySignal(signals: AbortSignal[]): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onAbort = (event: Event) => controller.abort((event.target as AbortSignal).reason);
  for (const s of signals) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener("abort", onAbort, { once: true });
  }
  return {
    signal: controller.signal,
    dispose: () => signals.forEach((s) => s.removeEventListener("abort", onAbort)),
  };
}

/** fetch says "fetch failed" and hides why in `cause`: say why. */
function describe(error: unknown): string {
  const messages: string[] = [];
  for (let e = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    const message = e instanceof Error ? e.message : String(e);
    messages.push(
      typeof code === "string" && !message.includes(code) ? `${message} (${code})` : message,
    );
  }
  return `connection failed: ${messages.join(": ") || "unknown error"}`;
}

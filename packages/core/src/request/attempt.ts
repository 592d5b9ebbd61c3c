import { ConnectionError } from "../errors/connection-error.js";
import { RequestAbortedError } from "../errors/request-aborted-error.js";
import { RequestTimeoutError } from "../errors/request-timeout-error.js";
import type { ReplayableBody } from "../multipart/part.js";

/** One call, ready to send as often as it takes. */
export interface Call {
  /** `router.images.edits.create()`, for messages and logs. */
  readonly operation: string;
  readonly url: string;
  /** Method, headers and the caller's `fetchOptions`: everything but the body and signal. */
  readonly init: RequestInit & { method: string };
  /** Opened afresh for every attempt. */
  readonly body: ReplayableBody | undefined;
  readonly fetch: (request: Request) => Promise<Response>;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
}

export interface AttemptResult {
  readonly response: Response;
  /** The whole body, as text. */
  readonly text: string;
}

/**
 * One try: a fresh body, one request, the whole response read, all within `timeoutMs`. Failures
 * come back as the SDK's errors: the caller's abort, our timeout, or a connection error, told
 * apart by which signal fired.
 */
export async function attempt(call: Call): Promise<AttemptResult> {
  const { signal, timeoutMs, operation } = call;
  // One signal for the request: the caller's abort and our timeout both fire it.
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal!.reason);
  signal?.addEventListener("abort", onAbort);
  const timer =
    timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(
          () =>
            controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, "TimeoutError")),
          timeoutMs,
        )
      : undefined;
  try {
    if (signal?.aborted) throw signal.reason;
    const request = new Request(call.url, {
      ...call.init,
      body: await call.body?.open(),
      signal: controller.signal,
      // Streamed request bodies need this in Node and Deno; other bodies ignore it.
      duplex: "half",
    } as RequestInit);
    const response = await call.fetch(request);
    return { response, text: await response.text() };
  } catch (cause) {
    if (signal?.aborted)
      throw new RequestAbortedError(`${operation} was aborted`, { cause: signal.reason });
    if (controller.signal.aborted)
      throw new RequestTimeoutError(`${operation} timed out after ${timeoutMs} ms`, { cause });
    throw new ConnectionError(`${operation}: connection failed: ${reasons(cause)}`, { cause });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

type Cause = { message?: string; code?: unknown; cause?: unknown } | undefined;

/** fetch says "fetch failed" and hides why in `cause`: the chain of causes, with their codes. */
function reasons(error: unknown): string {
  const found: string[] = [];
  for (let e = error as Cause; e && found.length < 4; e = e.cause as Cause) {
    const { message = String(e), code } = e;
    found.push(
      typeof code === "string" && !message.includes(code) ? `${message} (${code})` : message,
    );
  }
  return found.join(": ");
}

import { APIError } from "../errors/api-error.js";
import { ConnectionError } from "../errors/connection-error.js";
import { RequestAbortedError } from "../errors/request-aborted-error.js";
import { RequestTimeoutError } from "../errors/request-timeout-error.js";
import { logAttempt, type Logger } from "../logging/logger.js";
import { backoffDelay } from "../retry/backoff-delay.js";
import { retryAfterMs } from "../retry/retry-after.js";
import { RETRYABLE_STATUSES, type RetryPolicy } from "../retry/retry-config.js";
import { sleep } from "../retry/sleep.js";
import { attempt, type AttemptInput, type AttemptResult } from "./attempt.js";

const NOT_REPLAYABLE =
  " (not retried: the request body holds a one-shot stream; pass a Blob, a buffer or a file from disk to allow retries)";

/**
 * Sends until an answer is final: retries 408/429/5XX answers and broken connections with
 * backoff, honouring `Retry-After` and `retry-after-ms` up to `maxInterval`, and never past
 * `maxElapsedTime`. Every retry re-sends the whole body; a body that cannot be re-read is sent
 * once, and its error says why it was not retried. A non-2XX answer becomes an `APIError`.
 */
export async function sendWithRetries(
  input: AttemptInput,
  policy: RetryPolicy,
  logger: Logger | undefined,
): Promise<AttemptResult> {
  const started = Date.now();
  const replayable = input.prepared.body?.replayable ?? true;
  for (let tryNumber = 1; ; tryNumber++) {
    const attemptStarted = Date.now();
    let result: AttemptResult | undefined;
    let failure: unknown;
    try {
      result = await attempt(input);
    } catch (error) {
      failure = error;
    }
    logAttempt(logger, {
      operation: input.operation,
      method: input.op.method,
      url: result?.response.url || input.op.path,
      attempt: tryNumber,
      ms: Date.now() - attemptStarted,
      status: result?.response.status,
      error: failure instanceof Error ? failure.name : undefined,
    });

    const status = result?.response.status;
    if (result && result.response.ok) return result;
    const retryable =
      failure instanceof ConnectionError || failure instanceof RequestTimeoutError
        ? policy.retryConnectionErrors
        : status !== undefined && RETRYABLE_STATUSES.includes(status);
    const toError = (note = "") =>
      failure ?? new APIError(input.operation, result!.response, parseBody(result!.text), note);

    if (!retryable || tryNumber > policy.maxRetries || failure instanceof RequestAbortedError)
      throw toError();
    if (!replayable) throw withNote(toError(NOT_REPLAYABLE), NOT_REPLAYABLE);

    const asked = result ? retryAfterMs(result.response.headers) : undefined;
    const wait = Math.min(
      asked ?? backoffDelay(tryNumber, policy.backoff),
      policy.backoff.maxInterval,
    );
    if (Date.now() + wait - started > policy.backoff.maxElapsedTime) throw toError();
    try {
      await sleep(wait, input.signal);
    } catch (reason) {
      throw new RequestAbortedError(`${input.operation} was aborted while waiting to retry`, {
        cause: reason,
      });
    }
  }
}

function withNote(error: unknown, note: string): unknown {
  if (error instanceof Error && !error.message.endsWith(note)) error.message += note;
  return error;
}

/** An error body as JSON when it is JSON, else the text as it came. */
function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

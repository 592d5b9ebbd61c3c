import { APIError } from "../errors/api-error.js";
import { ConnectionError } from "../errors/connection-error.js";
import { RequestAbortedError } from "../errors/request-aborted-error.js";
import { RequestTimeoutError } from "../errors/request-timeout-error.js";
import { logAttempt, type Logger } from "../logging/logger.js";
import { backoffDelay } from "../retry/backoff-delay.js";
import { retryAfterMs } from "../retry/retry-after.js";
import { RETRYABLE_STATUSES, type RetryPolicy } from "../retry/retry-config.js";
import { sleep } from "../retry/sleep.js";
import { attempt, type AttemptResult, type Call } from "./attempt.js";
import { parseJSON } from "./read-response.js";

/**
 * Sends until an answer is final: retries 408/429/5XX answers and broken connections with
 * backoff, honouring `Retry-After` and `retry-after-ms` up to `maxInterval`, and never past
 * `maxElapsedTime`. Every retry re-sends the whole body; a body that cannot be re-read is sent
 * once, and its error says why it was not retried. A non-2XX answer becomes an `APIError`.
 */
export async function sendWithRetries(
  call: Call,
  policy: RetryPolicy,
  logger: Logger | undefined,
): Promise<AttemptResult> {
  const { backoff } = policy;
  const started = Date.now();
  for (let tryNumber = 1; ; tryNumber++) {
    const attemptStarted = Date.now();
    let result: AttemptResult | undefined;
    let error: unknown;
    try {
      result = await attempt(call);
    } catch (failure) {
      error = failure;
    }
    const response = result?.response;
    logAttempt(
      logger,
      call,
      tryNumber,
      Date.now() - attemptStarted,
      response?.status ?? (error as Error).name,
    );
    if (response?.ok) return result!;

    if (response)
      error = new APIError(call.operation, response, parseJSON(result!.text) ?? result!.text);
    const retryable = response
      ? RETRYABLE_STATUSES.includes(response.status)
      : (error instanceof ConnectionError || error instanceof RequestTimeoutError) &&
        policy.retryConnectionErrors;
    if (!retryable || tryNumber > policy.maxRetries) throw error;
    if (call.body?.replayable === false) {
      (error as Error).message +=
        " (not retried: the request body holds a one-shot stream; pass a Blob, a buffer or a file from disk to allow retries)";
      throw error;
    }
    const wait = Math.min(
      (response && retryAfterMs(response.headers)) ?? backoffDelay(tryNumber, backoff),
      backoff.maxInterval,
    );
    if (Date.now() + wait - started > backoff.maxElapsedTime) throw error;
    try {
      await sleep(wait, call.signal);
    } catch (reason) {
      throw new RequestAbortedError(`${call.operation} was aborted while waiting to retry`, {
        cause: reason,
      });
    }
  }
}

import { APIError } from "../errors/api-error.js";
import * as spec from "../generated/schemas.js";
import { RequestAbortedError } from "../errors/request-aborted-error.js";
import { logAttempt, type Logger } from "../logging/logger.js";
import { backoffDelay } from "../retry/backoff-delay.js";
import { retryAfterMs } from "../retry/retry-after.js";
import { retriesStatus, type RetryPolicy } from "../retry/retry-config.js";
import { sleep } from "../retry/sleep.js";
import { attempt, type Call, type Streaming } from "./attempt.js";
import { problemError } from "./problem-message.js";
import { jsonOrText } from "./read-response.js";

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
): Promise<[Response, string | Streaming]> {
  const started = Date.now();
  for (let tryNumber = 1; ; tryNumber++) {
    const attemptStarted = Date.now();
    const [response, text, failure] = await attempt(call);
    logAttempt(
      logger,
      call,
      tryNumber,
      Date.now() - attemptStarted,
      response?.status ?? failure!.name,
    );
    if (response?.ok) return [response, text];
    // (Only a 2XX answer can be a stream: this one was read as text.)
    const error = response
      ? // (One expression, so that a spec whose errors have neither shape keeps only the second.)
        spec.usesProblemDetails
        ? problemError!(call.operation, response, jsonOrText(text as string))
        : new APIError(call.operation, response, jsonOrText(text as string))
      : failure!;

    // `attempt` fails with a connection error, a timeout, or the caller's abort: only the last
    // is never retried. Nor is a failure after a 2XX status came (the body broke off, or ran
    // past the timeout): the server took the request, and may have done it; sent again, an
    // image edit would be made, and billed, twice.
    const retryable = response
      ? retriesStatus(policy, response.status)
      : policy.retryConnectionErrors &&
        !(error instanceof RequestAbortedError) &&
        !call.exchange.response?.ok &&
        !call.exchange.refused;
    const wait = Math.min(
      (response && retryAfterMs(response.headers)) ?? backoffDelay(tryNumber, policy),
      policy.maxInterval,
    );
    // (Written so that a `NaN` budget, from a browser bundle that does not check the options,
    // ends the retries rather than never ending them.)
    if (
      !retryable ||
      tryNumber > policy.maxRetries ||
      !(Date.now() + wait - started <= policy.maxElapsedTime)
    )
      throw error;
    if (call.body?.replayable === false) {
      error.message += " (not retried: the request body holds a one-shot stream)";
      throw error;
    }
    // An abort ends the wait at once, and the next attempt fails with it before sending.
    await sleep(wait, call.signal);
  }
}

/**
 * How long the server asks us to wait, in ms: `retry-after-ms` (exact, non-standard but common)
 * wins over `Retry-After` (seconds, or an HTTP date). `undefined` when neither says anything usable,
 * and when it asks for no wait at all (`0`, a date gone by): the backoff then paces the retries,
 * so that a server answering `429 Retry-After: 0` is not sent the whole body again at once, over
 * and over. (The caller caps the wait at `maxInterval`.)
 */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  // A missing header reads as "null": every parse of it is NaN, and NaN >= 0 is false. An HTTP
  // date starts with the day's name, so it does not parse as seconds.
  const ms = parseFloat(headers.get("retry-after-ms") as string);
  const value = headers.get("retry-after") as string;
  const seconds = parseFloat(value);
  const wait = ms >= 0 ? ms : seconds >= 0 ? seconds * 1000 : Date.parse(value) - now;
  return wait > 0 ? wait : undefined;
}

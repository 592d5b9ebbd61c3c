/**
 * How long the server asks us to wait, in ms: `retry-after-ms` (exact, non-standard but common)
 * wins over `Retry-After` (seconds, or an HTTP date). `undefined` when neither says anything usable.
 * (The caller caps the wait at `maxInterval`.)
 */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  // A missing header reads as "null": every parse of it is NaN, and NaN >= 0 is false. An HTTP
  // date starts with the day's name, so it does not parse as seconds.
  const ms = parseFloat(headers.get("retry-after-ms") as string);
  const value = headers.get("retry-after") as string;
  const seconds = parseFloat(value);
  const wait = ms >= 0 ? ms : seconds >= 0 ? seconds * 1000 : Date.parse(value) - now;
  return isNaN(wait) ? undefined : Math.max(0, wait);
}

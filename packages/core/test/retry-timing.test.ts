import { describe, expect, it } from "vitest";
import { backoffDelay } from "../src/retry/backoff-delay.js";
import { retryAfterMs } from "../src/retry/retry-after.js";
import { retryPolicy } from "../src/retry/retry-config.js";
import { sleep } from "../src/retry/sleep.js";

describe("Retry-After", () => {
  const now = Date.parse("2026-11-21T12:00:00Z");
  it.each([
    ["seconds", { "retry-after": "3" }, 3000],
    ["fractional seconds", { "retry-after": "0.5" }, 500],
    ["HTTP date", { "retry-after": "Sat, 21 Nov 2026 12:00:05 GMT" }, 5000],
    // No wait asked for: the backoff paces the retry instead (a 429 storm otherwise).
    ["date in the past", { "retry-after": "Sat, 21 Nov 2026 11:00:00 GMT" }, undefined],
    ["zero", { "retry-after": "0" }, undefined],
    ["negative", { "retry-after": "-1" }, undefined],
    ["retry-after-ms zero", { "retry-after-ms": "0" }, undefined],
    ["retry-after-ms wins", { "retry-after": "3", "retry-after-ms": "250" }, 250],
    ["garbage", { "retry-after": "soon" }, undefined],
    ["none", {}, undefined],
  ])("%s", (_, headers, want) => {
    expect(retryAfterMs(new Headers(headers), now)).toBe(want);
  });
});

describe("backoff", () => {
  const backoff = { initialInterval: 500, maxInterval: 3000, exponent: 2, maxElapsedTime: 60000 };
  it("grows exponentially, capped, with up to a quarter of jitter", () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, backoff, 0))).toEqual([500, 1000, 2000, 3000]);
    expect(backoffDelay(2, backoff, 1)).toBe(750);
  });
  it("defaults to two retries; an official-style config retries until maxElapsedTime", () => {
    expect(retryPolicy(undefined).maxRetries).toBe(2);
    expect(retryPolicy({ strategy: "none" }).maxRetries).toBe(0);
    expect(retryPolicy({ strategy: "backoff", backoff: { maxElapsedTime: 1000 } }).maxRetries).toBe(
      Infinity,
    );
  });
});

describe("sleep", () => {
  // The wait ends; the retry loop then finds the signal aborted and fails with it.
  it("ends at once when the signal aborts, or has aborted", async () => {
    const controller = new AbortController();
    const started = Date.now();
    const waiting = sleep(10_000, controller.signal);
    controller.abort(new Error("stop"));
    await waiting;
    expect(Date.now() - started).toBeLessThan(1000);
    await sleep(10_000, controller.signal);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

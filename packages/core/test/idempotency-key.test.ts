// The random key for an idempotency header a spec declares (the orq spec has none: its flag is
// turned on here). A page over plain http has no `crypto.randomUUID`, only `getRandomValues`.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const SCHEMAS = new URL("../src/generated/schemas.ts", import.meta.url).pathname;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let randomIdempotencyKey: () => string;

beforeAll(async () => {
  vi.resetModules();
  vi.doMock(SCHEMAS, async (importOriginal) => ({
    ...(await importOriginal<object>()),
    usesIdempotencyKeys: true,
  }));
  randomIdempotencyKey = (await import("../src/request/idempotency-key.js")).randomIdempotencyKey!;
});
afterAll(() => {
  vi.doUnmock(SCHEMAS);
  vi.resetModules();
  vi.unstubAllGlobals();
});

describe("randomIdempotencyKey", () => {
  it("is a version 4 UUID, a new one each time", () => {
    const keys = new Set(Array.from({ length: 100 }, () => randomIdempotencyKey()));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(UUID);
  });

  it("is one without crypto.randomUUID too (an insecure context)", () => {
    vi.stubGlobal("crypto", { getRandomValues: crypto.getRandomValues.bind(crypto) });
    const keys = new Set(Array.from({ length: 100 }, () => randomIdempotencyKey()));
    vi.unstubAllGlobals();
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(UUID);
  });
});

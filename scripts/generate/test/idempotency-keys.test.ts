/**
 * Idempotency keys a spec declares (fixtures/idempotency-keys.yaml): POSTs are retried after a
 * timeout or a 5XX by default, and without a key the server cannot tell a retry from a second
 * payment (probe61: Increase's transfers reached the server twice). Where the spec declares an
 * optional key header, a call without one is sent a random key, the same on every attempt.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Document } from "../document.js";
import { collectOperations } from "../transform/collect-operations.js";
import { normalize } from "../transform/normalize.js";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "idempotency-keys.yaml"), "idempotency-keys");
}, 60_000);
afterAll(() => it?.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** The key each attempt went with (the mock keeps only the last request; faults none). */
let sent: (string | null)[] = [];
const client = () =>
  new it.OrqCore({
    serverURL: it.mock.url,
    apiKey: "k",
    retryConfig: { strategy: "backoff", backoff: { initialInterval: 1, maxInterval: 1 } },
    fetch: (input: Request | string, init?: RequestInit) => {
      const request = new Request(input, init);
      sent.push(request.headers.get("idempotency-key"));
      return fetch(request);
    },
  });

describe("tables", () => {
  test("only writes whose optional key a UUID fits", () => {
    expect(it.operations.createPayment!.idempotencyKey).toBe("Idempotency-Key");
    expect(it.operations.listPayments!.idempotencyKey).toBeUndefined();
    expect(it.operations.createRefund!.idempotencyKey).toBeUndefined();
    expect(it.operations.createTransfer!.idempotencyKey).toBeUndefined();
    expect(it.coreSchemas.usesIdempotencyKeys).toBe(true);
  });

  test("a key that is the one parameter takes no place in the request (probe81)", () => {
    // Resend's `emails.send({ from, to })` was `{ sendEmailRequest: { from, to } }`.
    expect(it.operations.sendEmail!.idempotencyKey).toBe("Idempotency-Key");
    expect(it.operations.sendEmail!.parameters).toBeUndefined();
    expect(it.operations.createPayment!.parameters).toHaveLength(2);
  });
});

test.each([
  ["3.1's nullable", { type: ["string", "null"] }, "Idempotency-Key"],
  ["no type", {}, "Idempotency-Key"],
  ["null only", { type: "null" }, undefined],
  ["an integer", { type: "integer" }, undefined],
  ["too short for a UUID", { type: "string", maxLength: 20 }, undefined],
])("a key's schema: %s (probe63)", (_, schema, want) => {
  const doc = normalize({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {
      "/payments": {
        post: {
          parameters: [{ name: "Idempotency-Key", in: "header", schema }],
          responses: { "204": { description: "made" } },
        },
      },
    },
  } as Document);
  expect(collectOperations(doc)[0]!.idempotencyKey).toBe(want);
});

describe("calls", () => {
  test("a call without a key is sent one, the same on every attempt", async () => {
    sent = [];
    it.mock.faults.push({ kind: "status", status: 500 });
    it.mock.faults.push({ kind: "status", status: 503 });
    const result = await client().callOperation(it.operations.createPayment!, {
      requestBody: { amount: 5 },
    });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(sent).toHaveLength(3);
    expect(sent[0]).toMatch(UUID);
    expect(new Set(sent).size).toBe(1);
    // (The mock checked the last against the spec's `format: uuid`.)
    expect(it.mock.requests.at(-1)!.parameters!.header["Idempotency-Key"]).toBe(sent[0]);
  });

  test("each call its own key", async () => {
    sent = [];
    for (let i = 0; i < 2; i++)
      await client().callOperation(it.operations.createPayment!, { requestBody: { amount: 5 } });
    const [a, b] = sent;
    expect(a).toMatch(UUID);
    expect(b).toMatch(UUID);
    expect(a).not.toBe(b);
  });

  test("a null key is none (probe62: it went as an empty header, the same on every call)", async () => {
    sent = [];
    for (let i = 0; i < 2; i++)
      await client().callOperation(it.operations.createPayment!, {
        idempotencyKey: null,
        requestBody: { amount: 5 },
      });
    expect(sent).toHaveLength(2);
    for (const key of sent) expect(key).toMatch(UUID);
    expect(sent[0]).not.toBe(sent[1]);
  });

  test("the caller's key wins, as a parameter or a header", async () => {
    sent = [];
    const mine = "0b5e6f1c-94b1-4c4e-9d5e-1f2a3b4c5d6e";
    await client().callOperation(it.operations.createPayment!, {
      idempotencyKey: mine,
      requestBody: { amount: 5 },
    });
    await (
      client() as unknown as {
        callOperation(op: unknown, request: unknown, options: object): Promise<unknown>;
      }
    ).callOperation(
      it.operations.createPayment!,
      { requestBody: { amount: 5 } },
      { headers: { "IDEMPOTENCY-KEY": "from-a-header" } },
    );
    expect(sent).toEqual([mine, "from-a-header"]);
  });

  test("where the key is the one parameter, the body is the request; the caller's key goes in headers", async () => {
    sent = [];
    it.mock.faults.push({ kind: "status", status: 503 });
    const result = await client().callOperation(it.operations.sendEmail!, { from: "a", to: "b" });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatch(UUID);
    expect(sent[1]).toBe(sent[0]);
    expect(it.mock.requests.at(-1)!.body).toEqual({ from: "a", to: "b" });
    sent = [];
    await (
      client() as unknown as {
        callOperation(op: unknown, request: unknown, options: object): Promise<unknown>;
      }
    ).callOperation(
      it.operations.sendEmail!,
      { from: "a", to: "b" },
      { headers: { "Idempotency-Key": "mine" } },
    );
    expect(sent).toEqual(["mine"]);
  });

  test("none where the spec's key is no write's, the caller's to give, or no UUID fits", async () => {
    sent = [];
    await client().callOperation(it.operations.listPayments!, {});
    const refund = await client().callOperation(it.operations.createRefund!, {});
    expect(refund.ok).toBe(false);
    expect(refund.ok || refund.error.message).toMatch(/xIdempotencyKey/);
    await client().callOperation(it.operations.createTransfer!, {});
    // (The refund was refused before sending.)
    expect(sent).toEqual([null, null]);
  });
});

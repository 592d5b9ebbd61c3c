/**
 * Quirks of specs in the wild (fixtures/spec-quirks.yaml), each found in a published spec the
 * generator had refused or got wrong: Speakeasy's test spec gives one path several operations
 * of a method with fragments (`/auth#basic`), lists parameters twice, and keeps `$ref`s to
 * another file in its `x-speakeasy-globals`. Checked in the tables, the types (they compile)
 * and end to end against the mock.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "spec-quirks.yaml"), "spec-quirks");
}, 60_000);
afterAll(() => it?.close());

describe("tables and types", () => {
  test("a fragment names nothing and is not sent; the operationId names the method", () => {
    const tables = Object.fromEntries(
      Object.entries(it.operations).map(([ident, op]) => [ident, [op.sdkName, op.path]]),
    );
    expect(tables).toEqual({
      authBasic: ["auth.basic", "/auth"],
      authToken: ["auth.token", "/auth"],
      getItem: ["items.get", "/items/{item_id}"],
    });
  });

  test("the types compile: a parameter listed twice is declared once, as its last listing", async () => {
    const paths = it.files.get("paths.ts")!;
    expect(paths.match(/item_id: /g)).toHaveLength(2); // the path item's and the operation's
    expect(paths).toMatch(/item_id: number;/);
    expect(paths).not.toMatch(/item_id: boolean;/);
    const { code, output } = await typecheck([it.dir], it.dir);
    expect(output).toBe("");
    expect(code).toBe(0);
  });
});

describe("calls", () => {
  test("an operation under a fragment is sent to its path, with its query after it", async () => {
    const result = await it.client.callOperation(it.operations.authToken!, { scope: "read" });
    expect(result, JSON.stringify(result)).toEqual({
      ok: true,
      value: { ok: expect.any(Boolean) },
    });
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 200,
      path: "/auth",
      query: { scope: "read" },
    });
  });

  test("the last listing of a parameter is the one checked and sent", async () => {
    const ok = await it.client.callOperation(it.operations.getItem!, { itemId: 7, pageSize: 20 });
    expect(ok.ok, JSON.stringify(ok)).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 200,
      path: "/items/7",
      query: { page_size: "20" },
    });
    const bad = await it.client.callOperation(it.operations.getItem!, {
      itemId: true,
      pageSize: 80,
    });
    expect(!bad.ok && bad.error.message).toMatch(/itemId must be an integer \(got true\)/);
    expect(!bad.ok && bad.error.message).toMatch(/pageSize must be <= 50/);
  });
});

/**
 * Path keys that carry a literal query (fixtures/literal-query.yaml: `/items/{id}?beta=true`
 * beside `/items/{id}`, as OpenAI writes its beta operations). The SDK names them from the path
 * (the beta twin, which comes later, is told apart by its operationId); core adds the
 * parameters after the literal query with `&`; the mock routes each request to its own
 * operation by its path and that query. Checked in the tables and end to end against the mock.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "literal-query.yaml"), "literal-query");
}, 60_000);
afterAll(() => it?.close());

describe("tables", () => {
  test("operations are named from the path part; the later twin by its operationId", () => {
    expect(
      Object.fromEntries(
        Object.entries(it.operations).map(([ident, op]) => [ident, [op.sdkName, op.path]]),
      ),
    ).toEqual({
      getItem: ["items.get", "/items/{id}"],
      getItemBeta: ["items.getItemBeta", "/items/{id}?beta=true"],
      cancelItemBeta: ["items.cancel", "/items/{id}/cancel?beta=true"],
    });
  });
});

describe("calls", () => {
  test("the plain and the beta operation of one path each reach their own, with their query", async () => {
    const plain = await it.client.callOperation(it.operations.getItem!, { id: "x", limit: 5 });
    expect(plain.ok).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({
      operationId: "getItem",
      status: 200,
      path: "/items/x",
      query: { limit: "5" },
      parameters: { path: { id: "x" }, query: { limit: 5 } },
    });

    const beta = await it.client.callOperation(it.operations.getItemBeta!, {
      id: "x",
      limit: 5,
      filter: { size: 2 },
    });
    expect(beta.ok, beta.ok ? "" : beta.error.message).toBe(true);
    const record = it.mock.requests.at(-1)!;
    expect(record).toMatchObject({
      operationId: "getItemBeta",
      status: 200,
      path: "/items/x",
      query: { beta: "true", limit: "5", size: "2" },
    });
    // `beta=true` addressed the operation: no parameter (not even the open `filter`) takes it.
    expect(record.parameters).toEqual({
      path: { id: "x" },
      query: { limit: 5, filter: { size: 2 } },
      header: {},
      cookie: {},
    });
    expect(record.errors).toBeUndefined();
  });

  test("an operation with a literal query and no twin is found, and checks its query", async () => {
    const result = await it.client.callOperation(it.operations.cancelItemBeta!, { id: "y" });
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ id: expect.any(String) }),
    });
    expect(it.mock.requests.at(-1)).toMatchObject({
      operationId: "cancelItemBeta",
      status: 200,
      path: "/items/y/cancel",
      query: { beta: "true" },
    });
    // Without its literal query, that path is no operation of the spec's.
    const bare = await fetch(`${it.mock.url}/items/y/cancel`, {
      method: "POST",
      headers: { authorization: "Bearer test-key" },
    });
    expect(bare.status).toBe(404);
  });
});

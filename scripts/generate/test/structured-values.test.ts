/**
 * `enum` and `const` values that are objects, and `uniqueItems` over objects, compare by content
 * whatever the order of the keys (JSON Schema 2020-12 § 4.2.2), as the server does. The SDK
 * compared JSON texts: `{ y: 0, x: 0 }` was refused as not the `const` `{ x: 0, y: 0 }`, and two
 * points with their keys in another order were sent as unique (fixtures/structured-values.yaml).
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "structured-values.yaml"), "structured-values");
}, 60_000);
afterAll(() => it?.close());

const create = (request: unknown) => it.client.callOperation(it.operations.createLayout!, request);

test("the flag is written for object values", () => {
  expect(it.coreSchemas.usesStructuredValues).toBe(true);
});

test("a const or enum object with its keys in another order is taken, and sent", async () => {
  const result = await create({ origin: { y: 0, x: 0 }, corner: { y: 1, x: 1 } });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)).toMatchObject({
    status: 204,
    body: { origin: { y: 0, x: 0 }, corner: { y: 1, x: 1 } },
  });
});

test("duplicates with their keys in another order are refused, with nothing sent", async () => {
  const before = it.mock.requests.length;
  const result = await create({
    points: [
      { x: 1, y: 2 },
      { y: 2, x: 1 },
    ],
  });
  expect(!result.ok && result.error.message).toContain("points must not contain duplicates");
  expect(it.mock.requests).toHaveLength(before);
});

test("an enum of objects is listed as JSON in the message", async () => {
  const result = await create({ corner: { x: 2, y: 2 } });
  expect(!result.ok && result.error.message).toContain(
    'corner must be one of {"x":0,"y":0}, {"x":1,"y":1} (got an object)',
  );
});

/**
 * A property the SDK names in other letters' case alone (fixtures/case-only-renames.yaml,
 * Notion's `Status` → `status`): an answer holding an undeclared `status` beside it lost one of
 * the two values without a word (`Object.fromEntries` kept the later, probe56). It is a
 * `ResponseValidationError` now, whose `rawValue` holds both.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import {
  jsonServer,
  runtimeAgainstMock,
  type JsonServer,
  type RuntimeAgainstMock,
} from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
let server: JsonServer;
let client: RuntimeAgainstMock["client"];

beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "case-only-renames.yaml"), "case-only-renames");
  server = await jsonServer();
  client = it.clientAt(server.url);
}, 60_000);
afterAll(async () => {
  await it?.close();
  server?.close();
});

const read = (body: object) => {
  server.answer = body;
  return client.callOperation(it.operations.retrieveDatabase!, { id: "d1" });
};

test("the declared names are renamed, as ever", async () => {
  expect(it.coreSchemas.usesCaseOnlyRenames).toBe(true);
  const result = await read({ properties: { Status: "A", Name: "n", Extra: 1 } });
  expect(result.ok && result.value).toEqual({ properties: { status: "A", name: "n", Extra: 1 } });
});

test("an undeclared key of a declared one's SDK name beside it is refused, not lost", async () => {
  const result = await read({ properties: { Status: "A", status: "B" } });
  expect(result.ok).toBe(false);
  const error = !result.ok && (result.error as unknown as { message: string; rawValue: unknown });
  expect(error && error.message).toMatch(
    /properties\.status comes beside Status, which is status in the SDK: one of the two would be lost/,
  );
  expect(error && error.rawValue).toEqual({ properties: { Status: "A", status: "B" } });
});

/**
 * Multipart bodies the spec gives no fields (fixtures/fieldless-multipart.yaml, Jira's attachment
 * upload and column settings). Encoded by `Object.entries`, a file went as no part at all, a list
 * as parts "0", "1", a string one part per character: silent wrong requests. Such a body is now a
 * ValidationError, with nothing sent. Against the mock, which records what arrives.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "fieldless-multipart.yaml"), "fieldless-multipart");
}, 60_000);
afterAll(() => it?.close());

test("the generator flags the spec", () => {
  expect(it.coreSchemas.usesFieldlessMultipart).toBe(true);
});

test.each([
  ["addAttachment", { key: "P-1", requestBody: new Blob(["x"], { type: "text/plain" }) }],
  ["setColumns", { id: 1, requestBody: ["summary", "status"] }],
  ["addNote", "hi!"],
])("%s: refused before sending, with the reason", async (id, request) => {
  const before = it.mock.requests.length;
  const result = await it.client.callOperation(it.operations[id]!, request);
  expect(!result.ok && result.error.message).toContain(
    "a multipart/form-data body is sent as named fields, and the spec names none for this one",
  );
  expect(it.mock.requests.length).toBe(before);
});

test("an object body still goes as its fields", async () => {
  const result = await it.client.callOperation(it.operations.addLabel!, { label: "urgent" });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(it.mock.requests.at(-1)!.body).toEqual({ label: "urgent" });
});

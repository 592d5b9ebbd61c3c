/**
 * Files in composed multipart bodies (fixtures/multipart-compositions.yaml): an `allOf` of an
 * upload and options, a `oneOf` of a file branch and a URL branch, a discriminated base whose
 * subtypes extend the upload. End to end against the mock, which reads the multipart body and
 * tells a file part from a text part.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, PNG } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

const png = () => new Blob([PNG], { type: "image/png" });

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(
    join(fixtures, "multipart-compositions.yaml"),
    "multipart-compositions",
  );
}, 60_000);
afterAll(() => it?.close());

async function sent(operationId: string, request: object) {
  const result = await it.client.callOperation(it.operations[operationId]!, request);
  expect(result.ok, JSON.stringify(result)).toBe(true);
  const received = it.mock.requests.at(-1)!;
  expect(received.status).toBe(200);
  return received;
}

test.each([
  ["plain", { image: png() }],
  ["composed", { image: png(), seed: 1 }],
  ["union", { image: png() }],
  ["tagged", { image: png() }],
  ["tagged", { image: png(), mode: "FAST", strength: 0.5 }],
])("%s: the file goes as a file part (%j)", async (operationId, request) => {
  const received = await sent(operationId, request);
  expect(received.files).toMatchObject([{ field: "image", size: PNG.length }]);
});

test("the union's other branch goes by its own fields, renamed", async () => {
  const received = await sent("union", { sourceUrl: "https://example.com/a.png" });
  expect(received.files).toEqual([]);
  expect(received.body).toEqual({ source_url: "https://example.com/a.png" });
});

test("the generator reads the union's and the parts' fields for their encodings", () => {
  for (const id of ["composed", "union"])
    expect(it.operations[id]!.requestBody!.encoding).toMatchObject({ image: "file" });
});

/**
 * Raw bodies whose schema is `{}` (fixtures/raw-body-free-schema.yaml, Jira's avatar uploads): a
 * file is what they take. Since free values are checked to be JSON, such a body refused the file
 * ("must be a JSON value (got a file)"), so the upload could not be made. End to end against the
 * mock, which receives the bytes.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, PNG } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "raw-body-free-schema.yaml"), "raw-body-free");
}, 60_000);
afterAll(() => it?.close());

test("the schema is bytes, and the types say file", () => {
  for (const id of ["createProjectAvatar", "octetFree"])
    expect(it.operations[id]!.requestBody!.schema).toMatchObject({ type: "file" });
  expect(it.files.get("sdk-types.ts")).toMatch(/"\*\/\*": FileInput;/);
});

test.each([
  ["createProjectAvatar", { key: "P1", requestBody: new Blob([PNG], { type: "image/png" }) }],
  ["octetFree", new Blob([PNG])],
])("%s: a file goes as the body", async (id, request) => {
  const result = await it.client.callOperation(it.operations[id]!, request);
  expect(result.ok, JSON.stringify(result)).toBe(true);
  const received = it.mock.requests.at(-1)!;
  expect(received.raw?.size).toBe(PNG.length);
});

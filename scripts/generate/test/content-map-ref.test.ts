/**
 * A `content` map written as one `$ref` (Lob, 50 of its 105 operations): read as written, it
 * had one media type named `$ref`, so the SDK sent `Accept: $ref, application/json`, typed the
 * answer `void` and returned it as text, and the mock answered `Content-Type: $ref`. The map it
 * points at is now read in its place, by both (fixtures/content-map-ref.yaml).
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "content-map-ref.yaml"), "content-map-ref");
}, 60_000);
afterAll(() => it?.close());

test("the body is JSON, checked and renamed, and the answer is read as JSON", async () => {
  const op = it.operations.createUser!;
  expect(op.requestBody?.mediaType).toBe("application/json");
  expect(op.response?.mediaType).toBe("application/json");
  const result = await it.client.callOperation(op, { firstName: "Ada" });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  const sent = it.mock.requests.at(-1)!;
  expect(sent).toMatchObject({ status: 200, body: { first_name: "Ada" } });
  expect(sent.headers.accept).toBe("application/json");
  expect(result.ok && typeof result.value).toBe("object");
  expect(Object.keys(result.ok ? (result.value as object) : {})).toContain("firstName");
});

test("a request that breaks the schema behind the reference is refused", async () => {
  const result = await it.client.callOperation(it.operations.createUser!, { first_name: "Ada" });
  expect(!result.ok && result.error.message).toContain("firstName is required");
});

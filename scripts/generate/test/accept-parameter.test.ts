/**
 * An `Accept` header parameter of one value (fixtures/accept-parameter.yaml; Smallest's speech,
 * probe77): the SDK leaves such a parameter out, as OpenAPI says, and asked only for the answer's
 * `application/octet-stream`, which its API answers with empty audio. What the parameter allows
 * is asked for first. One of several values says nothing. Against the mock.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "accept-parameter.yaml"), "accept-parameter");
}, 60_000);
afterAll(() => it?.close());

test("the one media type an Accept parameter allows is asked for first", async () => {
  const result = await it.client.callOperation(it.operations.speak!, { text: "hi" });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.headers.accept).toBe(
    "audio/wav, application/octet-stream, application/json",
  );
  // Still no parameter of the SDK's: the types take no `accept`.
  expect(it.operations.speak!.parameters ?? []).toEqual([]);
});

test("an Accept parameter of several values asks for nothing more", async () => {
  await it.client.callOperation(it.operations.listVoices!, undefined);
  expect(it.mock.requests.at(-1)!.headers.accept).toBe("text/csv, application/json");
});

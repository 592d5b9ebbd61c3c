/**
 * A discriminator on a schema nothing extends and no mapping names (fixtures/lone-discriminator
 * .yaml, as appcenter's `Log`). Read as a base of subtypes, it took its own name alone as the
 * tag: `petType must be one of Pet (got "dog")`, and with an enum on the tag no request could
 * be sent at all (probe53). It tells nothing apart: the tag is checked as its property says.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "lone-discriminator.yaml"), "lone-discriminator");
}, 60_000);
afterAll(() => it?.close());

test("the tag takes what its property takes", async () => {
  for (const [op, request] of [
    ["createPet", { name: "rex", petType: "dog" }],
    ["createAnimal", { kind: "cat" }],
  ] as const) {
    const result = await it.client.callOperation(it.operations[op]!, request);
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  }
});

test("and refuses what its property refuses", async () => {
  const result = await it.client.callOperation(it.operations.createAnimal!, { kind: "Animal" });
  expect(!result.ok && result.error.message).toContain("kind must be one of dog, cat");
});

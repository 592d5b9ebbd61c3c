/**
 * A tag that several branches of a discriminated union allow (fixtures/ambiguous-tags.yaml,
 * DigitalOcean's droplet and volume actions, probe45 P2) decides nothing: the branches are
 * tried, as for a union without a discriminator. The first that allowed it was taken, and valid
 * bodies were refused. A tag one branch alone allows still picks it. Against the mock.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "ambiguous-tags.yaml"), "ambiguous-tags");
}, 60_000);
afterAll(() => it?.close());

const message = (result: { ok: boolean; error?: Error }) =>
  result.ok ? "" : result.error!.message;

test("each action goes with its own fields", async () => {
  for (const requestBody of [
    { type: "reboot" },
    { type: "resize", size: "s-2vcpu-2gb", disk: true },
    { type: "rename", name: "web-2" },
  ]) {
    const result = await it.client.callOperation(it.operations.dropletAction!, {
      id: 7,
      requestBody,
    });
    expect(result.ok, message(result)).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({ status: 204, body: requestBody });
  }
});

test("in a oneOf, a value several branches take goes by the first, as the tag would have it", async () => {
  // (It was refused as matching more than one shape: probe47 R1.)
  for (const requestBody of [{ type: "reboot" }, { type: "rename", name: "web-2" }]) {
    const result = await it.client.callOperation(it.operations.dropletActionsByTag!, {
      tagName: "web",
      requestBody,
    });
    expect(result.ok, message(result)).toBe(true);
  }
});

test("a field no branch takes is still refused", async () => {
  const result = await it.client.callOperation(it.operations.dropletAction!, {
    id: 7,
    requestBody: { type: "resize", colour: "red" },
  });
  expect(message(result)).toMatch(/colour is not a known field/);
});

test("a tag one branch alone allows picks it, and is told what that branch wants", async () => {
  const result = await it.client.callOperation(it.operations.createPet!, { kind: "dog" });
  expect(message(result)).toContain("barks is required");
});

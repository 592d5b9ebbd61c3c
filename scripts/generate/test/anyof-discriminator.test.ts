/**
 * Discriminators with no mapping (fixtures/anyof-discriminator.yaml). An `anyOf`'s tag is the
 * branch's component name: the runtime and the mock refused `{ type: "circle" }`, while the
 * types took any string there, as openapi-typescript writes the tags only for a `oneOf`. A
 * branch that pins its own tag (`Message`: `type: message`) was typed with its component name
 * (`type: "Message"`), which the branch, the runtime and the mock refuse; and one that leaves
 * its tag out (`ItemReference`) had to give it in the types alone.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "anyof-discriminator.yaml"), "anyof-discriminator");
}, 60_000);
afterAll(() => it?.close());

test("the types take the tags the runtime takes, and no other", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { components } from "./sdk-types.js";
type Shape = components["schemas"]["Shape"];
export const circle: Shape = { type: "Circle", radius: 1 };
// @ts-expect-error the tag is the component's name
export const lower: Shape = { type: "circle", radius: 1 };
type Item = components["schemas"]["Item"];
export const message: Item = { type: "message", text: "hi" };
export const reference: Item = { type: "item_reference", id: "i1" };
// ItemReference leaves its tag out, as the runtime and the mock take it.
export const untagged: Item = { id: "i1" };
// @ts-expect-error Message pins its tag to "message"
export const named: Item = { type: "Message", text: "hi" };
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);
});

test("the runtime agrees", async () => {
  const ok = await it.client.callOperation(it.operations.createShape!, {
    type: "Circle",
    radius: 1,
  });
  expect(ok.ok, JSON.stringify(ok)).toBe(true);
  const bad = await it.client.callOperation(it.operations.createShape!, {
    type: "circle",
    radius: 1,
  });
  expect(!bad.ok && bad.error.message).toMatch(/type must be one of Circle, Square/);
  const message = await it.client.callOperation(it.operations.createItem!, {
    type: "message",
    text: "hi",
  });
  expect(message.ok, JSON.stringify(message)).toBe(true);
  const untagged = await it.client.callOperation(it.operations.createItem!, { id: "i1" });
  expect(untagged.ok, JSON.stringify(untagged)).toBe(true);
});

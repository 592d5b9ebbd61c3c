/**
 * Schemas that reach themselves without going down a level (fixtures/unguarded-cycles.yaml):
 * checks against them never ended, so the runtime and the mock overflowed their stacks, and
 * openapi-typescript wrote `type Loop = Loop`, which does not compile. Such cycles are cut, in
 * the generator and in the mock alike (transform/unguarded-cycles.ts): a subtype keeps its
 * base's own fields (inheritance, the usual case), what the other parts of each schema ask is
 * still checked, and a tree is left as it was.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "unguarded-cycles.yaml"), "unguarded-cycles");
}, 60_000);
afterAll(() => it?.close());

describe("types", () => {
  test("compile, and still ask what the other parts of each schema ask", async () => {
    await writeFile(
      join(it.dir, "usage.ts"),
      `import type { components } from "./sdk-types.js";
type S = components["schemas"];
export const loop: S["Loop"] = { anything: [1] };
export const self: S["Self"] = "anything";
export const shape: S["Shape"] = "a string";
export const part: S["NamedPart"] = { name: "wheel" };
export const cat: S["Cat"] = { petType: "cat", name: "Tom", hunts: true };
export const pet: S["Pet"] = { petType: "dog", name: "Rex", barks: false };
// @ts-expect-error a Cat is a Pet, which has a name
export const nameless: S["Cat"] = { petType: "cat", hunts: true };
export const tree: S["Tree"] = { label: "root", children: [{ label: "kid" }] };
// @ts-expect-error a named part has a name
export const noName: S["NamedPart"] = {};
// @ts-expect-error a tree's label is a string, at every depth
export const badTree: S["Tree"] = { children: [{ label: 3 }] };
`,
    );
    const { code, output } = await typecheck([it.dir], it.dir);
    expect(output).toBe("");
    expect(code).toBe(0);
  });
});

describe("calls", () => {
  test("a call is sent, answered by the mock and its answer read", async () => {
    const result = await it.client.callOperation(it.operations.createThing!, {
      loop: { any: ["value"] },
      self: 42,
      shape: { name: "wheel" },
      part: { name: "axle", more: true },
      pet: { petType: "cat", name: "Tom", hunts: true },
      odd: 5,
      dep: { a: "x" },
      tree: { label: "root", children: [{ label: "kid", children: [] }] },
    });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({ status: 200 });
    expect(result.ok && result.value).toHaveProperty("shape");
  });

  test("what the cut cycles still require is refused before sending, by the SDK and the mock", async () => {
    const before = it.mock.requests.at(-1);
    const bad = await it.client.callOperation(it.operations.createThing!, {
      shape: "s",
      part: { label: "no name" },
    });
    expect(!bad.ok && bad.error.name).toBe("ValidationError");
    expect(!bad.ok && bad.error.message).toMatch(/part.*name|name.*part/);
    expect(it.mock.requests.at(-1)).toBe(before);

    // A shape is a named part or a string: the part's name is still required through it.
    const shape = await it.client.callOperation(it.operations.createThing!, {
      shape: { label: "no name" },
    });
    expect(!shape.ok && shape.error.message).toMatch(/shape/);
    // A Cat is still a Pet: its name is required, through the base.
    const cat = await it.client.callOperation(it.operations.createThing!, {
      shape: "s",
      pet: { petType: "cat", hunts: true },
    });
    expect(!cat.ok && cat.error.message).toMatch(/pet\.name is required/);
    expect(it.mock.requests.at(-1)).toBe(before);

    const sent = await fetch(`${it.mock.url}/things`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer k" },
      body: JSON.stringify({ shape: "s", part: { label: "no name" } }),
    });
    expect(sent.status).toBe(422);
    const post = (body: object) =>
      fetch(`${it.mock.url}/things`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer k" },
        body: JSON.stringify(body),
      });
    // The mock agrees: a Cat with its base's fields passes, one without its name does not.
    expect(
      (await post({ shape: "s", pet: { petType: "cat", name: "Tom", hunts: true } })).status,
    ).toBe(200);
    expect((await post({ shape: "s", pet: { petType: "cat", hunts: true } })).status).toBe(422);
    expect((await post({ shape: { label: "no name" } })).status).toBe(422);
  });

  test("a tree is still checked at every depth", async () => {
    const bad = await it.client.callOperation(it.operations.createThing!, {
      shape: "s",
      tree: { children: [{ children: [{ label: 3 }] }] },
    });
    expect(!bad.ok && bad.error.message).toMatch(/tree\.children\[0\]\.children\[0\]\.label/);
  });
});

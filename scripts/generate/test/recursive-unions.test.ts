/**
 * Self-referencing unions (fixtures/recursive-unions.yaml): a JSON-value schema, and two
 * components that hold each other through an array. openapi-typescript writes them in a way
 * TypeScript refuses ("'JsonValue' is referenced directly or indirectly in its own type
 * annotation"), so an SDK generated from such a spec did not compile. Their types are now module
 * aliases (see transform/recursive-aliases.ts): they compile, still refuse what the schema
 * refuses, and the runtime checks the same values.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "recursive-unions.yaml"), "recursive-unions");
}, 60_000);
afterAll(() => it?.close());

describe("types", () => {
  test("only the components on a cycle through unions and arrays become aliases", () => {
    for (const name of ["paths.ts", "sdk-types.ts"]) {
      const types = it.files.get(name)!;
      expect(types).toMatch(/JsonValue: JsonValue_Recursive;/);
      expect(types).toMatch(/Node: Node_Recursive;/);
      expect(types).toMatch(/NodeList: NodeList_Recursive;/);
      // NodeMap and Tree refer to themselves only from inside an object type, which compiles.
      expect(types).not.toMatch(/NodeMap_Recursive|Tree_Recursive/);
    }
  });

  test("they compile, take nested values, and refuse what the schema refuses", async () => {
    await writeFile(
      join(it.dir, "usage.ts"),
      `import type { components } from "./sdk-types.js";
type Json = components["schemas"]["JsonValue"];
type Node = components["schemas"]["Node"];
export const json: Json = { a: [1, "two", null, { b: [true] }] };
export const node: Node = ["leaf", { key: ["deeper", { k: "v" }] }];
// @ts-expect-error a function is no JSON value
export const fn: Json = [() => 1];
// @ts-expect-error a Node holds strings, maps and lists only
export const num: Node = ["leaf", 3];
`,
    );
    const { code, output } = await typecheck([it.dir], it.dir);
    expect(output).toBe("");
    expect(code).toBe(0);
  });
});

describe("calls", () => {
  test("nested values are checked at every depth and sent as they are", async () => {
    const content = { a: [1, "two", null, { b: [true] }] };
    const ok = await it.client.callOperation(it.operations.createDocument!, {
      content,
      outline: ["leaf", { key: ["deeper"] }],
      tree: { label: "root", children: [{ label: "kid", children: [] }] },
    });
    expect(ok.ok, JSON.stringify(ok)).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({ status: 200, body: { content } });
    const bad = await it.client.callOperation(it.operations.createDocument!, {
      content: "x",
      outline: ["leaf", { key: [3] }],
    });
    expect(!bad.ok && bad.error.message).toMatch(/outline\[1\]/);
  });
});

/**
 * 3.1 `$defs` (fixtures/defs-3.1.yaml): openapi-typescript writes a schema's `$defs` as a
 * required member of its type, so `{ name }` would not be a `Thing`. The types SDK users compile
 * against take a plain literal, and `$ref`s into `$defs` still resolve. A `contentEncoding`
 * field is base64 text, in the types and on the wire.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtures, generateSpec, tempDir, typecheck, writeOutput } from "./helpers.js";

const spec = join(fixtures, "defs-3.1.yaml");
let files: Map<string, string>;
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, remove: cleanup } = await tempDir("defs"));
  files = await generateSpec(spec);
  await writeOutput(dir, files);
}, 60_000);
afterAll(() => cleanup?.());

describe("$defs", () => {
  test("are no member of the type that holds them, and no empty export", () => {
    for (const name of ["paths.ts", "sdk-types.ts"]) {
      const types = files.get(name)!;
      expect(types).not.toMatch(/^\s*\$defs[?]?:/m);
      expect(types).not.toMatch(/export type \$defs/);
    }
  });

  test("a literal is a Thing, refs into $defs resolve, base64 is text", async () => {
    await writeFile(
      join(dir, "usage.ts"),
      `import type { CreateThingRequestBody, Thing } from "./models.js";
import type { components } from "./paths.js";

export const thing: Thing = {
  name: "t",
  point: { xPos: 1, yPos: 2 },
  route: [{ xPos: 0, yPos: 0 }],
  icon: "iVBORw0KGgo=",
};
export const request: CreateThingRequestBody = { name: "only the name" };
// @ts-expect-error a point needs both coordinates
export const half: Thing = { name: "t", point: { xPos: 1 } };
// @ts-expect-error base64 text, not a file
export const blob: Thing = { name: "t", icon: new Blob([]) };
export const wire: components["schemas"]["Thing"] = { name: "t", point: { x_pos: 1, y_pos: 2 } };
`,
    );
    const { code, output } = await typecheck([dir], dir);
    expect(output).toBe("");
    expect(code).toBe(0);
  });
});

/**
 * `pnpm generate:check`, in-process: packages/core/src/generated is exactly what the generator
 * makes from specs/openapi.yaml, and making it twice gives the same bytes.
 */
import { join } from "node:path";
import { expect, test } from "vitest";
import { drift, readFolder } from "../output.js";
import { generateSpec, repoRoot } from "./helpers.js";

test("packages/core/src/generated is up to date with specs/openapi.yaml (pnpm generate:check)", async () => {
  const files = await generateSpec(join(repoRoot, "specs/openapi.yaml"));
  const committed = await readFolder(join(repoRoot, "packages/core/src/generated"));
  expect(drift(committed, files), "run: pnpm generate").toEqual([]);
});

test("the repo spec generates byte-identical output twice", async () => {
  const spec = join(repoRoot, "specs/openapi.yaml");
  const [a, b] = [await generateSpec(spec), await generateSpec(spec)];
  expect([...b]).toEqual([...a]);
});

/** `pnpm spec:lint` (Redocly, `recommended`): refuses a broken spec, accepts the repo's. */
import { join } from "node:path";
import { expect, test } from "vitest";
import { repoRoot, run } from "../../generate/test/helpers.js";

function lint(file: string) {
  return run(
    process.execPath,
    [join(repoRoot, "scripts/run.mjs"), "spec/lint.ts", file],
    join(repoRoot, "scripts"),
  );
}

test("spec:lint fails on a broken spec and names the problems", async () => {
  const { code, output } = await lint(join(repoRoot, "scripts/spec/test/fixtures/broken.yaml"));
  expect(code).toBe(1);
  expect(output).toMatch(/no-unresolved-refs/);
  expect(output).toMatch(/path-parameters-defined/);
  expect(output).toMatch(/[1-9]\d* errors?/);
});

test("spec:lint passes on the repo spec", async () => {
  const { code, output } = await lint(join(repoRoot, "specs/openapi.yaml"));
  expect(code, output).toBe(0);
});

test("spec:lint with no file lints specs/openapi.yaml and checks it is in sync with its sources", async () => {
  const { code, output } = await run(
    process.execPath,
    [join(repoRoot, "scripts/run.mjs"), "spec/lint.ts"],
    join(repoRoot, "scripts"),
  );
  expect(code, output).toBe(0);
  expect(output).toMatch(/specs\/openapi\.yaml: 0 errors/);
  expect(output).not.toMatch(/run pnpm spec:update/);
});

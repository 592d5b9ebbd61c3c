/**
 * `pnpm spec:update <published spec: path or URL> [--out file] [--overlay-reviewed]`: writes
 * specs/openapi.yaml from the published orq spec (the operations of specs/operations.yaml, then
 * specs/overlay.yaml). It fails when the published text changed where an overlay action rewrites
 * it; `--overlay-reviewed` records that a person has read those changes (see overlay-review.ts).
 * Then: `pnpm generate`, and `pnpm spec:diff` to say what changed (`pnpm regenerate` does all).
 */
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { repoFiles, userCwd } from "./paths.js";
import { updateSpec } from "./update-spec.js";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: "string" }, "overlay-reviewed": { type: "boolean", default: false } },
  });
  const source = positionals[0];
  if (!source || positionals.length > 1) {
    console.error(
      "Usage: pnpm spec:update <published orq spec: path or URL> [--out file] [--overlay-reviewed]",
    );
    process.exit(2);
  }
  const out = values.out ? resolve(userCwd, values.out) : repoFiles().spec;
  const started = performance.now();
  await updateSpec(source, out, userCwd, { overlayReviewed: values["overlay-reviewed"] });
  const ms = Math.round(performance.now() - started);
  console.log(`wrote ${relative(userCwd, out)} from ${source} (${ms} ms)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * `pnpm regenerate <published spec: path or URL> [--filter <package>]… [--skip-tests]
 * [--overlay-reviewed]`: the
 * whole spec-change pipeline in one command, the same steps the regenerate workflow runs:
 *
 *   1. spec:update   the published spec → specs/openapi.yaml (operations list + overlay); stops
 *                    when the published text changed under an overlay action (see
 *                    overlay-review.ts), until `--overlay-reviewed` says a person read it
 *   2. generate      specs/openapi.yaml → packages/core/src/generated
 *   3. spec:diff     HEAD's spec → the new one: the changes, and a changeset that says them
 *   4. build         turbo run build
 *   5. test          `pnpm test` (prettier, spec:lint, generate:check, typecheck, every suite);
 *                    with --filter: spec:lint, generate:check and those packages' tests only
 *
 * It stops at the first step that fails. Nothing is committed: the result is in the working tree.
 */
import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { describe, grouped, highest } from "./diff/change.js";
import { specAtRevision, specDiff } from "./diff/spec-diff.js";
import { repoFiles, userCwd } from "./paths.js";
import { updateSpec } from "./update-spec.js";

const files = repoFiles();
const LEVEL_WORDS = { major: "breaking", minor: "compatible", patch: "documentation" } as const;

function step(name: string): void {
  console.log(`\n── ${name}`);
}

/** Runs a command in the repo, output to this terminal; throws when it fails. */
function run(command: string, args: string[]): void {
  console.log(`$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    cwd: files.root,
    stdio: "inherit",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed (${result.status})`);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      filter: { type: "string", multiple: true, default: [] },
      "skip-tests": { type: "boolean", default: false },
      "overlay-reviewed": { type: "boolean", default: false },
    },
  });
  const source = positionals[0];
  if (!source || positionals.length > 1) {
    console.error(
      "Usage: pnpm regenerate <published orq spec: path or URL> [--filter <package>]… [--skip-tests] [--overlay-reviewed]",
    );
    process.exit(2);
  }
  const filters = values.filter!.map((f) => `--filter=${f}`);

  step(`spec:update from ${source}`);
  await updateSpec(source, files.spec, userCwd, {
    overlayReviewed: values["overlay-reviewed"],
  });
  console.log(`wrote ${relative(files.root, files.spec)}`);

  step("generate");
  run("pnpm", ["generate"]);

  step("spec:diff (HEAD → working tree) and changeset");
  const diff = await specDiff({
    root: files.root,
    oldText: specAtRevision(files.root, files.spec, "HEAD"),
    newText: await readFile(files.spec, "utf8"),
    write: true,
  });
  const entries = grouped(diff.changes);
  for (const group of entries) console.log(describe(group));
  console.log(
    diff.file
      ? `${entries.length} change${entries.length === 1 ? "" : "s"}, the highest ${LEVEL_WORDS[highest(diff.changes)!]}: wrote ${relative(files.root, diff.file)}`
      : "no changes to the spec: no changeset",
  );

  step("build");
  run("pnpm", ["exec", "turbo", "run", "build", ...filters, "--output-logs=errors-only"]);

  if (values["skip-tests"]) return;
  step(filters.length ? `test (${values.filter!.join(", ")})` : "test (pnpm test)");
  if (filters.length) {
    run("pnpm", ["spec:lint"]);
    run("pnpm", ["generate:check"]);
    run("pnpm", ["exec", "turbo", "run", "test", ...filters, "--output-logs=new-only"]);
  } else run("pnpm", ["test"]);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

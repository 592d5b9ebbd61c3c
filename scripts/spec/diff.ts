/**
 * `pnpm spec:diff [old] [new] [--no-changeset]`: what changed between two specs, per SDK method,
 * with the semver level users feel; writes a changeset saying so when the new spec is the one the
 * SDK ships (two other files are compared only: a changeset about them would release the SDK for
 * a spec it does not have, in place of the one `pnpm regenerate` wrote). Defaults:
 * specs/openapi.yaml as committed at git HEAD → as it is in the working tree (after
 * `pnpm spec:update`).
 */
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { describe, grouped, highest } from "./diff/change.js";
import { specAtRevision, specDiff } from "./diff/spec-diff.js";
import { repoFiles, userCwd } from "./paths.js";
import { readSpecText } from "./spec-file.js";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "no-changeset": { type: "boolean", default: false } },
  });
  if (positionals.length > 2) {
    console.error("Usage: pnpm spec:diff [old spec] [new spec] [--no-changeset]");
    process.exit(2);
  }
  const files = repoFiles();
  const [oldSource, newSource] = positionals;
  const oldText = oldSource
    ? await readSpecText(oldSource, userCwd)
    : specAtRevision(files.root, files.spec, "HEAD");
  const newText = await readSpecText(newSource ?? files.spec, userCwd);
  const ships = newSource === undefined || resolve(userCwd, newSource) === resolve(files.spec);
  const result = await specDiff({
    root: files.root,
    oldText,
    newText,
    write: !values["no-changeset"] && ships,
  });
  const from = oldSource ?? "HEAD:specs/openapi.yaml";
  const to = newSource ?? "specs/openapi.yaml";
  if (result.changes.length === 0) {
    console.log(`no changes from ${from} to ${to}: no changeset`);
    return;
  }
  const entries = grouped(result.changes);
  for (const group of entries) console.log(describe(group));
  const level = highest(result.changes);
  console.log(
    `${entries.length} change${entries.length === 1 ? "" : "s"} from ${from} to ${to}: ${level}` +
      (result.file
        ? `; wrote ${relative(userCwd, result.file)}`
        : ships || values["no-changeset"]
          ? ""
          : ` (no changeset: the new spec is not ${relative(userCwd, files.spec)})`),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

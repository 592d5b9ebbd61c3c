#!/usr/bin/env node
/**
 * `pnpm release`: what a release does, for npm and JSR.
 *
 *   pnpm release version      changeset version (versions + changelogs), then the same
 *                             versions in every deno.json (sync-deno-version.mjs)
 *   pnpm release --dry-run    shows what would be published to npm and JSR, publishes nothing:
 *                             `pnpm publish -r --dry-run` and `deno publish --dry-run`
 *   pnpm release --yes        publishes: `changeset publish` (npm: each package whose version
 *                             npm does not have yet, git tags), then `deno publish` per JSR
 *                             package. Refused without --yes (or CI=true).
 *
 * Builds are assumed done (`pnpm build`). JSR needs deno: the `deno` npm package's binary
 * (packages/deno's devDependency), else one on PATH; without it the JSR step says so and is
 * skipped.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { exec, findDeno, jsrPackages, npmPackages, repoRoot } from "./workspace.mjs";

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const bin = (name) => join(repoRoot, "node_modules/.bin", name);

if (args[0] === "version") {
  const changeset = await exec(bin("changeset"), ["version"]);
  if (changeset.code !== 0) process.exit(changeset.code);
  const sync = await exec(process.execPath, [
    join(repoRoot, "scripts/release/sync-deno-version.mjs"),
  ]);
  process.exit(sync.code);
}
if (!dryRun && !args.includes("--yes") && process.env.CI !== "true") {
  console.error("pnpm release publishes to npm and JSR. Use --dry-run to see what it would do,");
  console.error("or --yes to publish (CI=true implies it).");
  process.exit(2);
}

const problems = [];
const heading = (text) => console.log(`\n── ${text} ${"─".repeat(Math.max(0, 70 - text.length))}`);

// --- checks both registries rely on -----------------------------------------------------------

const npm = npmPackages();
const jsr = jsrPackages();
heading(dryRun ? "release --dry-run: nothing is published" : "release");
for (const p of npm) {
  if (!existsSync(join(p.path, "dist"))) problems.push(`${p.name}: no dist/: run \`pnpm build\``);
}
const versions = new Set(npm.map((p) => p.version));
if (versions.size > 1) {
  problems.push(`the npm packages disagree on the version (${[...versions].join(", ")})`);
}
const sync = await exec(
  process.execPath,
  [join(repoRoot, "scripts/release/sync-deno-version.mjs"), "--check"],
  { capture: true },
);
if (sync.code !== 0) {
  problems.push(`deno.json versions lag (run \`pnpm release version\`):\n${sync.output.trim()}`);
}

/** Whether npm has this exact version already (then `changeset publish` skips the package). */
function onNpm(name, version) {
  const view = spawnSync("npm", ["view", `${name}@${version}`, "version", "--json"], {
    encoding: "utf8",
    env: { ...process.env, npm_config_loglevel: "silent" },
  });
  if (view.status === 0 && view.stdout.trim()) return "yes";
  return /E404|404/.test(view.stderr + view.stdout) ? "no" : "unknown (registry unreachable)";
}

// --- npm -------------------------------------------------------------------------------------

heading("npm");
const plan = npm.map((p) => ({ ...p, published: onNpm(p.name, p.version) }));
for (const p of plan) {
  const action = p.published === "yes" ? "skip (npm has this version)" : "publish";
  console.log(`  ${p.name}@${p.version}  ${relative(repoRoot, p.path)}  → ${action}`);
}
if (dryRun) {
  // pnpm replaces workspace: ranges in the manifest it packs, exactly as the real publish does.
  const result = await exec("pnpm", [
    "publish",
    "-r",
    "--dry-run",
    "--no-git-checks",
    "--access",
    "public",
  ]);
  if (result.code !== 0) problems.push("pnpm publish -r --dry-run failed (above)");
} else if (problems.length === 0) {
  const result = await exec(bin("changeset"), ["publish"]);
  if (result.code !== 0) problems.push("changeset publish failed (above)");
}

// --- JSR -------------------------------------------------------------------------------------

heading("JSR");
if (jsr.length === 0) {
  console.log("  no JSR package yet (no packages/*/deno.json with a name): nothing to publish.");
} else {
  // Dependencies first: a package that imports jsr:@orq-sdk/x goes after x.
  const imports = (p) => JSON.stringify(p.config.imports ?? {});
  jsr.sort((a, b) =>
    imports(b).includes(`jsr:${a.name}@`) ? -1 : imports(a).includes(`jsr:${b.name}@`) ? 1 : 0,
  );
  for (const p of jsr) {
    console.log(`  ${p.name}@${p.config.version}  ${relative(repoRoot, p.configFile)}`);
  }
  const deno = findDeno([...jsr.map((p) => p.path), join(repoRoot, "packages/deno")]);
  if (!deno) {
    console.log(
      "  deno is not installed (the `deno` npm package, a devDependency of packages/deno, " +
        "then `pnpm install`): skipping the JSR " +
        (dryRun ? "dry run." : "publish."),
    );
    if (!dryRun) problems.push("deno is not installed: nothing was published to JSR");
  } else if (dryRun || problems.length === 0) {
    for (const p of jsr) {
      console.log(`\n  deno publish${dryRun ? " --dry-run" : ""} in ${relative(repoRoot, p.path)}`);
      const result = await exec(
        deno,
        ["publish", ...(dryRun ? ["--dry-run", "--allow-dirty"] : [])],
        { cwd: p.path },
      );
      if (result.code !== 0) problems.push(`deno publish in ${relative(repoRoot, p.path)} failed`);
    }
  }
}

heading("summary");
if (problems.length) {
  console.error(problems.map((p) => `  ✗ ${p}`).join("\n"));
  process.exit(1);
}
console.log(
  dryRun
    ? `  would publish to npm: ${
        plan
          .filter((p) => p.published !== "yes")
          .map((p) => `${p.name}@${p.version}`)
          .join(", ") || "nothing"
      }\n` +
        `  would publish to JSR: ${jsr.map((p) => `${p.name}@${p.config.version}`).join(", ") || "nothing"}\n` +
        "  (dry run: nothing was published)"
    : "  published.",
);

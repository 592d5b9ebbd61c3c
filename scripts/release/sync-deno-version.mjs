#!/usr/bin/env node
/**
 * Gives every JSR package's deno.json (or jsr.json) the version changesets gave its package:
 * the package.json beside it, or @orq-sdk/core's when it has none (all SDK packages share one
 * version, the changesets `fixed` group). Its `jsr:@orq-sdk/<name>@…` imports take those
 * packages' new versions too, so @orq-sdk/deno imports the @orq-sdk/core published with it.
 * Run after `changeset version`; `pnpm release version` does both. Does nothing, and says so,
 * while there is no JSR package.
 *
 *   node scripts/release/sync-deno-version.mjs [--check]
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { jsrPackages, repoRoot, workspacePackages } from "./workspace.mjs";

const check = process.argv.includes("--check");
const packages = workspacePackages();
const jsr = jsrPackages();
if (jsr.length === 0) {
  console.log("sync-deno-version: no JSR package (no deno.json with a name) yet; nothing to do.");
  process.exit(0);
}
const core = packages.find((p) => p.name === "@orq-sdk/core");
const versions = new Map(packages.map((p) => [p.name, p.version]));

let stale = 0;
for (const pkg of jsr) {
  const beside = join(pkg.path, "package.json");
  const version = existsSync(beside)
    ? JSON.parse(readFileSync(beside, "utf8")).version
    : core?.version;
  if (typeof version !== "string") {
    throw new Error(`No version for ${pkg.name}: no package.json beside it, and no @orq-sdk/core`);
  }
  const file = relative(repoRoot, pkg.configFile);
  // Edit the values in place, so the file keeps its formatting.
  const text = readFileSync(pkg.configFile, "utf8");
  const updated = (
    /"version"\s*:\s*"[^"]*"/.test(text)
      ? text.replace(/("version"\s*:\s*)"[^"]*"/, `$1"${version}"`)
      : text.replace(/("name"\s*:\s*"[^"]*")(\s*,?)/, `$1,\n  "version": "${version}"$2`)
  ).replace(/jsr:(@orq-sdk\/[\w-]+)@([^"/]+)/g, (whole, dep) =>
    versions.has(dep) ? `jsr:${dep}@${versions.get(dep)}` : whole,
  );
  if (JSON.parse(updated).version !== version)
    throw new Error(`Could not set the version in ${file}`);
  if (updated === text) {
    console.log(`sync-deno-version: ${file} is at ${version}.`);
    continue;
  }
  stale++;
  if (check) {
    console.error(
      `sync-deno-version: ${file} is not at ${version} (or imports older @orq-sdk versions).`,
    );
    continue;
  }
  writeFileSync(pkg.configFile, updated);
  console.log(`sync-deno-version: ${file}: ${pkg.config.version ?? "(none)"} → ${version}.`);
}
if (check && stale) process.exit(1);

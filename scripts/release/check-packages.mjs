#!/usr/bin/env node
/**
 * `pnpm check:packages`: publint and @arethetypeswrong/cli on every package `pnpm publish -r`
 * would publish, each checked on the very tarball `pnpm pack` makes (so workspace: ranges are
 * already real ones). Builds are assumed done (`pnpm build`; `pnpm test` builds them first).
 * Exits 1 when either tool reports anything, suggestions included.
 *
 *   pnpm check:packages [@orq-sdk/core …]
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exec, npmPackages, repoRoot } from "./workspace.mjs";

const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const packages = npmPackages().filter((p) => only.length === 0 || only.includes(p.name));
if (packages.length === 0) {
  console.error(`No publishable package${only.length ? ` named ${only.join(", ")}` : ""}.`);
  process.exit(1);
}

const bin = (name) => join(repoRoot, "node_modules/.bin", name);
const work = mkdtempSync(join(tmpdir(), "orq-sdk-check-packages-"));

/** Packages with no `require` condition and no CJS main are ESM-only: attw's esm-only profile. */
function attwProfile(manifest) {
  const hasRequire = JSON.stringify(manifest.exports ?? {}).includes('"require"');
  const cjsMain = typeof manifest.main === "string" && /\.c?js$/.test(manifest.main);
  return hasRequire || (cjsMain && manifest.type !== "module") ? "strict" : "esm-only";
}

async function check(pkg) {
  const problems = [];
  if (!existsSync(join(pkg.path, "dist"))) {
    return [`${pkg.name}: no dist/ in ${pkg.path}: run \`pnpm build\` first`];
  }
  const dest = mkdtempSync(join(work, "pack-"));
  const pack = await exec("pnpm", ["pack", "--pack-destination", dest], {
    cwd: pkg.path,
    capture: true,
  });
  const tarball = readdirSync(dest).find((f) => f.endsWith(".tgz"));
  if (pack.code !== 0 || !tarball) return [`${pkg.name}: pnpm pack failed:\n${pack.output}`];
  const file = join(dest, tarball);

  const publint = await exec(bin("publint"), ["run", file, "--strict", "--level", "suggestion"], {
    capture: true,
  });
  // publint exits 0 on suggestions; anything it prints past its progress lines is a finding.
  const findings = publint.output
    .split("\n")
    .filter((l) => l.trim() && !/^(Running publint|Unpacking tarball|Linting|All good)/.test(l));
  if (publint.code !== 0 || findings.length) problems.push(`publint:\n${publint.output.trim()}`);

  const profile = attwProfile(pkg.manifest);
  const attwArgs = ["--format", "ascii", "--no-definitely-typed", "--no-color"];
  // Subpaths (the official SDK's `@orq-sdk/node/core.js`, `…/funcs/<name>.js`, the README's
  // `…/models/errors` and `…/lib/http`; core's `models/errors`) exist through `exports` alone,
  // which TypeScript's old node10 resolution does not read: they are checked under node16 and
  // bundler resolution, as the official SDK's own are, and the package's root strictly.
  const keys = Object.keys(pkg.manifest.exports ?? {});
  const subpaths = keys.filter((k) => k !== "." && k !== "./package.json" && !k.includes("*"));
  const samples = keys.includes("./funcs/*.js")
    ? ["./funcs/routerImagesEditsCreate.js", "./lib/http"]
    : [];
  const compat = [...subpaths, ...samples];
  const runs = [[profile, subpaths.length ? ["--exclude-entrypoints", ...subpaths] : []]];
  if (compat.length) runs.push(["node16", ["--entrypoints", ...compat]]);
  let attw = { code: 0 };
  for (const [runProfile, extra] of runs) {
    attw = await exec(bin("attw"), [file, "--profile", runProfile, ...extra, ...attwArgs], {
      capture: true,
    });
    // attw exits 1 on any problem its profile does not ignore.
    if (attw.code !== 0) problems.push(`attw (--profile ${runProfile}):\n${attw.output.trim()}`);
    if (attw.code !== 0) break;
  }
  console.log(
    `${problems.length ? "✗" : "✓"} ${pkg.name}@${pkg.manifest.version} (${tarball}): ` +
      `publint ${findings.length || publint.code ? "reported findings" : "all good"}, ` +
      `attw --profile ${profile} ${attw.code ? "found problems" : "no problems"}`,
  );
  return problems.map((p) => `${pkg.name}: ${p}`);
}

let failures = [];
try {
  // Two at a time: each tool is one busy process.
  const queue = [...packages];
  const workers = [0, 1].map(async () => {
    for (let pkg = queue.shift(); pkg; pkg = queue.shift()) failures.push(...(await check(pkg)));
  });
  await Promise.all(workers);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`\n${failures.join("\n\n")}`);
  process.exit(1);
}
console.log(`publint and attw: nothing to report for ${packages.length} packages.`);

/**
 * A changeset (https://github.com/changesets/changesets) for a spec change: every generated
 * package bumped by the highest level found, and a body a user can read, one line per change in
 * the SDK's own names. `pnpm changeset version` turns it into the packages' CHANGELOG entries.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { byLevel, describe, grouped, highest, type Change, type Level } from "./change.js";

/** The packages generated from the spec; the runtime ones only where they exist yet. */
const PACKAGES: [name: string, dir: string][] = [
  ["@orq-sdk/core", "packages/core"],
  ["@orq-sdk/node", "packages/node"],
  ["@orq-sdk/mock", "packages/mock"],
  ["@orq-sdk/deno", "packages/deno"],
  ["@orq-sdk/browser", "packages/browser"],
];

/** Files `spec:diff` writes, and may rewrite while they are not committed. */
export const CHANGESET_PREFIX = "spec-update-";

export function generatedPackages(root: string): string[] {
  return PACKAGES.filter(([, dir]) => existsSync(join(root, dir, "package.json"))).map(([n]) => n);
}

/** The version the packages are released at (one `fixed` group): core's. */
export function packagesVersion(root: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(root, "packages/core/package.json"), "utf8"));
    return typeof manifest.version === "string" ? manifest.version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `version`: the packages' version today. Below 1.0.0 a breaking change bumps the minor
 * version, as semver has it for 0.x and as npm's `^0.1.0` reads it (it does not take 0.2.0):
 * the first upstream removal must not release 1.0.0 by itself.
 */
export function changesetText(
  changes: readonly Change[],
  packages: readonly string[],
  version?: string,
): string | undefined {
  const highestLevel = highest(changes);
  if (!highestLevel) return undefined;
  const beforeOne = highestLevel === "major" && version !== undefined && /^0\./.test(version);
  const level = beforeOne ? "minor" : highestLevel;
  // Stable: operations keep their order within a level. One entry per change, however many
  // operations it is in (a shared schema's), and counted once.
  const entries = grouped([...changes].sort(byLevel));
  const count = (l: Level) => entries.filter(([c]) => c!.level === l).length;
  const parts = [
    count("major") && plural(count("major"), "breaking change"),
    count("minor") && plural(count("minor"), "compatible change"),
    count("patch") && plural(count("patch"), "documentation change"),
  ].filter(Boolean);
  return [
    "---",
    ...packages.map((p) => `"${p}": ${level}`),
    "---",
    "",
    `The orq API spec changed: ${parts.join(", ")}.`,
    "",
    ...(beforeOne
      ? [
          `(A minor release: the packages are ${version}, and before 1.0.0 breaking changes ` +
            `bump the minor version. To release 1.0.0 with it, make the levels above \`major\`.)`,
          "",
        ]
      : []),
    ...entries.map((group) => `- ${markdownText(describe(group))}`),
    "",
  ].join("\n");
}

/**
 * A line as CHANGELOG markdown shows it as written: a map's `*.*`, a pattern's `<b>` and an enum
 * value's `__init__` were read as emphasis and HTML.
 */
function markdownText(line: string): string {
  return line.replace(/[\\`*_[\]]/g, "\\$&").replace(/</g, "&lt;");
}

function plural(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}

/**
 * Writes `.changeset/spec-update-<hash of the new spec>.md`: the same spec gives the same file,
 * so running the pipeline twice leaves one changeset. Ones from earlier runs that git does not
 * track are removed first (HEAD vs the working tree covers all of them); committed ones stay,
 * as they belong to spec updates already merged.
 */
export async function writeChangeset(
  root: string,
  text: string,
  newSpecText: string,
): Promise<string> {
  const dir = join(root, ".changeset");
  await removeUncommittedChangesets(root);
  const hash = createHash("sha256").update(newSpecText).digest("hex").slice(0, 8);
  const file = join(dir, `${CHANGESET_PREFIX}${hash}.md`);
  await writeFile(file, text);
  return file;
}

/**
 * Removes the spec-update changesets of earlier runs that git does not track: they said what
 * the working tree's spec changed then. Also when it changes nothing now (the spec was put back):
 * left, one would release a bump for a change that is gone.
 */
export async function removeUncommittedChangesets(root: string): Promise<void> {
  const dir = join(root, ".changeset");
  const tracked = trackedFiles(root, ".changeset");
  for (const file of tracked ? await readdir(dir) : []) {
    if (file.startsWith(CHANGESET_PREFIX) && file.endsWith(".md") && !tracked!.has(file))
      await rm(join(dir, file));
  }
}

/** The files git tracks in a folder, or undefined outside a git checkout. */
function trackedFiles(root: string, dir: string): Set<string> | undefined {
  try {
    const out = execFileSync("git", ["ls-files", dir], { cwd: root, encoding: "utf8" });
    return new Set(
      out
        .split("\n")
        .filter(Boolean)
        .map((f) => f.slice(dir.length + 1)),
    );
  } catch {
    return undefined; // not a git checkout: which files are committed is unknown, remove none
  }
}

import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runOk, userEnv } from "./exec.js";
import { ecosystemRoot, repoRoot, type PackedPackage } from "./packages.js";

/**
 * The TypeScript versions the installed types are compiled with: the workspace's own and one of
 * each later major, pinned (a new TypeScript upstream must not change a run; bump them here),
 * installed side by side under aliases (`npm install ts-7@npm:…`),
 * each with the tsconfigs in fixtures/project it is run on. 5.9 and 6 are tsc in JavaScript
 * (10-25 s a project here); 7 is the native one (2 s).
 */
export const typescriptVersions = [
  { alias: "ts-5.9", range: "5.9.3", configs: ["node16", "bundler", "web"] },
  { alias: "ts-6", range: "6.0.3", configs: ["node16", "bundler"] },
  { alias: "ts-7", range: "7.0.2", configs: ["node16", "bundler", "web"] },
] as const;

/** The seed examples (examples/node): type-checked, and run on every runtime. */
export const seedExamples = ["edit.ts", "edit-standalone.ts", "variation.ts"] as const;

export interface UserProject {
  dir: string;
  installMs: number;
}

/**
 * A user's project, outside the workspace (in the OS temp folder): a package.json, the
 * programs in fixtures/project, the seed examples, and the tarballs installed with plain
 * `npm install` next to typescript and @types/node from the registry.
 */
export async function createUserProject(packed: PackedPackage[]): Promise<UserProject> {
  const dir = mkdtempSync(join(tmpdir(), "orq-sdk-ecosystem-"));
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify(
      { name: "orq-sdk-user", version: "1.0.0", private: true, type: "module" },
      null,
      2,
    ),
  );
  cpSync(join(ecosystemRoot, "fixtures/project"), dir, { recursive: true });
  mkdirSync(join(dir, "examples/assets"), { recursive: true });
  for (const file of seedExamples) {
    cpSync(join(repoRoot, "examples/node", file), join(dir, "examples", file));
  }
  cpSync(join(repoRoot, "examples/node/assets/otter.png"), join(dir, "examples/assets/otter.png"));
  // types/usage.ts names this file; it is never read (the types are only compiled).
  cpSync(join(repoRoot, "examples/node/assets/otter.png"), join(dir, "otter.png"));

  const started = performance.now();
  await runOk(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      // The registry is only asked about what its cache does not hold.
      "--prefer-offline",
      ...packed.map((p) => p.tarball),
      `@types/node@${readCatalogRange("@types/node")}`,
      ...typescriptVersions.map((t) => `${t.alias}@npm:typescript@${t.range}`),
    ],
    { cwd: dir, env: userEnv({ npm_config_loglevel: "error" }), timeoutMs: 300_000 },
  );
  return { dir, installMs: performance.now() - started };
}

/** A version range from pnpm-workspace.yaml's catalog (the one the workspace builds with). */
function readCatalogRange(name: string): string {
  const yaml = readFileSync(join(repoRoot, "pnpm-workspace.yaml"), "utf8");
  const line = yaml.split("\n").find((l) =>
    l
      .trim()
      .replace(/^["']|["'](?=:)/g, "")
      .startsWith(`${name}:`),
  );
  const range = line
    ?.split(/:\s+/)[1]
    ?.trim()
    .replace(/^["']|["']$/g, "");
  if (!range) throw new Error(`${name} is not in pnpm-workspace.yaml's catalog`);
  return range;
}

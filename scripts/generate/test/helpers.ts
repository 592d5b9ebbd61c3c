/** What the generator tests share: paths, generating into a temp folder, running tsc. */
import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDocument } from "../document.js";
import { generate } from "../generate.js";
import { writeFolder } from "../output.js";
import { findPublishedSpec } from "../../spec/paths.js";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const fixtures = join(repoRoot, "scripts/generate/test/fixtures");
export const prettierConfig = join(repoRoot, ".prettierrc.json");
/** The published orq spec (`findPublishedSpec`), or where it would be, for messages. */
const found = findPublishedSpec(repoRoot);
export const fullSpec = found ?? resolve(repoRoot, "../shared/specs/orq-openapi-2026-08-21.yaml");
export const hasFullSpec = found !== undefined;

const tsc = join(repoRoot, "scripts/node_modules/.bin/tsc");

/** A real 1×1 PNG, for uploads the mock checks by their bytes. */
export const PNG = Uint8Array.from(
  atob(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  ),
  (c) => c.charCodeAt(0),
);

export async function generateSpec(
  spec: string,
  options?: { threads?: number },
): Promise<Map<string, string>> {
  // Written to a temp folder, the error classes import core's base from core itself.
  return generate(await loadDocument(spec), prettierConfig, {
    apiErrorModule: API_ERROR,
    ...options,
  });
}

/** Core's `APIError`, which generated error classes extend. */
const API_ERROR = fileURLToPath(
  new URL("../../../packages/core/src/errors/api-error.js", import.meta.url),
);

/** A fresh temp folder, removed by the returned function. */
export async function tempDir(
  prefix: string,
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `orq-generate-${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * `pnpm generate`'s own command (plain node, `scripts/run.mjs`) on `spec`, written to a
 * temporary folder as JSON, with its output there too: its exit code and what it printed.
 */
export async function generateCli(
  spec: object,
  name: string,
  /** Generated files to read back, by name (`files`). */
  read: string[] = [],
): Promise<{ code: number; output: string; files: Map<string, string> }> {
  const { dir, remove } = await tempDir(name);
  try {
    const file = join(dir, "spec.json");
    await writeFile(file, JSON.stringify(spec));
    const result = await run(process.execPath, [
      join(repoRoot, "scripts/run.mjs"),
      "generate/cli.ts",
      "--spec",
      file,
      "--out",
      join(dir, "out"),
    ]);
    const files = new Map<string, string>();
    for (const name of read) files.set(name, await readFile(join(dir, "out", name), "utf8"));
    return { ...result, files };
  } finally {
    await remove();
  }
}

export async function writeOutput(dir: string, files: Map<string, string>): Promise<void> {
  await writeFolder(dir, files, new Map());
}

/**
 * Type-checks generated folders on their own, with the strictest settings SDK users have:
 * strict, noUncheckedIndexedAccess, ES2022 + DOM, bundler resolution, nothing from node_modules.
 */
export async function typecheck(
  dirs: string[],
  workDir: string,
): Promise<{ code: number; output: string }> {
  const config = join(workDir, "tsconfig.check.json");
  await writeFile(
    config,
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2022", "DOM"],
        module: "ESNext",
        moduleResolution: "Bundler",
        strict: true,
        noUncheckedIndexedAccess: true,
        isolatedModules: true,
        verbatimModuleSyntax: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      include: dirs.map((d) => join(d, "**/*.ts")),
    }),
  );
  return run(tsc, ["-p", config]);
}

export function run(
  command: string,
  args: string[],
  cwd = repoRoot,
): Promise<{ code: number; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d));
    child.stderr.on("data", (d: Buffer) => (output += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code: code ?? 1, output }));
  });
}

/**
 * Type-checks `usage` (a module's text) against copies of the repo's packages, each with its
 * generated folder replaced (`packages`: the package's folder from the repo root, as
 * `packages/core`, → the files its `src/generated` gets), as their own builds check them. The
 * copies sit under core's node_modules so that core's dependencies resolve from there; a
 * package is reached by its name through `paths` (`@orq-sdk/core` → the copy of core).
 */
export async function typecheckPackages(
  packages: Record<string, Map<string, string>>,
  usage: string,
  paths: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  const cache = join(repoRoot, "packages/core/node_modules/.cache");
  await mkdir(cache, { recursive: true });
  const dir = await mkdtemp(join(cache, "typecheck-"));
  try {
    for (const [pkg, generated] of Object.entries(packages)) {
      const src = join(dir, pkg, "src");
      await cp(join(repoRoot, pkg, "src"), src, { recursive: true });
      await rm(join(src, "generated"), { recursive: true, force: true });
      await writeOutput(join(src, "generated"), generated);
    }
    await writeFile(join(dir, "usage.ts"), usage);
    await writeFile(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        extends: join(repoRoot, "tsconfig.base.json"),
        compilerOptions: {
          types: [],
          paths: Object.fromEntries(Object.entries(paths).map(([name, to]) => [name, [to]])),
        },
        include: [...Object.keys(packages).map((pkg) => `${pkg}/src`), "usage.ts"],
      }),
    );
    return await run(join(repoRoot, "scripts/node_modules/.bin/tsc"), [
      "-p",
      join(dir, "tsconfig.json"),
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

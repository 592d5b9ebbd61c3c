import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findPublishedSpec } from "../../scripts/spec/paths.js";

export const benchDir = join(dirname(fileURLToPath(import.meta.url)), "..");
export const repoDir = join(benchDir, "..");
/** The whole published orq spec (`findPublishedSpec`), or where it would be, for messages. */
export const fullSpec =
  findPublishedSpec(repoDir) ?? join(repoDir, "../shared/specs/orq-openapi-2026-08-21.yaml");
export const ourSpec = join(repoDir, "specs/openapi.yaml");

const fromBench = createRequire(join(benchDir, "package.json"));
const fromScripts = createRequire(join(repoDir, "scripts/package.json"));

/** Executables, as files run by `node` (or the binary itself), so timings have no shell shim. */
export const bin = {
  node: process.execPath,
  /** The `deno` npm package's binary (linked into place on first use, as its own bin does). */
  get deno(): string {
    return (fromBench("deno/install_api.cjs") as { runInstall(): string }).runInstall();
  },
  /** What `pnpm generate` runs: `node scripts/run.mjs generate/cli.ts`. */
  generator: [join(repoDir, "scripts/run.mjs"), "generate/cli.ts"],
  openapiTypescript: join(
    dirname(fromScripts.resolve("openapi-typescript/package.json")),
    "bin/cli.js",
  ),
  tsc: fromBench.resolve("typescript/lib/tsc.js"),
};

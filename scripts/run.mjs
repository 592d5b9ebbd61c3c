/**
 * `node scripts/run.mjs <entry.ts> [args…]`: runs one of the scripts' TypeScript entry points
 * (`generate/cli.ts`, `spec/diff.ts`, …) with plain node. esbuild bundles the entry's own modules
 * into one file first (~20 ms), leaving packages to node's resolution. Under tsx's loader
 * hooks, which ran them before, every module typescript, prettier and Redocly load went through
 * the hooks: ~0.7 s more on each start, a tenth of the whole spec's generation.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("Usage: node scripts/run.mjs <entry.ts> [args…]");
  process.exit(2);
}
const source = resolve(here, entry);

/**
 * Each module keeps its own `import.meta.url` (the generator reads its templates beside it, the
 * tools find the repository from it): bundled, they would all have the bundle's.
 */
const ownImportMetaUrl = {
  name: "own-import-meta-url",
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.[cm]?ts$/ }, ({ path }) => ({
      contents: readFileSync(path, "utf8").replace(
        /\bimport\.meta\.url\b/g,
        JSON.stringify(pathToFileURL(path).href),
      ),
      loader: "ts",
    }));
  },
};

// Inside `scripts/`, so that the packages it imports resolve from `scripts/node_modules`; a name
// of its own, so that runs side by side (turbo's, tests') do not overwrite each other's.
const cache = join(here, "node_modules/.cache/run");
const bundle = join(cache, `${randomUUID()}.mjs`);
mkdirSync(cache, { recursive: true });
// A bundle is needed only while it loads, which takes a second: one older than a minute was left
// by a run that was killed.
for (const name of readdirSync(cache))
  if (Date.now() - statSync(join(cache, name)).mtimeMs > 60_000)
    rmSync(join(cache, name), { force: true });
// Gone when the run ends, by `process.exit()` too (the tools end so, with their exit code).
process.once("exit", () => rmSync(bundle, { force: true }));
await build({
  entryPoints: [source],
  outfile: bundle,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  plugins: [ownImportMetaUrl],
  // Stack traces name the TypeScript files and their lines, not the bundle's.
  sourcemap: "inline",
  logLevel: "warning",
});
process.setSourceMapsEnabled(true);
// The entry reads its arguments from `process.argv`, as when node runs it.
process.argv = [process.argv[0], source, ...args];
await import(pathToFileURL(bundle).href);

/**
 * `pnpm generate [--spec file] [--out dir] [--check]`: the spec → TypeScript generator.
 * Defaults: specs/openapi.yaml → packages/core/src/generated. `--check` writes nothing and
 * fails when the folder differs from a fresh generation (CI runs it).
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadDocument } from "./document.js";
import { generate } from "./generate.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const cwd = process.env.INIT_CWD ?? process.cwd();

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      spec: { type: "string", default: join(root, "specs/openapi.yaml") },
      out: { type: "string", default: join(root, "packages/core/src/generated") },
      check: { type: "boolean", default: false },
    },
  });
  const spec = resolve(cwd, values.spec!);
  const out = resolve(cwd, values.out!);
  const started = performance.now();
  const files = await generate(await loadDocument(spec), join(root, ".prettierrc.json"));

  const existing = await listFiles(out);
  if (values.check) {
    const drift = [
      ...[...files].filter(([f, code]) => existing.get(f) !== code).map(([f]) => (existing.has(f) ? `changed: ${f}` : `missing: ${f}`)),
      ...[...existing.keys()].filter((f) => !files.has(f)).map((f) => `extra: ${f}`),
    ];
    if (drift.length) {
      console.error(`${relative(root, out)} differs from the spec (${relative(root, spec)}):\n  ${drift.join("\n  ")}\nRun: pnpm generate`);
      return 1;
    }
    console.log(`${relative(root, out)} is up to date with ${relative(root, spec)} (${files.size} files)`);
    return 0;
  }
  for (const f of existing.keys()) if (!files.has(f)) await rm(join(out, f));
  for (const [f, code] of files) {
    if (existing.get(f) === code) continue;
    await mkdir(dirname(join(out, f)), { recursive: true });
    await writeFile(join(out, f), code);
  }
  const ms = Math.round(performance.now() - started);
  console.log(`generated ${files.size} files in ${relative(cwd, out) || "."} from ${relative(cwd, spec)} (${ms} ms)`);
  return 0;
}

async function listFiles(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath ?? (e as unknown as { path: string }).path, e.name);
    found.set(relative(dir, path).split("\\").join("/"), await readFile(path, "utf8"));
  }
  return found;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

/**
 * `pnpm generate [--spec file] [--out dir] [--check]`: the spec → TypeScript generator.
 * Defaults: specs/openapi.yaml → packages/core/src/generated. `--check` writes nothing and
 * fails when the folder differs from a fresh generation (CI runs it).
 */
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadDocument } from "./document.js";
import { generate } from "./generate.js";
import { drift, readFolder, writeFolder } from "./output.js";

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
  // Error classes extend core's `APIError`: imported from where core is, seen from `out` (beside
  // core's `src/generated` by default; another folder's output type-checks on its own too).
  const apiError = relative(out, join(root, "packages/core/src/errors/api-error.js"))
    .split(sep)
    .join("/");
  const files = await generate(await loadDocument(spec), join(root, ".prettierrc.json"), {
    apiErrorModule: apiError.startsWith(".") ? apiError : `./${apiError}`,
  });

  const existing = await readFolder(out);
  if (values.check) {
    const found = drift(existing, files);
    if (found.length) {
      console.error(
        `${relative(root, out)} differs from the spec (${relative(root, spec)}):\n  ${found.join("\n  ")}\nRun: pnpm generate`,
      );
      return 1;
    }
    console.log(
      `${relative(root, out)} is up to date with ${relative(root, spec)} (${files.size} files)`,
    );
    return 0;
  }
  await writeFolder(out, files, existing);
  const ms = Math.round(performance.now() - started);
  console.log(
    `generated ${files.size} files in ${relative(cwd, out) || "."} from ${relative(cwd, spec)} (${ms} ms)`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

/**
 * `pnpm generate [--spec file] [--out dir] [--check]`: the spec → TypeScript generator.
 * Defaults: specs/openapi.yaml → packages/core/src/generated, and the Deno and browser packages'
 * `src/generated/standalone.ts` (see `RUNTIME_STANDALONES`); with another `--out`, that folder
 * alone. `--check` writes nothing and fails when a folder differs from a fresh generation (CI
 * runs it).
 */
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadDocument } from "./document.js";
import { generateAll } from "./generate.js";
import { droppedEnumWarnings } from "./transform/dropped-enum-values.js";
import { defaultOutsideEnumWarnings } from "./transform/defaults-outside-enum.js";
import { unsendableBodyWarnings } from "./transform/bodies-fetch-cannot-send.js";
import { webSocketOperationWarnings } from "./transform/websocket-operations.js";
import { sharedOperationIdWarnings } from "./transform/shared-operation-ids.js";
import { declaredAlternativesWarnings } from "./transform/security.js";
import { typeNameWarnings } from "./transform/type-names.js";
import { hostlessServerWarnings } from "./transform/hostless-servers.js";
import { undeclaredSchemeWarnings } from "./transform/undeclared-schemes.js";
import { plainHttpServers } from "./transform/plain-http-servers.js";
import { drift, readFolder, writeFolder } from "./output.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const cwd = process.env.INIT_CWD ?? process.cwd();
const defaultOut = join(root, "packages/core/src/generated");

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      spec: { type: "string", default: join(root, "specs/openapi.yaml") },
      out: { type: "string", default: defaultOut },
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
  const doc = await loadDocument(spec);
  // (Read before generating, which normalizes the document in place.)
  const warnings = [
    ...droppedEnumWarnings(doc),
    ...defaultOutsideEnumWarnings(doc),
    ...unsendableBodyWarnings(doc),
    ...webSocketOperationWarnings(doc),
    ...sharedOperationIdWarnings(doc),
    ...undeclaredSchemeWarnings(doc),
    ...declaredAlternativesWarnings(doc),
    ...typeNameWarnings(doc),
    ...hostlessServerWarnings(doc),
  ];
  const generated = await generateAll(doc, join(root, ".prettierrc.json"), {
    apiErrorModule: apiError.startsWith(".") ? apiError : `./${apiError}`,
  });
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  for (const server of plainHttpServers(doc))
    console.warn(
      `warning: the spec's server ${server} is plain http: a client left at it sends every call's key in clear. Give the client an https serverURL, or correct the spec's servers.`,
    );
  // Core's folder, and with it (unless another folder was asked for) the runtime packages'.
  const folders = new Map([[out, generated.core]]);
  if (out === defaultOut)
    for (const [folder, files] of generated.runtimes) folders.set(join(root, folder), files);
  const count = [...folders.values()].reduce((n, files) => n + files.size, 0);

  const existing = new Map<string, Map<string, string>>();
  for (const folder of folders.keys()) existing.set(folder, await readFolder(folder));
  if (values.check) {
    const found = [...folders].flatMap(([folder, files]) =>
      drift(existing.get(folder)!, files).map((line) => `${line} (${relative(root, folder)})`),
    );
    if (found.length) {
      console.error(
        `generated code differs from the spec (${relative(root, spec)}):\n  ${found.join("\n  ")}\nRun: pnpm generate`,
      );
      return 1;
    }
    console.log(
      `${[...folders.keys()].map((f) => relative(root, f)).join(", ")}: up to date with ${relative(root, spec)} (${count} files)`,
    );
    return 0;
  }
  for (const [folder, files] of folders) await writeFolder(folder, files, existing.get(folder));
  const ms = Math.round(performance.now() - started);
  console.log(
    `generated ${count} files in ${[...folders.keys()].map((f) => relative(cwd, f) || ".").join(", ")} from ${relative(cwd, spec)} (${ms} ms)`,
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

import { readFile } from "node:fs/promises";
import { componentSchemas, type Document } from "./document.js";
import { Formatter } from "./emit/format.js";
import { SDK_EXPORTS } from "./sdk-exports.js";
import { binaryAsStringInJson } from "./transform/binary-as-string.js";
import {
  collectOperations,
  type CollectedOperation,
  type OperationError,
} from "./transform/collect-operations.js";
import {
  componentClassNames,
  errorClasses,
  errorsFile,
  type ErrorClass,
} from "./transform/error-classes.js";
import { normalize } from "./transform/normalize.js";
import { ReadWriteAccess } from "./transform/read-write-only.js";
import { runtimeTables } from "./transform/runtime-tables.js";
import { RUNTIME_STANDALONES, runtimeStandaloneFile } from "./transform/runtime-standalone.js";
import { funcFiles, modelsFile, resourcesFile } from "./transform/sdk-surface.js";
import { isPlainObjectType } from "./transform/named-object-types.js";
import { sdkTypes } from "./transform/sdk-types.js";
import { wireTypes } from "./transform/wire-types.js";

const README = `# generated — do not edit

Everything in this folder is written by \`scripts/generate\` from the OpenAPI spec and committed.
Change the spec (or the generator) and run \`pnpm generate\`; CI runs \`pnpm generate:check\`,
which fails when these files differ from a fresh generation.

| file | what it holds |
| --- | --- |
| \`contract.ts\` | the types the tables below are written in, and the one method generated functions call |
| \`paths.ts\` | openapi-typescript's types of the API on the wire (snake_case), for \`createOrqClient\` |
| \`sdk-types.ts\` | the same types with the SDK's camelCase property names |
| \`models.ts\` | the official names: \`CreateImageEditRequestBody\`, \`CreateImageEditResponseBody\`, … |
| \`operations.ts\` | one table entry per operation: method, path, resource name, body encoding, schemas |
| \`schemas.ts\` | component schemas shared by the operations, for validation and renaming |
| \`resources.ts\` | the resource tree (\`router.images.edits.create\`) the client's methods are built from |
| \`errors.ts\` | the error classes of error answers with a JSON body (\`HonoApiError\`, \`DeleteAgentResponseBody\`), for \`…/models/errors\` |
| \`funcs/\` | one standalone function per operation (\`routerImagesEditsCreate\`), for tree-shaking |
`;

export interface GenerateOptions {
  threads?: number;
  /**
   * Where the error classes' base (`APIError`) is imported from: core's, beside
   * `packages/core/src/generated`. Tests that generate elsewhere give core's file itself.
   */
  apiErrorModule?: string;
}

/**
 * Every file the generator writes into core's generated folder for one spec, by path relative
 * to that folder, in a stable order. The same document gives the same bytes.
 */
export async function generate(
  input: Document,
  prettierConfigFrom: string,
  options: GenerateOptions = {},
): Promise<Map<string, string>> {
  return (await generateAll(input, prettierConfigFrom, options)).core;
}

/** What `generate` writes, plus the runtime packages' generated folders (`RUNTIME_STANDALONES`). */
export interface GeneratedFolders {
  core: Map<string, string>;
  /** By folder from the repository root (`packages/deno/src/generated`): its files. */
  runtimes: Map<string, Map<string, string>>;
}

/** Where a runtime package's file waits in the formatter, apart from core's. */
const RUNTIME_KEY = "runtime:";

export async function generateAll(
  input: Document,
  prettierConfigFrom: string,
  options: GenerateOptions = {},
): Promise<GeneratedFolders> {
  // Each file is handed to the formatter as soon as it is made: big ones format meanwhile.
  const formatter = await Formatter.create(prettierConfigFrom, options.threads);
  try {
    const doc = normalize(input);
    const ops = collectOperations(doc);
    binaryAsStringInJson(doc, ops);
    const contract = await readFile(CONTRACT, "utf8");
    const classes = errorClassesFor(ops, contract);
    const tables = runtimeTables(doc, ops, classes);
    formatter.add("operations.ts", tables.operations);
    formatter.add("schemas.ts", tables.schemas);
    formatter.add("paths.ts", wireTypes(doc));
    formatter.add("sdk-types.ts", sdkTypes(doc));

    const funcs = funcFiles(ops);
    formatter.add("README.md", README);
    formatter.add("contract.ts", contract);
    formatter.add("models.ts", models(doc, ops, contract, classes));
    formatter.add("errors.ts", errorsFile(doc, classes, options.apiErrorModule));
    formatter.add("resources.ts", resourcesFile(ops));
    for (const [file, code] of funcs) formatter.add(file, code);
    formatter.add("index.ts", indexFile([...funcs.keys()], componentClassNames(classes)));
    for (const target of RUNTIME_STANDALONES)
      formatter.add(
        `${RUNTIME_KEY}${target.folder}/${target.file}`,
        runtimeStandaloneFile(target, ops),
      );

    const formatted = await formatter.finish();
    const core = new Map<string, string>();
    const runtimes = new Map<string, Map<string, string>>();
    for (const [key, code] of [...formatted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (!key.startsWith(RUNTIME_KEY)) {
        core.set(key, code);
        continue;
      }
      const path = key.slice(RUNTIME_KEY.length);
      const folder = path.slice(0, path.lastIndexOf("/"));
      const files = runtimes.get(folder) ?? new Map<string, string>();
      files.set(path.slice(folder.length + 1), code);
      runtimes.set(folder, files);
    }
    return { core, runtimes };
  } finally {
    await formatter.close();
  }
}

/** The contract every generated folder holds: the types the tables are written in. */
export const CONTRACT = new URL("./templates/contract.ts", import.meta.url);

/**
 * `models.ts`: the official names of each operation's and component's types, clear of the
 * contract's and the SDK's own exports.
 */
export function models(
  doc: Document,
  ops: CollectedOperation[],
  contract: string,
  classes: Map<OperationError, ErrorClass> = new Map(),
): string {
  const components = new Map<string, string>();
  for (const c of classes.values()) if (c.component) components.set(c.component, c.name);
  return modelsFile(
    ops,
    componentSchemas(doc),
    [...contractNames(contract), ...SDK_EXPORTS, ...components.values()],
    ReadWriteAccess.of(doc),
    new Map([...components].map(([component, name]) => [component, `${name}Data`])),
    (schema) => isPlainObjectType(doc, schema),
  );
}

/** The error classes of `ops` (see `errorClasses`), clear of the contract's and the SDK's names. */
export function errorClassesFor(
  ops: CollectedOperation[],
  contract: string,
): Map<OperationError, ErrorClass> {
  return errorClasses(ops, [...contractNames(contract), ...SDK_EXPORTS]);
}

/** The types the contract exports, which generated names must leave to it. */
function contractNames(contract: string): string[] {
  return [...contract.matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1]!);
}

/** `index.ts`: the package's generated surface (types, official names, standalone functions). */
function indexFile(funcs: string[], componentClasses: string[]): string {
  return [
    `export type * from "./contract.js";`,
    `export type { paths, components as wireComponents, operations as wireOperations } from "./paths.js";`,
    `export type * from "./models.js";`,
    // The classes of inline bodies only under `…/models/errors`: their names are the official
    // SDK's, which gives operations' types the same ones (`UpdateAgentResponseBody`).
    ...(componentClasses.length
      ? [`export { ${componentClasses.join(", ")} } from "./errors.js";`]
      : []),
    ...[...funcs].sort().map((f) => `export * from "./${f.replace(/\.ts$/, ".js")}";`),
    "",
  ].join("\n");
}

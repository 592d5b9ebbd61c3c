import { readFile } from "node:fs/promises";
import { isObject, type Document } from "./document.js";
import { format } from "./emit/format.js";
import { collectOperations } from "./transform/collect-operations.js";
import { runtimeTables } from "./transform/runtime-tables.js";
import { funcFiles, modelsFile, resourcesFile } from "./transform/sdk-surface.js";
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
| \`funcs/\` | one standalone function per operation (\`routerImagesEditsCreate\`), for tree-shaking |
`;

/** Every file the generator writes for one spec, by path relative to the output folder. */
export async function generate(doc: Document, prettierConfigFrom: string): Promise<Map<string, string>> {
  const ops = collectOperations(doc);
  const tables = runtimeTables(doc, ops);
  const components = isObject(doc.components) && isObject(doc.components.schemas) ? Object.keys(doc.components.schemas) : [];
  const contract = await readFile(new URL("./templates/contract.ts", import.meta.url), "utf8");

  const files = new Map<string, string>([
    ["README.md", README],
    ["contract.ts", contract],
    ["paths.ts", await wireTypes(doc)],
    ["sdk-types.ts", await sdkTypes(doc)],
    ["models.ts", modelsFile(ops, components)],
    ["operations.ts", tables.operations],
    ["schemas.ts", tables.schemas],
    ["resources.ts", resourcesFile(ops)],
    ...funcFiles(ops),
  ]);
  const funcs = [...files.keys()].filter((f) => f.startsWith("funcs/")).sort();
  files.set(
    "index.ts",
    [
      `export type * from "./contract.js";`,
      `export type { paths, components as wireComponents, operations as wireOperations } from "./paths.js";`,
      `export type * from "./models.js";`,
      ...funcs.map((f) => `export * from "./${f.replace(/\.ts$/, ".js")}";`),
      "",
    ].join("\n"),
  );

  const formatted = new Map<string, string>();
  for (const [file, code] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    formatted.set(file, await format(file, code, prettierConfigFrom));
  }
  return formatted;
}

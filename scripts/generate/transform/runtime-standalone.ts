import type { CollectedOperation } from "./collect-operations.js";
import { jsDoc } from "./sdk-surface.js";

/**
 * A runtime package whose standalone functions take more upload inputs than core's (Deno's
 * `Deno.FsFile`, the browser's `FileList` or canvas). Their code is core's; only their types are
 * the runtime's, and a type cannot be exported per function without naming each one: so each
 * such package gets a generated file naming every operation, and adding or removing one in the
 * spec needs no hand edit there.
 */
export interface RuntimeStandalone {
  /** The package's generated folder, from the repository root. */
  readonly folder: string;
  /** The runtime, as the file's comment names it, and the inputs it adds. */
  readonly runtime: string;
  readonly inputs: string;
  /** Where the package's type that retypes one of core's functions is, from the folder. */
  readonly typeModule: string;
  /** That type: `DenoStandalone<typeof core.fn>`. */
  readonly typeName: string;
  /** The file written in `folder`. */
  readonly file: string;
  /**
   * When the file is the package's root: its hand-written module, exported with core, and the
   * names both have, which the package's own take (its client classes, with its runtime).
   */
  readonly root?: { readonly module: string; readonly overrides: readonly string[] };
}

export const RUNTIME_STANDALONES: readonly RuntimeStandalone[] = [
  {
    folder: "packages/deno/src/generated",
    runtime: "Deno's",
    inputs: "a `Deno.FsFile`",
    // Deno resolves modules by their real file names.
    typeModule: "../types.ts",
    typeName: "DenoStandalone",
    // mod.ts exports it, beside its own classes and its JSR documentation.
    file: "standalone.ts",
  },
  {
    folder: "packages/browser/src/generated",
    runtime: "the browser's",
    inputs: "a `FileList`, a canvas, a URL, a `Response`",
    typeModule: "../types.js",
    typeName: "BrowserStandalone",
    // The package's root: bundled by tsup with core external, `export * from "@orq-sdk/core"`
    // stays a static re-export only in the entry module. Anywhere deeper esbuild copies core's
    // namespace at run time, and an app's bundle kept all of core (9 KB gzipped became 15 KB).
    file: "index.ts",
    root: { module: "../browser.js", overrides: ["Orq", "OrqCore", "createOrqClient"] },
  },
];

/**
 * The file for one runtime package: all of core, with each standalone function declared again
 * under its own name, typed by the package's `typeName`. A module's own declarations win over
 * the names `export *` brings, so the package has one `routerImagesEditsCreate`, the runtime's;
 * at run time it is core's function.
 */
export function runtimeStandaloneFile(
  target: RuntimeStandalone,
  ops: CollectedOperation[],
): string {
  const functions = [...ops]
    .sort((a, b) => (a.funcName < b.funcName ? -1 : a.funcName > b.funcName ? 1 : 0))
    .map((op) =>
      [
        jsDoc(op),
        `export const ${op.funcName}: ${target.typeName}<typeof core.${op.funcName}> = core.${op.funcName} as never;`,
      ].join("\n"),
    );
  const root = target.root;
  const about =
    (root
      ? `The package's root: all of core, the package's own exports (${root.module}), and core's`
      : "All of core, and core's") +
    ` standalone functions retyped to take ${target.runtime} upload inputs too (${target.inputs}):` +
    " the client passed to them carries the runtime that turns those into files before validation.";
  return [
    lineComment(about),
    `import * as core from "@orq-sdk/core";`,
    `import type { ${target.typeName} } from "${target.typeModule}";`,
    "",
    `export * from "@orq-sdk/core";`,
    ...(root
      ? [
          `export * from "${root.module}";`,
          `// Core has these too: the package's own are exported.`,
          `export { ${root.overrides.join(", ")} } from "${root.module}";`,
        ]
      : []),
    "",
    ...functions.flatMap((f) => [f, ""]),
  ].join("\n");
}

/** `text` as `//` comment lines of at most 100 characters. */
function lineComment(text: string): string {
  const lines: string[] = [];
  let line = "//";
  for (const word of text.split(" ")) {
    if (line.length + 1 + word.length > 100) {
      lines.push(line);
      line = "//";
    }
    line += " " + word;
  }
  return [...lines, line].join("\n");
}

/**
 * Generated names and the names the SDK's packages export beside them (`SDK_EXPORTS`). Core's
 * index re-exports both with `export *`: a model named like one of core's exports failed to
 * compile (TS2308, every FastAPI spec's `ValidationError`), or was shadowed by core's own type
 * without a word (a spec's `Issue`, `Part`, `RetryConfig`).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { SDK_EXPORTS } from "../sdk-exports.js";
import { fixtures, generateSpec, repoRoot, typecheckPackages } from "./helpers.js";

/** The names a module exports by name (not through `export *`), in its own words. */
function exportedNames(source: string): string[] {
  const names = [
    ...source.matchAll(
      /^export (?:declare )?(?:abstract )?(?:class|function|const|let|type|interface|enum) (\w+)/gm,
    ),
  ].map((m) => m[1]!);
  for (const [, list] of source.matchAll(/^export (?:type )?\{([^}]*)\}/gm))
    for (const item of list!.split(","))
      if (item.trim())
        names.push(
          item
            .trim()
            .replace(/^type /, "")
            .split(/\s+as\s+/)
            .at(-1)!,
        );
  return names;
}

const SOURCES = [
  "packages/core/src/index.ts",
  "packages/core/src/errors/index.ts",
  "packages/node/src/index.ts",
  "packages/browser/src/browser.ts",
  "packages/deno/mod.ts",
];

describe("SDK_EXPORTS", () => {
  test("is every name the packages export beside the generated ones, and nothing else", async () => {
    const generatedIndex = await readFile(
      join(repoRoot, "packages/core/src/generated/index.ts"),
      "utf8",
    );
    // The runtime packages re-declare the generated standalone functions for their own inputs.
    const generatedFuncs = new Set(
      [...generatedIndex.matchAll(/"\.\/funcs\/(\w+)\.js"/g)].map((m) => m[1]!),
    );
    const exported = new Set<string>();
    for (const file of SOURCES)
      for (const name of exportedNames(await readFile(join(repoRoot, file), "utf8")))
        if (!generatedFuncs.has(name)) exported.add(name);
    expect([...exported].sort()).toEqual([...new Set(SDK_EXPORTS)].sort());
  });
});

describe("a spec whose names are the SDK's own", () => {
  test("models and functions step aside, and the SDK compiles with them in core", async () => {
    const files = await generateSpec(join(fixtures, "sdk-export-names.yaml"));
    const models = files.get("models.ts")!;
    for (const name of ["ValidationError", "Issue", "Part", "RetryConfig"]) {
      expect(models).toMatch(new RegExp(`export (type|interface) ${name}Schema\\b`));
      expect(models).toContain(`${name}Schema = components["schemas"]["${name}"];`);
      expect(models).not.toMatch(new RegExp(`export (type|interface) ${name}\\b`));
    }
    // FastAPI's 422 body is an error class of its own; its body type goes by …Data.
    expect(models).toMatch(/export (type|interface) HttpValidationErrorData\b/);
    expect(files.get("errors.ts")).toContain("export class HttpValidationError extends APIError");
    expect([...files.keys()].filter((f) => f.startsWith("funcs/"))).not.toContain(
      "funcs/openStream.ts",
    );

    // Core with this spec's generated folder, type-checked as core's own build does.
    const { code, output } = await typecheckPackages(
      { "packages/core": files },
      `import { ValidationError, type ValidationErrorSchema, type IssueSchema, type RetryConfigSchema } from "./packages/core/src/index.js";
export const issue: IssueSchema = { title: "t" };
export const retry: RetryConfigSchema = { attempts: 3 };
export const detail: ValidationErrorSchema = { loc: ["body"], msg: "m", type: "t" };
export const isClass: typeof ValidationError.prototype.issues = [];
`,
    );
    expect(output).toBe("");
    expect(code).toBe(0);
  }, 120_000);
});

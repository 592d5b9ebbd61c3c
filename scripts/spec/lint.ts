/**
 * `pnpm spec:lint [file]`: checks the spec with Redocly's OpenAPI linter (the `recommended`
 * ruleset, structural errors and all) and fails on any error. Default: specs/openapi.yaml, which
 * must also be in sync with specs/operations.yaml and specs/overlay.yaml (`sync-check.ts`), and
 * give every multipart file field a media type rule (`file-rules-check.ts`).
 */
import { createConfig, lint, formatProblems } from "@redocly/openapi-core";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { unruledFileFields } from "./file-rules-check.js";
import { syncProblems } from "./sync-check.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const file = resolve(
  process.env.INIT_CWD ?? process.cwd(),
  process.argv[2] ?? resolve(root, "specs/openapi.yaml"),
);

const config = await createConfig({
  extends: ["recommended"],
  rules: {
    // The seeds document only the 200 answer; errors are typed by the SDK as APIError.
    "operation-4xx-response": "off",
    // The API's owner publishes no licence for the document.
    "info-license": "off",
  },
});
const problems = await lint({ ref: file, config });
const errors = problems.filter((p) => p.severity === "error");
if (problems.length)
  formatProblems(problems, {
    format: "stylish",
    totals: { errors: errors.length, warnings: problems.length - errors.length, ignored: 0 },
    version: "",
  });
console.log(
  `${file.replace(`${root}/`, "")}: ${errors.length} errors, ${problems.length - errors.length} warnings (redocly recommended)`,
);
// The repo's own spec: in sync with its sources, and every file field with a media type rule.
const unsynced = process.argv[2] ? [] : await syncProblems(root);
const unruled = process.argv[2] ? [] : await unruledFileFields(file);
for (const problem of [...unsynced, ...unruled]) console.error(`specs/openapi.yaml: ${problem}`);
process.exit(errors.length || unsynced.length || unruled.length ? 1 : 0);

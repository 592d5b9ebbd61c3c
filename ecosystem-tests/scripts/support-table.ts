/**
 * Renders the root README's "Supported runtimes" section from results/runtimes.json, which the
 * ecosystem test writes after each full run. `--check` only says whether the README is current.
 *
 *   pnpm --filter @orq-sdk/ecosystem-tests support-table [--check]
 */
import { readFileSync } from "node:fs";
import {
  currentSupportTable,
  readmePath,
  readResults,
  renderSupportTable,
  updateReadme,
} from "../src/support-table.js";

const body = await renderSupportTable(readResults());
if (process.argv.includes("--check")) {
  const current = currentSupportTable(readFileSync(readmePath, "utf8"));
  if (current !== body.trim()) {
    console.error("README.md's Supported runtimes section is not what results/runtimes.json says.");
    process.exit(1);
  }
  console.log("README.md's Supported runtimes section is current.");
} else {
  console.log(updateReadme(body) ? "Updated README.md." : "README.md was already current.");
}

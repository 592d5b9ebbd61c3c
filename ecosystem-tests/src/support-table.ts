import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ecosystemRoot, repoRoot } from "./packages.js";

/** What the last full run of the ecosystem test saw: results/runtimes.json. */
export interface Results {
  /** The package versions that were packed and installed. */
  packages: { name: string; version: string }[];
  runtimes: {
    id: string;
    label: string;
    version: string;
    /** `machine`, or the npm package the binary came from. */
    source: string;
    esm: boolean;
    cjs: boolean;
    examples: boolean;
  }[];
  /** Per tsconfig of fixtures/project: passed, failed, or (absent) not run with this version. */
  typescript: { version: string; node16?: boolean; bundler?: boolean; web?: boolean }[];
  /** Why each ❌ is one: the distinct errors of the runs that failed. */
  notes: string[];
}

export const resultsPath = join(ecosystemRoot, "results/runtimes.json");
export const readmePath = join(repoRoot, "README.md");

const START =
  "<!-- supported-runtimes:start (written by `pnpm --filter @orq-sdk/ecosystem-tests support-table` from ecosystem-tests/results/runtimes.json) -->";
const END = "<!-- supported-runtimes:end -->";

export function readResults(): Results {
  return JSON.parse(readFileSync(resultsPath, "utf8")) as Results;
}

/** Writes the results as prettier would, so that `prettier --check .` stays quiet. */
export async function writeResults(results: Results): Promise<void> {
  writeFileSync(resultsPath, await format(JSON.stringify(results), "runtimes.json"));
}

const mark = (ok: boolean | undefined) => (ok === undefined ? "–" : ok ? "✅" : "❌");

/** The body of the README's "Supported runtimes" section, between its markers. */
export async function renderSupportTable(results: Results): Promise<string> {
  const rows = results.runtimes.map(
    (r) => `| ${r.label} | ${r.version} | ${mark(r.esm)} | ${mark(r.cjs)} | ${mark(r.examples)} |`,
  );
  const ts = results.typescript.map(
    (t) => `| ${t.version} | ${mark(t.node16)} | ${mark(t.bundler)} | ${mark(t.web)} |`,
  );
  const packages = results.packages.map((p) => `\`${p.name}@${p.version}\``).join(", ");
  const notes = results.notes.map((n) => `- ❌ ${n}`);
  const markdown = [
    `Tested by [\`ecosystem-tests\`](ecosystem-tests) in every \`pnpm test\`, the way a user meets`,
    `the packages: packed with \`pnpm pack\`, installed with plain \`npm install\` in a fresh project`,
    `outside the workspace (Linux x64), then run on each runtime below. The tables are written from`,
    `the last run's results, and the test fails when they and the run disagree. Last run:`,
    `${packages}.`,
    ``,
    `| Runtime | Version | ESM program | CommonJS program | Seed examples |`,
    `| --- | --- | --- | --- | --- |`,
    ...rows,
    ``,
    `The ESM and CommonJS programs call \`orq.router.images.edits.create\` and`,
    `\`orq.router.images.variations.create\` (methods, standalone functions, \`@orq-sdk/core\` on the`,
    `runtime's \`fetch\`) with real PNGs against \`@orq-sdk/mock\` started from the installed package,`,
    `check \`instanceof\` of the SDK's errors across the ESM and CJS builds, and must exit by`,
    `themselves. The seed examples are [examples/node](examples/node), compiled to JavaScript.`,
    ``,
    `| TypeScript | \`node16\` (ESM and CJS) | \`bundler\` | \`bundler\`, DOM only (\`@orq-sdk/core\`) |`,
    `| --- | --- | --- | --- |`,
    ...ts,
    ``,
    `\`tsc --noEmit\` of the seed examples and of typed programs using every package, with`,
    `\`skipLibCheck: false\`. Deno (JSR) and browsers are tested by their own packages.`,
    ...(notes.length ? [``, ...notes] : []),
  ].join("\n");
  return format(markdown, "README.md");
}

/** The README with its "Supported runtimes" section made to hold `body`. */
export function withSupportTable(readme: string, body: string): string {
  const section = `${START}\n\n${body.trim()}\n\n${END}`;
  const start = readme.indexOf(START.slice(0, 30));
  const end = readme.indexOf(END);
  if (start !== -1 && end > start) {
    return readme.slice(0, start) + section + readme.slice(end + END.length);
  }
  return `${readme.trimEnd()}\n\n## Supported runtimes\n\n${section}\n`;
}

/** The section as it stands in the README, or undefined when it has none. */
export function currentSupportTable(readme: string): string | undefined {
  const start = readme.indexOf(START.slice(0, 30));
  const end = readme.indexOf(END);
  if (start === -1 || end < start) return undefined;
  return readme.slice(readme.indexOf("-->", start) + 3, end).trim();
}

export function updateReadme(body: string): boolean {
  const readme = readFileSync(readmePath, "utf8");
  const updated = withSupportTable(readme, body);
  if (updated === readme) return false;
  writeFileSync(readmePath, updated);
  return true;
}

async function format(text: string, filepath: string): Promise<string> {
  const prettier = await import("prettier");
  const options = (await prettier.resolveConfig(join(repoRoot, filepath))) ?? {};
  return prettier.format(text, { ...options, filepath });
}

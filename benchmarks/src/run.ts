/**
 * `pnpm bench [--quick | --smoke] [--out file] [--only groups] [--skip-build]`: builds the
 * packages, measures every figure (src/rows), prints one table and writes the results: a full
 * run of every group to benchmarks/results.json and the table in BENCHMARKS.md; --quick, --smoke
 * and --only to a file in the system's temporary folder (or --out).
 */
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { format } from "prettier";
import { describeMachine, loadNow } from "./machine.js";
import { MODES, type Mode } from "./modes.js";
import { benchDir, repoDir } from "./paths.js";
import { updateMarkdown, writeResults } from "./results.js";
import type { Row } from "./row.js";
import { bundleRows } from "./rows/bundle.js";
import { denoRows } from "./rows/deno.js";
import { generatorRows } from "./rows/generator.js";
import { importRows } from "./rows/import.js";
import { smallEditRows } from "./rows/small-edits.js";
import { typecheckRows } from "./rows/typecheck.js";
import { uploadRows } from "./rows/upload.js";
import { startSink, type Sink } from "./sink.js";
import { LEGEND, renderMisses, renderTable } from "./table.js";
import { makeWorkDir } from "./workdir.js";

const GROUPS = ["bundle", "import", "upload", "small-edits", "deno", "generator"] as const;
type Group = (typeof GROUPS)[number];

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    smoke: { type: "boolean", default: false },
    out: { type: "string" },
    only: { type: "string" },
    "skip-build": { type: "boolean", default: false },
  },
});
const mode: Mode = values.smoke ? MODES.smoke : values.quick ? MODES.quick : MODES.full;
const only = values.only?.split(",") ?? GROUPS;
for (const g of only)
  if (!GROUPS.includes(g as Group))
    throw new Error(`--only: ${g} is not one of ${GROUPS.join(", ")}`);
// Only a full run of every group is the committed record (results.json and BENCHMARKS.md's
// table, which must agree); a partial one goes to the temporary folder like --quick.
const out =
  values.out ??
  (mode.name === "full" && !values.only
    ? join(benchDir, "results.json")
    : join(tmpdir(), `orq-bench-${mode.name}${values.only ? "-only" : ""}.json`));

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

function build(): void {
  log("building the packages (turbo run build)");
  const r = spawnSync(
    "pnpm",
    ["turbo", "run", "build", "--filter=@orq-sdk/benchmarks...", "--output-logs=errors-only"],
    { cwd: repoDir, stdio: ["ignore", "inherit", "inherit"] },
  );
  if (r.status !== 0) throw new Error(`the build failed (${r.error?.message ?? r.status})`);
}

async function measure(): Promise<Row[]> {
  const rows: Row[] = [];
  const work = await makeWorkDir(mode.uploadBytes);
  let sink: Sink | undefined;
  const step = async (group: Group, run: () => Promise<Row[]>) => {
    if (!only.includes(group)) return;
    const started = Date.now();
    log(`${group}…`);
    rows.push(...(await run()));
    log(`${group}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  };
  try {
    sink = await startSink();
    const s = sink;
    await step("bundle", () => bundleRows());
    await step("import", () => importRows(mode));
    await step("upload", () => uploadRows(mode, s, work));
    await step("small-edits", () => smallEditRows(mode, s));
    await step("deno", () => denoRows(mode, s, work));
    await step("generator", async () => {
      const { rows: generated, generated: outputs } = await generatorRows(mode, work);
      return [...generated, ...(await typecheckRows(mode, work, outputs))];
    });
  } finally {
    await sink?.close();
    await work.remove();
  }
  return rows;
}

const started = Date.now();
if (!values["skip-build"]) build();
const machine = describeMachine();
log(
  `${mode.name} run on ${machine.nproc} cores, load ${machine.load.start.map((l) => l.toFixed(2)).join(" ")}`,
);
const rows = await measure();
machine.load.end = loadNow();
const results = { mode, machine, rows };
console.log(await format(renderTable(rows), { parser: "markdown", printWidth: 100 }));
console.log(`${LEGEND}\n\n${renderMisses(rows)}\n`);
await writeResults(out, results);
log(`results: ${out} (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
if (mode.name === "full" && !values.only && !values.out) {
  await updateMarkdown(join(repoDir, "BENCHMARKS.md"), results);
  log("table written to BENCHMARKS.md");
}

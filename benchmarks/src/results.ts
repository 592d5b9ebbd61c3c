import { readFile, writeFile } from "node:fs/promises";
import { format } from "prettier";
import type { Machine } from "./machine.js";
import type { Mode } from "./modes.js";
import { COLUMNS, ratio, verdict, type Row } from "./row.js";
import { LEGEND, renderMisses, renderTable } from "./table.js";

export interface Results {
  mode: Mode;
  machine: Machine;
  rows: Row[];
}

/** results.json: every sample, with the ratios and verdicts the table shows. */
export async function writeResults(path: string, results: Results): Promise<void> {
  const rows = results.rows.map((row) => ({
    ...row,
    ratios: Object.fromEntries(
      COLUMNS.filter((c) => c !== "ours" && ratio(row, c) !== undefined).map((c) => [
        c,
        ratio(row, c),
      ]),
    ),
    verdict: verdict(row),
  }));
  const json = JSON.stringify({ ...results, rows }, null, 2);
  await writeFile(path, await format(json, { parser: "json", printWidth: 100 }));
}

const START = "<!-- bench:start (written by `pnpm bench` from benchmarks/results.json) -->";
const END = "<!-- bench:end -->";

/** The block of BENCHMARKS.md that a full run rewrites: the table and the machine it ran on. */
export function renderBlock(results: Results): string {
  const m = results.machine;
  const load = (l: number[] | undefined) => (l ? l.map((x) => x.toFixed(2)).join(", ") : "?");
  return [
    START,
    "",
    renderTable(results.rows),
    "",
    LEGEND,
    "",
    renderMisses(results.rows),
    "",
    `Run on ${m.date.slice(0, 16).replace("T", " ")} UTC: \`nproc\` ${m.nproc} (${m.cpu}), ` +
      `${m.os}, Node.js ${m.node}, ${m.deno}; load average ${load(m.load.start)} at the ` +
      `start and ${load(m.load.end)} at the end (other engineers' tests were running too). ` +
      "`free -h`:",
    "",
    "```",
    m.memory,
    "```",
    "",
    END,
  ].join("\n");
}

export async function updateMarkdown(path: string, results: Results): Promise<void> {
  const text = await readFile(path, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has no ${START} … ${END} block`);
  const updated = text.slice(0, start) + renderBlock(results) + text.slice(end + END.length);
  await writeFile(path, await format(updated, { parser: "markdown", printWidth: 100 }));
}

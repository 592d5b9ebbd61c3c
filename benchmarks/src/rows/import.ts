// Node cold import: wall time (process.hrtime around spawn → exit) of a `node` process that only
// imports the package (src/imports/*.mjs), against a bare `node` process running an empty
// module. The processes take turns, round after round, so load from elsewhere hits all alike.
import { join } from "node:path";
import type { Mode } from "../modes.js";
import { notJudged } from "../modes.js";
import { benchDir, bin } from "../paths.js";
import { timeProcess } from "../proc.js";
import type { Cell, Column, Row } from "../row.js";
import { summarize } from "../stats.js";

const FILES: Partial<Record<Column, string>> = {
  ours: "ours.mjs",
  floor: "bare.mjs",
  "orq-ai": "orq-ai.mjs",
  openai: "openai.mjs",
  "openapi-fetch": "openapi-fetch.mjs",
};

export async function importRows(mode: Mode): Promise<Row[]> {
  const columns = Object.keys(FILES) as Column[];
  const samples = new Map<Column, number[]>(columns.map((c) => [c, []]));
  for (let round = 0; round < mode.warmUps + mode.importRuns; round++) {
    for (const column of columns) {
      const ms = await timeProcess(bin.node, [join(benchDir, "src/imports", FILES[column]!)]);
      if (round >= mode.warmUps) samples.get(column)!.push(ms);
    }
  }
  const cells: Partial<Record<Column, Cell>> = { fetch: { note: "built in" } };
  for (const column of columns) cells[column] = { summary: summarize(samples.get(column)!) };
  return [
    {
      id: "import",
      figure: "Node cold import (ESM), wall time of the process",
      floor: "a bare `node` process",
      ...(notJudged(mode) ? { notJudged: notJudged(mode) } : {}),
      unit: "ms",
      better: "lower",
      cells,
      target: { op: "<=", value: 1.15, of: "floor" },
    },
  ];
}

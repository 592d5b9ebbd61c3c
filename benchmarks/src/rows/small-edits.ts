// Small edits: a 1 KB image, `count` requests one after another and with `inFlight` at once,
// each client in its own `node` process (child/small-edits.mjs, timed inside after a warm-up).
// Requests per second against the platform's fetch + FormData (the floor). Clients take turns.
import { join } from "node:path";
import type { Mode } from "../modes.js";
import { notJudged } from "../modes.js";
import { benchDir, bin } from "../paths.js";
import { runReporting } from "../proc.js";
import type { Cell, Column, Row } from "../row.js";
import type { Sink } from "../sink.js";
import { summarize } from "../stats.js";

const CLIENTS: Partial<Record<Column, string>> = {
  ours: "ours",
  floor: "fetch",
  "orq-ai": "orq-ai",
  openai: "openai",
  "openapi-fetch": "openapi-fetch",
};

export async function smallEditRows(mode: Mode, sink: Sink): Promise<Row[]> {
  const { count, warmUp } = mode.small;
  const rows: Row[] = [];
  for (const inFlight of [1, mode.small.inFlight]) {
    const samples = new Map<Column, number[]>();
    for (let round = 0; round < mode.warmUps + mode.runs; round++) {
      for (const [column, client] of Object.entries(CLIENTS) as [Column, string][]) {
        const before = await sink.stats();
        const { output } = await runReporting(bin.node, [
          join(benchDir, "src/child/small-edits.mjs"),
          client,
          sink.url,
          String(count),
          String(inFlight),
          String(warmUp),
        ]);
        if (typeof output.error === "string") throw new Error(`${client}: ${output.error}`);
        const after = await sink.stats();
        if (after.requests - before.requests !== count + warmUp)
          throw new Error(`${client}: the sink got ${after.requests - before.requests} requests`);
        if (round < mode.warmUps) continue;
        samples.set(column, [...(samples.get(column) ?? []), output.perSecond as number]);
      }
    }
    const cells: Partial<Record<Column, Cell>> = { fetch: { note: "is the floor" } };
    for (const [column, s] of samples) cells[column] = { summary: summarize(s) };
    rows.push({
      id: inFlight === 1 ? "small-sequential" : "small-concurrent",
      figure:
        inFlight === 1
          ? `Small edits (1 KB image), ${count} one after another`
          : `Small edits (1 KB image), ${count} with ${inFlight} in flight`,
      floor: "`fetch` + `FormData`",
      unit: "req/s",
      better: "higher",
      cells,
      target: { op: ">=", value: 0.9, of: "floor" },
      ...(notJudged(mode) ? { notJudged: notJudged(mode) } : {}),
    });
  }
  return rows;
}

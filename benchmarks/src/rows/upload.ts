// Upload from disk: 1 and 4 images of the mode's size (50 MB in full and quick runs) in one
// request to the sink, each client in its own `node` process (child/upload.mjs). Peak RSS of
// the client process (VmHWM, see rss.ts) and throughput (file bytes ÷ the request's time, timed
// inside the child after a small warm-up upload). Clients take turns, round after round.
import { join } from "node:path";
import type { Mode } from "../modes.js";
import { notJudged } from "../modes.js";
import { benchDir, bin } from "../paths.js";
import { runReporting } from "../proc.js";
import type { Cell, Column, Row } from "../row.js";
import type { Sink } from "../sink.js";
import { summarize } from "../stats.js";
import type { WorkDir } from "../workdir.js";

/** The client module (src/clients) behind each column. */
const CLIENTS: Partial<Record<Column, string>> = {
  ours: "ours",
  floor: "floor-http",
  fetch: "fetch",
  "orq-ai": "orq-ai",
  openai: "openai",
  "openapi-fetch": "openapi-fetch",
};

const MB = 1e6;

interface Runs {
  rss: number[];
  throughput: number[];
  error?: string;
}

export async function uploadRows(mode: Mode, sink: Sink, work: WorkDir): Promise<Row[]> {
  const rows: Row[] = [];
  for (const count of [1, 4]) {
    const files = work.big.slice(0, count);
    const bytes = count * mode.uploadBytes;
    const runs = new Map<Column, Runs>();
    for (let round = 0; round < mode.warmUps + mode.runs; round++) {
      for (const [column, client] of Object.entries(CLIENTS) as [Column, string][]) {
        const r = runs.get(column) ?? { rss: [], throughput: [] };
        runs.set(column, r);
        if (r.error) continue;
        const before = await sink.stats();
        const { output, peakRss } = await runReporting(bin.node, [
          join(benchDir, "src/child/upload.mjs"),
          client,
          sink.url,
          work.small,
          ...files,
        ]);
        if (typeof output.error === "string") {
          r.error = output.error;
          continue;
        }
        const after = await sink.stats();
        if (after.bytes - before.bytes < bytes)
          throw new Error(`${client}: the sink got ${after.bytes - before.bytes} B, not ${bytes}`);
        if (round < mode.warmUps) continue;
        r.rss.push(peakRss! / MB);
        r.throughput.push(bytes / MB / ((output.ms as number) / 1000));
      }
    }
    const size = `${count} × ${mode.uploadBytes / MB} MB`;
    const cellsOf = (pick: (r: Runs) => number[]) => {
      const cells: Partial<Record<Column, Cell>> = {};
      for (const [column, r] of runs)
        cells[column] = r.error
          ? { note: refusal(count, r.error) }
          : { summary: summarize(pick(r)) };
      return cells;
    };
    const common = {
      floor: "`node:http` piping the multipart body from disk",
      ...(notJudged(mode) ? { notJudged: notJudged(mode) } : {}),
    };
    rows.push(
      {
        id: `upload-${count}-rss`,
        figure: `Upload ${size} from disk: peak RSS of the client`,
        unit: "MB",
        better: "lower",
        cells: cellsOf((r) => r.rss),
        target: { op: "<=", value: 80, of: "value" },
        ...common,
      },
      {
        id: `upload-${count}-throughput`,
        figure: `Upload ${size} from disk: throughput`,
        unit: "MB/s",
        better: "higher",
        cells: cellsOf((r) => r.throughput),
        target: { op: ">=", value: 0.95, of: "floor" },
        ...common,
      },
    );
  }
  return rows;
}

/** What a client said instead of uploading (the official SDK's `image` takes one file). */
function refusal(count: number, error: string): string {
  const short = error.replace(/: \[.*$/, "").slice(0, 80);
  return /validation/i.test(error) ? `refuses ${count} images (${short})` : `failed: ${short}`;
}

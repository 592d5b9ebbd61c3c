// The same uploads from disk on Deno: @orq-sdk/deno (fileFromPath) and the floor (Deno's fetch
// with a multipart body streamed by hand from Deno.open) in their own `deno run` (deno/upload.ts),
// peak RSS of the deno process (VmHWM, see rss.ts). The peers are Node packages and are not run
// on Deno.
import { join } from "node:path";
import type { Mode } from "../modes.js";
import { notJudged } from "../modes.js";
import { benchDir, bin } from "../paths.js";
import { runReporting } from "../proc.js";
import type { Cell, Column, Row } from "../row.js";
import type { Sink } from "../sink.js";
import { summarize } from "../stats.js";
import type { WorkDir } from "../workdir.js";

const MB = 1e6;
const MODES = { ours: "ours", floor: "floor" } as const;

export async function denoRows(mode: Mode, sink: Sink, work: WorkDir): Promise<Row[]> {
  const denoDir = join(benchDir, "src/deno");
  const rows: Row[] = [];
  for (const count of [1, 4]) {
    const files = work.big.slice(0, count);
    const samples: Record<keyof typeof MODES, number[]> = { ours: [], floor: [] };
    for (let round = 0; round < mode.warmUps + mode.runs; round++) {
      for (const column of Object.keys(MODES) as (keyof typeof MODES)[]) {
        const before = await sink.stats();
        const { output, peakRss } = await runReporting(
          bin.deno,
          [
            "run",
            "--no-prompt",
            "--config=deno.json",
            "--allow-net=127.0.0.1",
            "--allow-read",
            "--allow-env=BENCH_HOLD",
            "upload.ts",
            column,
            sink.url,
            work.small,
            ...files,
          ],
          { cwd: denoDir, env: { DENO_NO_UPDATE_CHECK: "1" } },
        );
        if (typeof output.error === "string") throw new Error(`deno ${column}: ${output.error}`);
        const got = (await sink.stats()).bytes - before.bytes;
        if (got < count * mode.uploadBytes)
          throw new Error(`deno ${column}: the sink got ${got} B`);
        if (round >= mode.warmUps) samples[column].push(peakRss! / MB);
      }
    }
    const notOnDeno = { note: "not run on Deno" };
    const cells: Partial<Record<Column, Cell>> = {
      ours: { summary: summarize(samples.ours) },
      floor: { summary: summarize(samples.floor) },
      fetch: notOnDeno,
      "orq-ai": notOnDeno,
      openai: notOnDeno,
      "openapi-fetch": notOnDeno,
    };
    rows.push({
      id: `deno-${count}-rss`,
      figure: `Deno: upload ${count} × ${mode.uploadBytes / MB} MB from disk, peak RSS of deno`,
      floor: "Deno's `fetch`, multipart body streamed from disk",
      unit: "MB",
      better: "lower",
      cells,
      target: { op: "<=", value: 80, of: "value" },
      ...(notJudged(mode) ? { notJudged: notJudged(mode) } : {}),
    });
  }
  return rows;
}

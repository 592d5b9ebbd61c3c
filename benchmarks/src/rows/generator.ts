// The generator: wall time of `pnpm generate --spec <file> --out <dir>` as pnpm runs it (`node
// scripts/run.mjs generate/cli.ts`; pnpm's own start-up left out), for our spec and for the whole
// published orq spec (read from ../shared, written to the scratch folder). The floor is
// openapi-typescript (types only, what openapi-fetch users generate) on the same spec. The
// peers' generators (Speakeasy for @orq-ai/node, Stainless for openai) are hosted services.
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join, relative } from "node:path";
import type { Mode } from "../modes.js";
import { bin, fullSpec, ourSpec, repoDir } from "../paths.js";
import { timeProcess } from "../proc.js";
import type { Cell, Row } from "../row.js";
import { summarize } from "../stats.js";
import type { WorkDir } from "../workdir.js";

/** Where the last run of each generator wrote, for the typecheck rows. */
export interface Generated {
  ours?: string;
  floor?: string;
  /** Why the spec was not generated, for the rows that would have used it. */
  skipped?: string;
}

const hosted = { note: "hosted generator, not run" };
const FULL = "Generator, the whole published orq spec (279 operations)";

async function timeGenerators(
  spec: string,
  name: string,
  runs: number,
  warmUps: number,
  work: WorkDir,
): Promise<{ ours: number[]; floor: number[]; out: Required<Omit<Generated, "skipped">> }> {
  const out = { ours: join(work.path, `gen-${name}`), floor: join(work.path, `oat-${name}`) };
  const ours: number[] = [];
  const floor: number[] = [];
  for (let round = 0; round < warmUps + runs; round++) {
    await rm(out.ours, { recursive: true, force: true });
    const a = await timeProcess(bin.node, [...bin.generator, "--spec", spec, "--out", out.ours], {
      cwd: join(repoDir, "scripts"),
    });
    await rm(out.floor, { recursive: true, force: true });
    const b = await timeProcess(bin.node, [
      bin.openapiTypescript,
      spec,
      "--output",
      join(out.floor, "paths.ts"),
    ]);
    if (round >= warmUps) {
      ours.push(a / 1000);
      floor.push(b / 1000);
    }
  }
  return { ours, floor, out };
}

/** A generator row; no samples (a skipped row) leave ours and the floor out. */
function row(id: string, figure: string, ours: number[], floor: number[]): Row {
  const cells: Record<string, Cell> = {
    ...(ours.length ? { ours: { summary: summarize(ours) } } : {}),
    ...(floor.length ? { floor: { summary: summarize(floor) } } : {}),
    fetch: { note: "–" },
    "orq-ai": hosted,
    openai: hosted,
    "openapi-fetch": { note: "uses the floor's types" },
  };
  return { id, figure, floor: "openapi-typescript, same spec", unit: "s", better: "lower", cells };
}

export async function generatorRows(
  mode: Mode,
  work: WorkDir,
): Promise<{ rows: Row[]; generated: { small: Generated; full: Generated } }> {
  const small = await timeGenerators(ourSpec, "ours", mode.toolRuns, mode.warmUps, work);
  const rows = [
    row("generate-ours", "Generator, our spec (2 operations)", small.ours, small.floor),
  ];
  const target = { op: "<=", value: 3, of: "value" } as const;
  // The spec is read from beside the repository, never copied into it: a clone without it
  // gets the row marked as skipped, not a crash that loses every other row.
  const why =
    mode.fullSpecRuns === 0
      ? `skipped in --${mode.name}`
      : !existsSync(fullSpec)
        ? `skipped: no spec at ${relative(repoDir, fullSpec)}`
        : undefined;
  if (why) {
    rows.push({
      ...row("generate-full", FULL, [], []),
      cells: { ours: { note: why } },
      target,
      notJudged: mode.fullSpecRuns === 0 ? `--${mode.name}` : "no spec",
    });
    return { rows, generated: { small: small.out, full: { skipped: why } } };
  }
  const warmUps = mode.fullSpecRuns > 1 ? mode.warmUps : 0;
  const full = await timeGenerators(fullSpec, "full", mode.fullSpecRuns, warmUps, work);
  rows.push({ ...row("generate-full", FULL, full.ours, full.floor), target });
  return { rows, generated: { small: small.out, full: full.out } };
}

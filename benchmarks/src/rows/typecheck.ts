// tsc --noEmit of a program that types one image edit (src/typed): wall time of the process.
// Through each package (our spec's generated types, as shipped in @orq-sdk/node), and with the
// whole published spec's generated code (the generator rows' output). The floor is openapi-fetch
// with openapi-typescript's types for the same spec. Options: --strict --skipLibCheck, bundler
// resolution, DOM and Node types.
import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import type { Mode } from "../modes.js";
import { benchDir, bin } from "../paths.js";
import { timeProcess } from "../proc.js";
import type { Cell, Column, Row } from "../row.js";
import { summarize } from "../stats.js";
import type { WorkDir } from "../workdir.js";
import type { Generated } from "./generator.js";

const TSC_OPTIONS = [
  "--noEmit",
  "--strict",
  "--skipLibCheck",
  ...["--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler"],
  ...["--lib", "es2022,dom,dom.iterable", "--types", "node"],
];

/** Copies src/typed/<name> to <dir>/<as> and returns the path. */
async function place(name: string, dir: string, as = name): Promise<string> {
  const to = join(dir, as);
  await copyFile(join(benchDir, "src/typed", name), to);
  return to;
}

/** Times tsc on each program, taking turns round after round. */
async function timeTsc(
  programs: Partial<Record<Column, string>>,
  runs: number,
  warmUps: number,
): Promise<Partial<Record<Column, Cell>>> {
  const samples = new Map<Column, number[]>();
  for (let round = 0; round < warmUps + runs; round++) {
    for (const [column, file] of Object.entries(programs) as [Column, string][]) {
      const ms = await timeProcess(bin.node, [bin.tsc, ...TSC_OPTIONS, file]);
      if (round >= warmUps) samples.set(column, [...(samples.get(column) ?? []), ms / 1000]);
    }
  }
  const cells: Partial<Record<Column, Cell>> = {};
  for (const [column, s] of samples) cells[column] = { summary: summarize(s) };
  return cells;
}

export async function typecheckRows(
  mode: Mode,
  work: WorkDir,
  generated: { small: Generated; full: Generated },
): Promise<Row[]> {
  const base = {
    floor: "openapi-fetch + openapi-typescript's types",
    unit: "s" as const,
    better: "lower" as const,
  };
  const packages = await timeTsc(
    {
      ours: await place("ours.ts", work.path),
      floor: await place("floor.ts", generated.small.floor!, "use.ts"),
      "orq-ai": await place("orq-ai.ts", work.path),
      openai: await place("openai.ts", work.path),
    },
    mode.toolRuns,
    mode.warmUps,
  );
  const rows: Row[] = [
    {
      id: "tsc-package",
      figure: "tsc --noEmit, one typed image edit through the package",
      cells: {
        ...packages,
        fetch: { note: "untyped" },
        "openapi-fetch": { note: "is the floor" },
      },
      ...base,
    },
  ];
  const full: Partial<Record<Column, Cell>> = { fetch: { note: "untyped" } };
  if (generated.full.ours && generated.full.floor) {
    Object.assign(
      full,
      await timeTsc(
        {
          ours: await place("generated.ts", generated.full.ours, "use.ts"),
          floor: await place("floor.ts", generated.full.floor, "use.ts"),
        },
        mode.fullSpecRuns,
        mode.fullSpecRuns > 1 ? mode.warmUps : 0,
      ),
    );
  } else full.ours = { note: generated.full.skipped ?? `skipped in --${mode.name}` };
  rows.push({
    id: "tsc-full",
    figure: "tsc --noEmit, one typed image edit with the whole spec's generated code",
    cells: {
      ...full,
      "orq-ai": { note: "the whole API: see the row above" },
      openai: { note: "another API" },
      "openapi-fetch": { note: "is the floor" },
    },
    ...base,
  });
  return rows;
}

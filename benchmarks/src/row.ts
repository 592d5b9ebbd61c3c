import type { Summary } from "./stats.js";

/** The table's columns: ours, the floor (the platform with no SDK), then the others. */
export const COLUMNS = ["ours", "floor", "fetch", "orq-ai", "openai", "openapi-fetch"] as const;
export type Column = (typeof COLUMNS)[number];

export const COLUMN_TITLES: Record<Column, string> = {
  ours: "ours",
  floor: "floor (no SDK)",
  fetch: "fetch + FormData",
  "orq-ai": "@orq-ai/node",
  openai: "openai",
  "openapi-fetch": "openapi-fetch",
};

export type Unit = "B" | "ms" | "s" | "MB" | "MB/s" | "req/s";

/** A measured figure, or why there is none ("refuses 4 images", "is the floor", …). */
export type Cell = { summary: Summary } | { note: string };

/** A target on ours: a figure (`≤ 6000 B`) or a ratio to the floor (`≤ 1.15 × floor`). */
export interface Target {
  op: "<=" | ">=";
  value: number;
  of: "value" | "floor";
}

export interface Row {
  id: string;
  figure: string;
  /** What the floor is in this row. */
  floor: string;
  unit: Unit;
  better: "lower" | "higher";
  cells: Partial<Record<Column, Cell>>;
  target?: Target;
  /** Why the target is not judged (e.g. sizes too small in --smoke). */
  notJudged?: string;
}

export const measured = (cell: Cell | undefined): Summary | undefined =>
  cell && "summary" in cell ? cell.summary : undefined;

/** ours ÷ that column, medians; `undefined` when either is missing. */
export function ratio(row: Row, column: Column): number | undefined {
  const ours = measured(row.cells.ours);
  const theirs = measured(row.cells[column]);
  if (!ours || !theirs || theirs.median === 0) return undefined;
  return ours.median / theirs.median;
}

export type Verdict = "met" | "missed" | "not judged" | "no target";

export function verdict(row: Row): Verdict {
  if (!row.target) return "no target";
  if (row.notJudged) return "not judged";
  const actual = row.target.of === "floor" ? ratio(row, "floor") : measured(row.cells.ours)?.median;
  if (actual === undefined) return "not judged";
  const ok = row.target.op === "<=" ? actual <= row.target.value : actual >= row.target.value;
  return ok ? "met" : "missed";
}

import {
  COLUMN_TITLES,
  COLUMNS,
  measured,
  ratio,
  verdict,
  type Cell,
  type Row,
  type Unit,
} from "./row.js";
import type { Summary } from "./stats.js";

const DIGITS: Record<Unit, number> = { B: 0, ms: 0, s: 2, MB: 1, "MB/s": 0, "req/s": 0 };

export function formatValue(value: number, unit: Unit): string {
  const digits = unit === "ms" && value < 100 ? 1 : DIGITS[unit];
  const text = value.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${text} ${unit}`;
}

function formatSummary(s: Summary, unit: Unit): string {
  const value = formatValue(s.median, unit);
  if (s.samples.length < 2) return value;
  const range = `${formatValue(s.min, unit).split(" ")[0]}–${formatValue(s.max, unit).split(" ")[0]}`;
  return `${value} [${range}]`;
}

export function formatRatio(r: number): string {
  return `${r >= 0.1 ? r.toFixed(2) : r.toPrecision(2)}×`;
}

function formatCell(row: Row, column: (typeof COLUMNS)[number], cell: Cell | undefined): string {
  if (!cell) return "–";
  if ("note" in cell) return cell.note;
  const text = formatSummary(cell.summary, row.unit);
  const r = column === "ours" ? undefined : ratio(row, column);
  return r === undefined ? text : `${text} → ${formatRatio(r)}`;
}

function formatTarget(row: Row): string {
  const t = row.target;
  if (!t) return "–";
  const op = t.op === "<=" ? "≤" : "≥";
  return t.of === "floor" ? `${op} ${t.value} × floor` : `${op} ${formatValue(t.value, row.unit)}`;
}

function formatVerdict(row: Row): string {
  const v = verdict(row);
  if (v === "met") return "✅ met";
  if (v === "missed") return "❌ **missed**";
  if (v === "not judged") return `not judged${row.notJudged ? ` (${row.notJudged})` : ""}`;
  return "–";
}

const escape = (text: string) => text.replace(/\|/g, "\\|");

/** The results as one Markdown table (prettier aligns it). */
export function renderTable(rows: readonly Row[]): string {
  const header = ["figure", ...COLUMNS.map((c) => COLUMN_TITLES[c]), "target", "result"];
  const lines = [header, header.map(() => "---")];
  for (const row of rows) {
    const arrow = row.better === "lower" ? "↓" : "↑";
    lines.push([
      `${row.figure} ${arrow} (floor: ${row.floor})`,
      ...COLUMNS.map((c) => formatCell(row, c, row.cells[c])),
      formatTarget(row),
      formatVerdict(row),
    ]);
  }
  return lines.map((cells) => `| ${cells.map(escape).join(" | ")} |`).join("\n");
}

/** Every missed target in one line each, with the figure it was judged on. */
export function renderMisses(rows: readonly Row[]): string {
  const missed = rows.filter((row) => verdict(row) === "missed");
  if (missed.length === 0) return "Every judged target was met.";
  const lines = missed.map((row) => {
    const ours = measured(row.cells.ours)!;
    const judged =
      row.target!.of === "floor"
        ? `ours is ${formatRatio(ratio(row, "floor")!)} the floor (${formatValue(ours.median, row.unit)})`
        : `ours is ${formatValue(ours.median, row.unit)}`;
    return `- ${row.figure}: ${judged}; the target is ${formatTarget(row)}.`;
  });
  return ["Targets missed in this run:", "", ...lines].join("\n");
}

export const LEGEND =
  "Each figure is the median of the counted runs, [min–max] when there were several. " +
  "`→ r×` is ours ÷ that column (medians): below 1 is ours smaller, above 1 ours larger. " +
  "↓ lower is better, ↑ higher is better. The ratio targets compare with the floor.";

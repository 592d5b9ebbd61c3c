import { describe, expect, it } from "vitest";
import { ratio, verdict, type Row } from "../src/row.js";
import { summarize } from "../src/stats.js";
import { formatRatio, renderMisses, renderTable } from "../src/table.js";

const row = (ours: number[], floor: number[], extra: Partial<Row> = {}): Row => ({
  id: "r",
  figure: "figure",
  floor: "the floor",
  unit: "MB",
  better: "lower",
  cells: { ours: { summary: summarize(ours) }, floor: { summary: summarize(floor) } },
  ...extra,
});

describe("statistics and verdicts", () => {
  it("takes the median, min and max of the runs", () => {
    expect(summarize([5, 1, 3])).toMatchObject({ median: 3, min: 1, max: 5 });
    expect(summarize([4, 1, 3, 2])).toMatchObject({ median: 2.5, min: 1, max: 4 });
  });

  it("compares medians with the floor and judges the target", () => {
    const r = row([90, 100, 110], [40, 50, 60], { target: { op: "<=", value: 80, of: "value" } });
    expect(ratio(r, "floor")).toBe(2);
    expect(verdict(r)).toBe("missed");
    expect(verdict({ ...r, target: { op: "<=", value: 2, of: "floor" } })).toBe("met");
    expect(verdict({ ...r, notJudged: "--smoke" })).toBe("not judged");
    expect(verdict({ ...r, target: undefined })).toBe("no target");
  });

  it("prints a missed target plainly, with the ranges and ratios", () => {
    const r = row([90, 100, 110], [40, 50, 60], { target: { op: "<=", value: 80, of: "value" } });
    r.cells["orq-ai"] = { note: "refuses 4 images" };
    const table = renderTable([r]);
    expect(table).toContain("100.0 MB [90.0–110.0]");
    expect(table).toContain("50.0 MB [40.0–60.0] → 2.00×");
    expect(table).toContain("refuses 4 images");
    expect(table).toContain("≤ 80.0 MB");
    expect(table).toContain("❌ **missed**");
    expect(formatRatio(0.0234)).toBe("0.023×");
  });

  it("lists every missed target under the table", () => {
    const missed = row([120], [100], { target: { op: "<=", value: 1.15, of: "floor" } });
    const met = row([70], [60], { id: "m", target: { op: "<=", value: 80, of: "value" } });
    expect(renderMisses([missed, met])).toBe(
      "Targets missed in this run:\n\n- figure: ours is 1.20× the floor (120.0 MB); the target is ≤ 1.15 × floor.",
    );
    expect(renderMisses([met])).toBe("Every judged target was met.");
  });
});

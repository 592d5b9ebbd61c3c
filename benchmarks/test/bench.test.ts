// Proves the harness works: `pnpm bench --smoke` (tiny sizes, one run each) measures every row,
// prints the table and writes the results. Turbo builds the packages before this test runs.
import { execFile } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { benchDir } from "../src/paths.js";
import type { Row } from "../src/row.js";

const tsx = createRequire(join(benchDir, "package.json")).resolve("tsx/cli");

it("bench --smoke measures every row, prints the table and writes results", async () => {
  const out = join(tmpdir(), `orq-bench-test-${process.pid}.json`);
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [tsx, "src/run.ts", "--smoke", "--skip-build", "--out", out],
      { cwd: benchDir, timeout: 400_000, maxBuffer: 10_000_000 },
    );
    const results = JSON.parse(await readFile(out, "utf8")) as { rows: Row[] };
    const byId = new Map(results.rows.map((r) => [r.id, r]));
    expect([...byId.keys()]).toEqual([
      "bundle-standalone",
      "bundle-client",
      "import",
      "upload-1-rss",
      "upload-1-throughput",
      "upload-4-rss",
      "upload-4-throughput",
      "small-sequential",
      "small-concurrent",
      "deno-1-rss",
      "deno-4-rss",
      "generate-ours",
      "generate-full",
      "tsc-package",
      "tsc-full",
    ]);
    // Every row has a figure for us, except the whole-spec ones that --smoke skips.
    for (const row of results.rows) {
      if (row.id.endsWith("-full")) expect(row.cells.ours).toEqual({ note: "skipped in --smoke" });
      else expect(row.cells.ours, row.id).toHaveProperty("summary.median");
    }
    // Peak RSS is the OS's figure: a Node process is never below ~20 MB.
    const rss = byId.get("upload-4-rss")!;
    expect(rss.cells.ours).toHaveProperty("summary.median", expect.any(Number));
    expect((rss.cells.ours as { summary: { median: number } }).summary.median).toBeGreaterThan(20);
    expect(rss.cells["orq-ai"]).toEqual({ note: expect.stringMatching(/^refuses 4 images/) });
    expect(stdout).toMatch(/^\| figure +\| ours +\|/m);
    expect(stdout).toContain("not judged (--smoke)");
  } finally {
    await rm(out, { force: true });
  }
});

// Browser bundle for one image edit: the same tiny app (src/apps) for each library, bundled as
// `esbuild --bundle --minify --format=esm --platform=browser` (es2022, as the browser package's
// size test does), then gzip -9. Deterministic: one build each.
import { build } from "esbuild";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { benchDir } from "../paths.js";
import type { Cell, Column, Row } from "../row.js";
import { summarize } from "../stats.js";

async function gzippedBundle(app: string): Promise<Cell> {
  try {
    const result = await build({
      entryPoints: [join(benchDir, "src/apps", app)],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      logLevel: "silent",
    });
    const bytes = result.outputFiles[0]!.contents;
    return { summary: summarize([gzipSync(bytes, { level: 9 }).byteLength]) };
  } catch (error) {
    return { note: `does not bundle: ${(error as Error).message.split("\n")[0]}` };
  }
}

async function bundleRow(
  id: string,
  figure: string,
  apps: Record<"ours" | "orq-ai", string>,
): Promise<Row> {
  const floor = await gzippedBundle("openapi-fetch.js");
  const cells: Partial<Record<Column, Cell>> = {
    ours: await gzippedBundle(apps.ours),
    floor,
    fetch: await gzippedBundle("fetch.js"),
    "orq-ai": await gzippedBundle(apps["orq-ai"]),
    openai: await gzippedBundle("openai.js"),
    "openapi-fetch": { note: "is the floor" },
  };
  return {
    id,
    figure,
    floor: "openapi-fetch alone",
    unit: "B",
    better: "lower",
    cells,
    ...(id === "bundle-standalone" ? { target: { op: "<=", value: 6_000, of: "value" } } : {}),
  };
}

export async function bundleRows(): Promise<Row[]> {
  return [
    await bundleRow(
      "bundle-standalone",
      "Browser bundle, one image edit (standalone function), gzip -9",
      { ours: "ours.standalone.js", "orq-ai": "orq-ai.standalone.js" },
    ),
    await bundleRow("bundle-client", "Browser bundle, one image edit (client class), gzip -9", {
      ours: "ours.client.js",
      "orq-ai": "orq-ai.client.js",
    }),
  ];
}

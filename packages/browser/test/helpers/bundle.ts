import { decode } from "@jridgewell/sourcemap-codec";
import { build, type Metafile, type Plugin } from "esbuild";
import { builtinModules } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
export const packageDir = join(here, "../..");
const repoDir = join(packageDir, "../..");

/** The smallest useful app: pick a picture, send one image edit, show the result. */
export const MINIMAL_EDIT_APP = `
import { OrqCore, routerImagesEditsCreate, objectURLFromB64 } from "@orq-sdk/browser";

const orq = new OrqCore({ serverURL: "/api/orq" });
const input = document.querySelector("input[type=file]");
input.addEventListener("change", async () => {
  const result = await routerImagesEditsCreate(orq, {
    model: "openai/gpt-image-1",
    prompt: "Give the otter a tiny hat",
    image: input.files,
    responseFormat: "b64_json",
  });
  if (result.ok) document.querySelector("img").src = objectURLFromB64(result.value.data[0].b64Json);
  else document.body.append(result.error.message);
});
`;

/** The same with the \`Orq\` client, which holds every operation (for comparison). */
export const ORQ_CLIENT_EDIT_APP = `
import { Orq, objectURLFromB64 } from "@orq-sdk/browser";

const orq = new Orq({ serverURL: "/api/orq" });
const input = document.querySelector("input[type=file]");
input.addEventListener("change", async () => {
  try {
    const result = await orq.router.images.edits.create({
      model: "openai/gpt-image-1",
      prompt: "Give the otter a tiny hat",
      image: input.files,
      responseFormat: "b64_json",
    });
    document.querySelector("img").src = objectURLFromB64(result.data[0].b64Json);
  } catch (error) {
    document.body.append(error.message);
  }
});
`;

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/**
 * Fails the build on any import of a Node built-in (`node:fs`, `buffer`, `stream`, …), the way a
 * bundler that adds no polyfills would, and records each one with its importer.
 */
function noNodeBuiltins(found: string[]): Plugin {
  return {
    name: "no-node-builtins",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (!args.path.startsWith("node:") && !NODE_BUILTINS.has(args.path)) return undefined;
        found.push(`${args.path} (imported by ${relative(repoDir, args.importer)})`);
        return { errors: [{ text: `Node built-in "${args.path}" in a browser bundle` }] };
      });
    },
  };
}

export interface BundleReport {
  code: string;
  minified: number;
  gzip: number;
  brotli: number;
  metafile: Metafile;
  /** The output's source map (esbuild's, through the packages' own maps to their sources). */
  sourceMap: { sources: string[]; mappings: string };
  nodeImports: string[];
}

/**
 * Bundles `code` for the browser as an app's bundler would (`esbuild --bundle --minify
 * --format=esm --platform=browser`). `from: "dist"` resolves the packages' published builds
 * (what users get); `from: "src"` their sources, so the metafile tells modules apart.
 */
export async function bundleApp(
  code: string,
  from: "dist" | "src" = "dist",
): Promise<BundleReport> {
  const nodeImports: string[] = [];
  const result = await build({
    stdin: { contents: code, resolveDir: packageDir, loader: "js", sourcefile: "app.js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    // A map without the comment that points at it, so the measured bytes are the app's alone.
    // esbuild follows the dist files' own maps, so it names the packages' source modules.
    sourcemap: "external",
    outdir: "out",
    logLevel: "silent",
    plugins: [noNodeBuiltins(nodeImports)],
    alias:
      from === "src"
        ? {
            "@orq-sdk/browser": join(packageDir, "src/generated/index.ts"),
            "@orq-sdk/core": join(repoDir, "packages/core/src/index.ts"),
          }
        : {},
  }).catch((error: unknown) => {
    if (nodeImports.length)
      throw new Error(`Node built-ins in the bundle: ${nodeImports.join(", ")}`);
    throw error;
  });
  const output = result.outputFiles!.find((file) => file.path.endsWith(".js"))!;
  const map = result.outputFiles!.find((file) => file.path.endsWith(".js.map"))!;
  const bytes = output.contents;
  return {
    code: output.text,
    minified: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).byteLength,
    metafile: result.metafile!,
    sourceMap: JSON.parse(map.text) as BundleReport["sourceMap"],
    nodeImports,
  };
}

const encoder = new TextEncoder();

/**
 * Minified bytes per source module, largest first, with paths from the repository root. Read
 * from the bundle's source map, so it is the bundle that was measured: each byte of the output
 * counts for the module its mapping points into (a bundle of the sources instead would hold
 * what only the published build shakes away, such as code behind a spec's `uses…` constants).
 */
export function modulesBySize(report: BundleReport): { module: string; bytes: number }[] {
  const { sources, mappings } = report.sourceMap;
  // Each line with its own line break, so that the counts add up to the bundle's bytes.
  const lines = report.code.split(/(?<=\n)/);
  const bytes = new Map<string, number>();
  const count = (source: number | undefined, text: string) => {
    const module = source === undefined ? "(no source: the bundler's own glue)" : sources[source]!;
    bytes.set(module, (bytes.get(module) ?? 0) + encoder.encode(text).byteLength);
  };
  const segmentsByLine = decode(mappings);
  lines.forEach((line, index) => {
    let column = 0;
    let source: number | undefined;
    for (const [next, nextSource] of segmentsByLine[index] ?? []) {
      count(source, line.slice(column, next));
      column = next;
      source = nextSource;
    }
    count(source, line.slice(column));
  });
  return [...bytes]
    .map(([path, size]) => ({
      module: path
        .replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, "node_modules/")
        .replace(/^(\.\.\/)+/, "")
        .replace(/^(?=src\/|test\/)/, "browser/"),
      bytes: size,
    }))
    .filter((m) => m.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}

/** The breakdown as a table, each module's share of the gzip figure estimated by its share of the minified bytes. */
export function formatReport(title: string, report: BundleReport): string {
  const lines = [
    `${title}: ${report.minified} B minified, ${report.gzip} B gzipped (${(report.gzip / 1024).toFixed(2)} KiB), ${report.brotli} B brotli`,
    "  per source module (from the bundle's source map):",
    ...modulesBySize(report).map(
      (m) =>
        `  ${String(m.bytes).padStart(6)} B min  ~${String(Math.round((m.bytes / report.minified) * report.gzip)).padStart(5)} B gz  ${m.module}`,
    ),
  ];
  return lines.join("\n");
}

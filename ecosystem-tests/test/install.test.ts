import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { describeRun, run, userEnv, type RunResult } from "../src/exec.js";
import { npmPackages, repoRoot } from "../src/packages.js";
import { seedExamples, typescriptVersions } from "../src/project.js";
import {
  firstTypeScriptBlock,
  knownBrokenReadmeExamples,
  pointAtMock,
  readmeExampleFiles,
  readmes,
} from "../src/readme-examples.js";
import { ensureRuntime, runtimes, type Runtime, type RuntimeSpec } from "../src/runtimes.js";
import {
  currentSupportTable,
  readmePath,
  renderSupportTable,
  writeResults,
  type Results,
} from "../src/support-table.js";

const { projectDir: dir, packMs, installMs } = inject("ecosystem");
const timings: Record<string, number> = { "pnpm pack": packMs, "npm install": installMs };
const results: Results = { packages: [], runtimes: [], typescript: [], notes: [] };
/** Records why a run failed, for the README's notes: its error lines, without local paths. */
function note(context: string, output: string): void {
  const lines = output
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => /error TS\d+|Error\b|AssertionError/.test(l))
    .map((l) =>
      l
        .replace(/^.*?node_modules\//, "")
        .replace(/\(\d+,\d+\)/, "")
        .replace(/\/tmp\/[^\s)]+/g, "…"),
    );
  const text = `${context}: ${[...new Set(lines)].slice(0, 3).join("; ") || "failed (see the test output)"}`;
  if (!results.notes.includes(text)) results.notes.push(text);
}
// A program that printed its last line but is still running after this is hung on something.
const PROGRAM_TIMEOUT_MS = 30_000;

// --- the mock, started from the installed package's `orq-mock` bin, as a user would ---------

let cli: ChildProcess;
let cliUrl: string;
const installed: Map<string, Runtime | Error> = new Map();

beforeAll(async () => {
  const started = performance.now();
  // Every runtime at once: downloads on first use, the cache after that.
  await Promise.all(
    runtimes.map(async (spec) => {
      installed.set(spec.id, await ensureRuntime(spec).catch((e: Error) => e));
    }),
  );
  timings["runtimes from the cache or npm"] = performance.now() - started;

  cli = spawn(join(dir, "node_modules/.bin/orq-mock"), ["--port", "0", "--quiet"], {
    cwd: dir,
    env: userEnv(),
    stdio: ["ignore", "pipe", "inherit"],
  });
  cliUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("orq-mock printed no URL in 30 s")), 30_000);
    createInterface({ input: cli.stdout! }).once("line", (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    cli.once("exit", (code) => reject(new Error(`orq-mock exited with ${code}`)));
  });
  for (const { name } of npmPackages) {
    const manifest = JSON.parse(
      readFileSync(join(dir, "node_modules", name, "package.json"), "utf8"),
    ) as { version: string };
    results.packages.push({ name, version: manifest.version });
  }
});

afterAll(async () => {
  if (cli && cli.exitCode === null) {
    cli.kill("SIGTERM");
    await new Promise((resolve) => cli.once("exit", resolve));
  }
  console.log(
    "ecosystem timings:\n" +
      Object.entries(timings)
        .map(([what, ms]) => `  ${what}: ${(ms / 1000).toFixed(1)} s`)
        .join("\n"),
  );
});

function runtimeOf(spec: RuntimeSpec): Runtime {
  const runtime = installed.get(spec.id);
  if (runtime instanceof Error) throw runtime;
  if (!runtime) throw new Error(`${spec.id} was not installed`);
  return runtime;
}

function explainHang(result: RunResult): string {
  return result.timedOut && result.stdout.includes('"ok":true')
    ? `finished its work but did not exit within ${PROGRAM_TIMEOUT_MS / 1000} s: something ` +
        `(a timer, a socket, a stream) keeps the ${result.command.split(" ")[0]} event loop alive\n` +
        describeRun(result)
    : describeRun(result);
}

// --- the installed project, as npm left it ---------------------------------------------------

describe("npm install of the tarballs", () => {
  it("gives one copy of each package, with every dependency satisfied (npm ls)", async () => {
    for (const { name } of npmPackages) {
      expect(existsSync(join(dir, "node_modules", name, "dist"))).toBe(true);
    }
    // @orq-sdk/node's dependency on @orq-sdk/core is met by the one installed, not a second copy.
    expect(existsSync(join(dir, "node_modules/@orq-sdk/node/node_modules/@orq-sdk/core"))).toBe(
      false,
    );
    const ls = await run("npm", ["ls", "--all", "--json"], { cwd: dir, timeoutMs: 60_000 });
    expect(ls.code, describeRun(ls)).toBe(0);
    const tree = JSON.parse(ls.stdout) as { problems?: string[] };
    expect(tree.problems ?? []).toEqual([]);
  });

  it("installs the orq-mock bin, which serves the API", async () => {
    expect(cliUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${cliUrl}/v2/router/images/variations`, { method: "POST" });
    expect(response.status).toBe(401);
    await response.body?.cancel();
  });
});

// --- the same installed project on every runtime ---------------------------------------------

const runtimeResult = (spec: RuntimeSpec, runtime?: Runtime) => {
  let row = results.runtimes.find((r) => r.id === spec.id);
  if (!row) {
    row = {
      id: spec.id,
      label: spec.label,
      version: runtime?.version ?? "not installed",
      source: runtime?.source ?? spec.npm,
      esm: false,
      cjs: false,
      examples: false,
    };
    results.runtimes.push(row);
  }
  if (runtime) row.version = runtime.version;
  return row;
};

// Compiled once for every runtime: the seed examples as JavaScript a runtime runs as it is.
const examplesRun = join(dir, "examples-js");
beforeAll(() => {
  mkdirSync(join(examplesRun, "assets"), { recursive: true });
  cpSync(join(dir, "examples/assets/otter.png"), join(examplesRun, "assets/otter.png"));
  for (const file of seedExamples) {
    const source = readFileSync(join(dir, "examples", file), "utf8");
    writeFileSync(join(examplesRun, file.replace(/\.ts$/, ".mjs")), transpile(source));
  }
});

describe.each(runtimes.map((spec) => ({ spec, label: spec.label })))("on $label", ({ spec }) => {
  // Runs `file` from the project with this runtime; the in-process mock and the CLI's are both used.
  const runProgram = (file: string, cwd = dir, env: Record<string, string> = {}) => {
    const runtime = runtimeOf(spec);
    return run(runtime.binary, [file], {
      cwd,
      env: userEnv({ ORQ_EXTERNAL_MOCK_URL: cliUrl, ...env }),
      timeoutMs: PROGRAM_TIMEOUT_MS,
    });
  };

  it.concurrent.each(["esm.mjs", "cjs.cjs"] as const)(
    "%s: both operations against the installed mock, errors instanceof across builds",
    async (file) => {
      const row = runtimeResult(spec, installed.get(spec.id) as Runtime | undefined);
      const result = await runProgram(file);
      timings[`${spec.id} ${file}`] = result.ms;
      if (result.code !== 0) note(`${spec.label}, ${file}`, result.stderr || explainHang(result));
      expect(result.code, explainHang(result)).toBe(0);
      const last = JSON.parse(result.stdout.trim().split("\n").at(-1)!) as { ok: boolean };
      expect(last.ok).toBe(true);
      row[file === "esm.mjs" ? "esm" : "cjs"] = true;
    },
  );

  it.concurrent("the seed examples (examples/node) run against the orq-mock CLI", async () => {
    const row = runtimeResult(spec, installed.get(spec.id) as Runtime | undefined);
    let ms = 0;
    for (const file of seedExamples) {
      const result = await runProgram(file.replace(/\.ts$/, ".mjs"), examplesRun, {
        ORQ_SERVER_URL: cliUrl,
        ORQ_API_KEY: "mock-key",
      });
      ms += result.ms;
      if (result.code !== 0) note(`${spec.label}, examples/node/${file}`, result.stderr);
      expect(result.code, explainHang(result)).toBe(0);
      // The standalone example prints its failures instead of throwing.
      expect(result.stdout, describeRun(result)).not.toMatch(/failed/);
      expect(result.stdout).toMatch(/data:/);
    }
    timings[`${spec.id} seed examples`] = ms;
    row.examples = true;
  });
});

// --- types: tsc --noEmit in the installed project --------------------------------------------

describe.each(typescriptVersions.map((t) => ({ ...t })))(
  "TypeScript $range",
  ({ alias, configs }) => {
    const tsc = (project: string) =>
      run(process.execPath, [join(dir, "node_modules", alias, "bin/tsc"), "-p", project], {
        cwd: dir,
        timeoutMs: 180_000,
      });
    const row = () => {
      const version = (
        JSON.parse(readFileSync(join(dir, "node_modules", alias, "package.json"), "utf8")) as {
          version: string;
        }
      ).version;
      let found = results.typescript.find((t) => t.version === version);
      if (!found) {
        found = { version };
        for (const config of configs) found[config] = false;
        results.typescript.push(found);
      }
      return found;
    };

    it.concurrent.each([...configs])(
      "tsc --noEmit -p tsconfig.%s.json: the seed examples and typed programs compile",
      async (config) => {
        const entry = row();
        const result = await tsc(`tsconfig.${config}.json`);
        timings[`tsc ${entry.version} ${config}`] = result.ms;
        if (result.code !== 0) note(`TypeScript ${entry.version}, ${config}`, result.stdout);
        expect(result.code, describeRun(result)).toBe(0);
        entry[config] = true;
      },
    );
  },
);

// --- the README examples: type-checked as written, run against the mock ----------------------

describe("README examples", () => {
  const readmeDir = join(dir, "readme");
  let tscErrors = "";
  beforeAll(async () => {
    mkdirSync(readmeDir, { recursive: true });
    for (const name of readmeExampleFiles) {
      cpSync(join(dir, "examples/assets/otter.png"), join(readmeDir, name));
    }
    for (const { id, file } of readmes) {
      const code = firstTypeScriptBlock(file);
      if (!code) continue;
      // As written, for tsc (an ES module: top-level await is allowed); pointed at the mock, to run.
      writeFileSync(join(readmeDir, `${id}.ts`), `${code}\nexport {};\n`);
      writeFileSync(join(readmeDir, `${id}.mjs`), transpile(pointAtMock(code)));
    }
    writeFileSync(
      join(dir, "tsconfig.readme.json"),
      JSON.stringify({ extends: "./tsconfig.node16.json", include: ["readme/*.ts"] }),
    );
    const result = await run(
      process.execPath,
      [join(dir, "node_modules/ts-7/bin/tsc"), "-p", "tsconfig.readme.json"],
      { cwd: dir, timeoutMs: 180_000 },
    );
    tscErrors = result.stdout;
  });

  it.each(readmes.map((r) => ({ ...r })))(
    "$file: its first ```ts example",
    async ({ id, file }) => {
      expect(firstTypeScriptBlock(file), `${file} has no \`\`\`ts example`).toBeDefined();
      const typeErrors = tscErrors
        .split("\n")
        .filter((line) => line.startsWith(`readme/${id}.ts(`))
        .join("\n");
      const result = await run(process.execPath, [`${id}.mjs`], {
        cwd: readmeDir,
        env: userEnv({ ORQ_SERVER_URL: cliUrl, ORQ_API_KEY: "mock-key" }),
        timeoutMs: PROGRAM_TIMEOUT_MS,
      });
      const problems = [
        ...(typeErrors ? [`tsc:\n${typeErrors}`] : []),
        ...(result.code === 0 ? [] : [`run:\n${describeRun(result)}`]),
      ];
      const known = knownBrokenReadmeExamples[id];
      if (known) {
        console.log(`${file}: known not to run as written (${known}):\n${problems.join("\n")}`);
        expect(
          problems,
          `${file}'s example now compiles and runs: remove it from knownBrokenReadmeExamples`,
        ).not.toEqual([]);
      } else {
        expect(problems.join("\n\n")).toBe("");
      }
    },
  );
});

describe("the orq-mock CLI, once every program above has used it", () => {
  it("stops cleanly on SIGTERM", async () => {
    const exited = new Promise<number | null>((resolve) => cli.once("exit", resolve));
    cli.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});

// --- the README's support table is what this run saw -----------------------------------------

describe("README.md's Supported runtimes section", () => {
  it("matches this run (pnpm --filter @orq-sdk/ecosystem-tests support-table updates it)", async () => {
    // Written only when every runtime and TypeScript version ran, so a filtered run (-t) never
    // records a partial picture.
    const complete =
      results.runtimes.length === runtimes.length &&
      results.typescript.length === typescriptVersions.length;
    expect(complete, "run the whole file: some runtimes or TypeScript versions did not run").toBe(
      true,
    );
    // In the order of the lists, whichever finished first.
    results.runtimes.sort(
      (a, b) => runtimes.findIndex((r) => r.id === a.id) - runtimes.findIndex((r) => r.id === b.id),
    );
    results.typescript.sort((a, b) => a.version.localeCompare(b.version, "en", { numeric: true }));
    await writeResults(results);
    const rendered = await renderSupportTable(results);
    const current = currentSupportTable(readFileSync(readmePath, "utf8"));
    expect(
      current,
      "README.md's Supported runtimes section differs from this run (results/runtimes.json): " +
        "run `pnpm --filter @orq-sdk/ecosystem-tests support-table` and review the change",
    ).toBe(rendered.trim());
  });
});

function transpile(source: string): string {
  return ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
}

// The repository's own copy of the seed examples is what was copied in.
it("copied the seed examples from examples/node", () => {
  for (const file of seedExamples) {
    expect(readFileSync(join(dir, "examples", file), "utf8")).toBe(
      readFileSync(join(repoRoot, "examples/node", file), "utf8"),
    );
  }
});

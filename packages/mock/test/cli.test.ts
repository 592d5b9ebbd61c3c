import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EDITS } from "./helpers.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = (file: string) => `${root}dist/${file}`;
const built =
  existsSync(dist("index.js")) && existsSync(dist("index.cjs")) && existsSync(dist("cli.js"));

// The CLI from source (through tsx) always; the built ones when `pnpm build` has run.
const clis: Array<[string, string[]]> = [["src/cli.ts", ["--import", "tsx", `${root}src/cli.ts`]]];
// And the `orq-mock` command itself (`bin/orq-mock.mjs`, which loads the built one).
if (built)
  clis.push(
    ["dist/cli.js", [dist("cli.js")]],
    ["dist/cli.cjs", [dist("cli.cjs")]],
    ["bin/orq-mock.mjs", [`${root}bin/orq-mock.mjs`]],
  );

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

describe.each(clis)("CLI %s", (_name, args) => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "prints its URL, serves, and stops cleanly on %s",
    async (signal) => {
      const child = spawn(process.execPath, [...args, "--port", "0", "--quiet"], {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
      });
      const exit = exited(child);
      try {
        const first = await createInterface({ input: child.stdout! })
          [Symbol.asyncIterator]()
          .next();
        const url = String(first.value);
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const res = await fetch(url + EDITS, { method: "POST" });
        expect(res.status).toBe(401);
        child.kill(signal);
        expect(await exit).toBe(0);
      } finally {
        child.kill("SIGKILL");
      }
    },
  );

  it("prints usage for --help and fails on bad arguments", () => {
    const help = spawnSync(process.execPath, [...args, "--help"], { cwd: root, encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: orq-mock");
    const bad = spawnSync(process.execPath, [...args, "--port", "nope"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("invalid --port");
  });
});

describe.skipIf(!built)("built package", () => {
  const script = (format: "esm" | "cjs") =>
    format === "esm"
      ? `import { startMockServer, defaultSpecPath } from ${JSON.stringify(dist("index.js"))};
         const s = await startMockServer();
         console.log(JSON.stringify({ url: s.url, spec: defaultSpecPath() }));
         await s.close();`
      : `const m = require(${JSON.stringify(dist("index.cjs"))});
         m.startMockServer().then(async (s) => {
           console.log(JSON.stringify({ url: s.url, spec: m.defaultSpecPath() }));
           await s.close();
         });`;

  it("marks only the CLI bundles as executables", () => {
    for (const file of ["cli.js", "cli.cjs"]) {
      expect(readFileSync(dist(file), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
      expect(statSync(dist(file)).mode & 0o111).not.toBe(0);
    }
    expect(readFileSync(dist("index.js"), "utf8").startsWith("#!")).toBe(false);
  });

  it.each(["esm", "cjs"] as const)("%s build finds the spec shipped next to it", (format) => {
    const result = spawnSync(
      process.execPath,
      format === "esm" ? ["--input-type=module", "-e", script(format)] : ["-e", script(format)],
      { cwd: "/", encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
    const out = JSON.parse(result.stdout) as { url: string; spec: string };
    expect(out.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(out.spec).toBe(dist("openapi.yaml"));
  });
});

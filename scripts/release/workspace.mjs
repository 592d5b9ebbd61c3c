// The workspace's packages, as pnpm sees them, and small helpers the release scripts share.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Every workspace package: `{ name, version, path, private, manifest }`.
 * @returns {{ name: string, version: string, path: string, private: boolean, manifest: any }[]}
 */
export function workspacePackages() {
  const result = spawnSync("pnpm", ["-r", "ls", "--depth", "-1", "--json"], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`pnpm ls failed:\n${result.stderr}`);
  return JSON.parse(result.stdout)
    .filter((p) => p.path !== repoRoot.replace(/\/$/, ""))
    .map((p) => {
      const manifest = JSON.parse(readFileSync(join(p.path, "package.json"), "utf8"));
      return {
        name: p.name,
        version: p.version,
        path: p.path,
        private: Boolean(manifest.private),
        manifest,
      };
    });
}

/** The packages `pnpm publish -r` would publish to npm: every one that is not private. */
export function npmPackages() {
  return workspacePackages().filter((p) => !p.private);
}

/**
 * The packages published to JSR: those with a deno.json (or jsr.json) that names the package.
 * @returns {{ name: string, path: string, configFile: string, config: any }[]}
 */
export function jsrPackages() {
  const found = [];
  for (const p of workspacePackages()) {
    for (const file of ["deno.json", "jsr.json"]) {
      const configFile = join(p.path, file);
      if (!existsSync(configFile)) continue;
      const config = JSON.parse(readFileSync(configFile, "utf8"));
      if (typeof config.name === "string")
        found.push({ name: config.name, path: p.path, configFile, config });
      break;
    }
  }
  return found;
}

/**
 * The deno binary from the `deno` npm package (a devDependency of the Deno package or of the
 * root), else one on PATH; undefined when there is none.
 * @param {string[]} near folders whose node_modules/.bin to look in first
 */
export function findDeno(near = []) {
  for (const dir of [...near, repoRoot]) {
    const bin = join(dir, "node_modules/.bin/deno");
    if (existsSync(bin)) return bin;
  }
  const which = spawnSync("deno", ["--version"], { encoding: "utf8" });
  return which.status === 0 ? "deno" : undefined;
}

/**
 * Runs a command with its output passed through; resolves to its exit code.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, capture?: boolean }} [options]
 * @returns {Promise<{ code: number, output: string }>}
 */
export function exec(command, args, { cwd = repoRoot, capture = false } = {}) {
  return new Promise((resolve) => {
    const env = { ...process.env };
    if (capture) {
      // Captured output is parsed: no colours (picocolors colours whenever FORCE_COLOR is set).
      delete env.FORCE_COLOR;
      env.NO_COLOR = "1";
    }
    const child = spawn(command, args, {
      cwd,
      stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit",
      env,
    });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    const done = (code) => resolve({ code, output: output.replace(/\x1b\[[0-9;]*m/g, "") });
    child.on("error", (error) => {
      output += String(error);
      done(127);
    });
    child.on("close", (code) => done(code ?? 1));
  });
}

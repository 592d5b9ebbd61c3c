import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { run, runOk, userEnv } from "./exec.js";

/**
 * The runtimes the installed packages are run on. Each comes from an npm package with its binary
 * inside (`node` installs `node-<os>-<arch>`, `bun` installs `@oven/bun-<os>-<arch>`), pinned so
 * that a run is repeatable; bump the versions here. Node 20 is the machine's own Node when it is
 * a 20.x, which is what CI runs everything else on.
 */
export const runtimes: readonly RuntimeSpec[] = [
  {
    id: "node-20.11",
    label: "Node.js 20.11 (oldest in `engines`)",
    kind: "node",
    npm: "node@20.11.0",
  },
  {
    id: "node-20",
    label: "Node.js 20",
    kind: "node",
    npm: "node@20.20.2",
    useMachineNodeIfMajor: 20,
  },
  { id: "node-22", label: "Node.js 22", kind: "node", npm: "node@22.23.3" },
  { id: "node-24", label: "Node.js 24", kind: "node", npm: "node@24.21.0" },
  { id: "bun", label: "Bun", kind: "bun", npm: "bun@1.4.5" },
];

export interface RuntimeSpec {
  id: string;
  label: string;
  kind: "node" | "bun";
  /** The npm package (with an exact version) that ships the binary. */
  npm: string;
  /** Use process.execPath instead of downloading when it is this major version. */
  useMachineNodeIfMajor?: number;
}

export interface Runtime {
  spec: RuntimeSpec;
  /** What the binary says of itself, without a leading "v": `24.21.0`, `1.4.5`. */
  version: string;
  binary: string;
  /** Where it came from: the machine, or the npm package it was installed from. */
  source: string;
}

/** Where runtimes are kept between runs: `$ORQ_ECOSYSTEM_CACHE`, else under `~/.cache`. */
export function cacheDir(): string {
  return (
    process.env["ORQ_ECOSYSTEM_CACHE"] ??
    join(process.env["XDG_CACHE_HOME"] ?? join(homedir(), ".cache"), "orq-sdk-ecosystem-tests")
  );
}

/** The runtime's binary, installed from npm into the cache on first use. */
export async function ensureRuntime(spec: RuntimeSpec): Promise<Runtime> {
  const machineMajor = Number(process.versions.node.split(".")[0]);
  if (spec.useMachineNodeIfMajor === machineMajor) {
    return { spec, version: process.versions.node, binary: process.execPath, source: "machine" };
  }
  const dir = join(cacheDir(), "runtimes", spec.npm.replace(/[^\w.@-]/g, "_"));
  let binary = findBinary(spec, dir);
  if (!binary) {
    // Install beside the final folder, then move it into place: an interrupted install never
    // looks like a finished one.
    const staging = `${dir}.partial-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    writeFileSync(join(staging, "package.json"), '{ "private": true }\n');
    await runOk(
      "npm",
      ["install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund", spec.npm],
      { cwd: staging, env: userEnv({ npm_config_loglevel: "error" }), timeoutMs: 300_000 },
    );
    if (!findBinary(spec, staging)) {
      throw new Error(
        `npm install ${spec.npm} finished, but no ${spec.kind} binary is in ${staging}`,
      );
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
    binary = findBinary(spec, dir)!;
  }
  const result = await run(binary, ["--version"], { cwd: dir, timeoutMs: 30_000 });
  if (result.code !== 0) throw new Error(`${binary} --version failed: ${result.stderr}`);
  return { spec, version: result.stdout.trim().replace(/^v/, ""), binary, source: spec.npm };
}

function findBinary(spec: RuntimeSpec, dir: string): string | undefined {
  const modules = join(dir, "node_modules");
  const arch = process.arch === "arm64" ? "aarch64" : process.arch;
  const candidates =
    spec.kind === "node"
      ? // `node`'s preinstall hard-links the binary of node-<os>-<arch> into its bin/.
        [
          join(modules, "node/bin/node"),
          join(modules, `node/node_modules/node-${process.platform}-${process.arch}/bin/node`),
        ]
      : // `bun`'s postinstall puts the binary in bin/bun.exe (a stub until then); the binary
        // itself is in its optional dependency for this platform.
        [
          join(modules, "bun/bin/bun.exe"),
          join(modules, `@oven/bun-${process.platform}-${arch}/bin/bun`),
          join(modules, `@oven/bun-${process.platform}-${arch}-baseline/bin/bun`),
        ];
  // Stubs and scripts are small; a runtime is tens of megabytes.
  return candidates.find((file) => existsSync(file) && statSync(file).size > 1_000_000);
}

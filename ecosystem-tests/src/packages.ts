import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runOk } from "./exec.js";
import { readTarball } from "./tar.js";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const ecosystemRoot = fileURLToPath(new URL("../", import.meta.url));

/**
 * The npm packages this test installs and runs. Each is also a devDependency (`workspace:*`) of
 * this package, so that turbo builds it before the test.
 *
 * @orq-sdk/browser is packed, installed and type-checked against the DOM typings here (its real
 * runs are in a browser, in packages/browser's Chromium tests); the Node/Bun runtime programs
 * import @orq-sdk/node. @orq-sdk/deno is published to JSR, not npm: `pnpm release --dry-run`
 * checks it.
 */
export const npmPackages = [
  { name: "@orq-sdk/core", dir: "packages/core" },
  { name: "@orq-sdk/node", dir: "packages/node" },
  { name: "@orq-sdk/mock", dir: "packages/mock" },
  { name: "@orq-sdk/browser", dir: "packages/browser" },
] as const;

export type PackageName = (typeof npmPackages)[number]["name"];

export interface PackedPackage {
  name: PackageName;
  /** The package's folder in the workspace. */
  dir: string;
  tarball: string;
  /** The package.json inside the tarball: what npm sees. */
  manifest: Manifest;
  /** Every file in the tarball, by its path inside the package. */
  files: Map<string, Buffer>;
}

export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  type?: string;
  main?: string;
  module?: string;
  types?: string;
  bin?: string | Record<string, string>;
  files?: string[];
  sideEffects?: boolean;
  engines?: Record<string, string>;
  exports?: unknown;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  publishConfig?: Record<string, unknown>;
}

/** `pnpm pack`s every package into `destination`, as `pnpm publish` would. */
export async function packAll(destination: string): Promise<PackedPackage[]> {
  const packed: PackedPackage[] = [];
  // One at a time: pnpm pack runs nothing heavy, and parallel packs only fight over the disk.
  for (const { name, dir } of npmPackages) {
    const cwd = join(repoRoot, dir);
    const before = new Set(readdirSync(destination));
    await runOk("pnpm", ["pack", "--pack-destination", destination], { cwd, timeoutMs: 120_000 });
    const made = readdirSync(destination).filter((f) => f.endsWith(".tgz") && !before.has(f));
    if (made.length !== 1) throw new Error(`pnpm pack in ${dir} made ${made.length} tarballs`);
    const tarball = join(destination, made[0]!);
    const files = readTarball(tarball);
    const manifest = JSON.parse(files.get("package.json")!.toString("utf8")) as Manifest;
    packed.push({ name, dir: cwd, tarball, manifest, files });
  }
  return packed;
}

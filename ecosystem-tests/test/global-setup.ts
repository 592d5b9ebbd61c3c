import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { packAll } from "../src/packages.js";
import { createUserProject } from "../src/project.js";

declare module "vitest" {
  export interface ProvidedContext {
    ecosystem: {
      tarballs: { name: string; tarball: string }[];
      projectDir: string;
      packMs: number;
      installMs: number;
    };
  }
}

/**
 * Once per run: `pnpm pack` every package (as `pnpm publish` would) and `npm install` the
 * tarballs into a fresh project in the OS temp folder. ORQ_ECOSYSTEM_KEEP=1 keeps both.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const packDir = mkdtempSync(join(tmpdir(), "orq-sdk-packs-"));
  const started = performance.now();
  const packed = await packAll(packDir);
  const packMs = performance.now() - started;
  const { dir, installMs } = await createUserProject(packed);
  project.provide("ecosystem", {
    tarballs: packed.map((p) => ({ name: p.name, tarball: p.tarball })),
    projectDir: dir,
    packMs,
    installMs,
  });
  console.log(
    `ecosystem: packed ${packed.length} packages in ${(packMs / 1000).toFixed(1)} s, ` +
      `npm install in ${dir} took ${(installMs / 1000).toFixed(1)} s`,
  );
  return () => {
    if (process.env["ORQ_ECOSYSTEM_KEEP"]) {
      console.log(`ecosystem: kept ${packDir} and ${dir}`);
      return;
    }
    rmSync(packDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  };
}

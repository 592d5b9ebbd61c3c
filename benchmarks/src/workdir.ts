import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pngOfSize } from "./child/png.mjs";
import { benchDir } from "./paths.js";

export interface WorkDir {
  path: string;
  /** A 1 KB PNG, for warm-ups. */
  small: string;
  /** Four different PNGs of the mode's upload size. */
  big: string[];
  remove(): Promise<void>;
}

/**
 * A scratch folder outside the repository for the run's files: the upload images, generated
 * code, the files tsc checks. Its node_modules links to ours, so files there resolve packages.
 */
export async function makeWorkDir(uploadBytes: number): Promise<WorkDir> {
  const path = await mkdtemp(join(tmpdir(), "orq-bench-"));
  await symlink(join(benchDir, "node_modules"), join(path, "node_modules"), "dir");
  const small = join(path, "small.png");
  await writeFile(small, pngOfSize(1024));
  const big: string[] = [];
  for (let i = 0; i < 4; i++) {
    big.push(join(path, `big-${i}.png`));
    await writeFile(big[i]!, pngOfSize(uploadBytes, i + 1));
  }
  return { path, small, big, remove: () => rm(path, { recursive: true, force: true }) };
}

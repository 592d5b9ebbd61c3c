import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

/** Every file under `dir`, by path relative to it (`/`-separated), with its text. */
export async function readFolder(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath ?? (e as unknown as { path: string }).path, e.name);
    found.set(relative(dir, path).split("\\").join("/"), await readFile(path, "utf8"));
  }
  return found;
}

/** How a folder differs from what the generator makes: `changed: f`, `missing: f`, `extra: f`. */
export function drift(existing: Map<string, string>, files: Map<string, string>): string[] {
  return [
    ...[...files]
      .filter(([f, code]) => existing.get(f) !== code)
      .map(([f]) => (existing.has(f) ? `changed: ${f}` : `missing: ${f}`)),
    ...[...existing.keys()].filter((f) => !files.has(f)).map((f) => `extra: ${f}`),
  ].sort();
}

/** Makes `dir` hold exactly `files`, writing only what changed. */
export async function writeFolder(
  dir: string,
  files: Map<string, string>,
  existing?: Map<string, string>,
): Promise<void> {
  const before = existing ?? (await readFolder(dir));
  for (const f of before.keys()) if (!files.has(f)) await rm(join(dir, f));
  for (const [f, code] of files) {
    if (before.get(f) === code) continue;
    await mkdir(dirname(join(dir, f)), { recursive: true });
    await writeFile(join(dir, f), code);
  }
}

/** Where the spec tools read and write, relative to the repo they are run in. */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repo these scripts belong to (a temp copy's own, when run there). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Where the user ran `pnpm …` from: pnpm sets INIT_CWD; relative arguments resolve from it. */
export const userCwd = process.env.INIT_CWD ?? process.cwd();

/**
 * The whole published orq spec, read where it is and never copied into the repository:
 * `ORQ_PUBLISHED_SPEC`, else `shared/` beside the repository, else the machines' `/work/shared`
 * (so a clone elsewhere, as CI's, still finds it). Undefined when none is there.
 */
export function findPublishedSpec(root = repoRoot): string | undefined {
  return [
    process.env.ORQ_PUBLISHED_SPEC,
    join(root, "../shared/specs/orq-openapi-2026-08-21.yaml"),
    "/work/shared/specs/orq-openapi-2026-08-21.yaml",
  ].find((path): path is string => path !== undefined && existsSync(path));
}

export function repoFiles(root = repoRoot) {
  return {
    root,
    spec: join(root, "specs/openapi.yaml"),
    operations: join(root, "specs/operations.yaml"),
    overlay: join(root, "specs/overlay.yaml"),
    changesets: join(root, ".changeset"),
  };
}

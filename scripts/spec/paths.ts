/** Where the spec tools read and write, relative to the repo they are run in. */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repo these scripts belong to (a temp copy's own, when run there). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Where the user ran `pnpm …` from: pnpm sets INIT_CWD; relative arguments resolve from it. */
export const userCwd = process.env.INIT_CWD ?? process.cwd();

export function repoFiles(root = repoRoot) {
  return {
    root,
    spec: join(root, "specs/openapi.yaml"),
    operations: join(root, "specs/operations.yaml"),
    overlay: join(root, "specs/overlay.yaml"),
    changesets: join(root, ".changeset"),
  };
}

/**
 * The spec:diff step as a function: two specs' texts → the changes, and the changeset that says
 * them (written to `.changeset/` unless `write` is false).
 */
import { execFileSync } from "node:child_process";
import { relative } from "node:path";
import { parseSpec } from "../spec-file.js";
import type { Change } from "./change.js";
import { classify } from "./classify.js";
import {
  changesetText,
  generatedPackages,
  packagesVersion,
  removeUncommittedChangesets,
  writeChangeset,
} from "./changeset.js";

export interface SpecDiff {
  changes: Change[];
  /** The changeset's text, when anything changed. */
  changeset?: string;
  /** Where it was written. */
  file?: string;
}

export async function specDiff(options: {
  root: string;
  oldText: string;
  newText: string;
  write: boolean;
}): Promise<SpecDiff> {
  const changes = classify(
    parseSpec(options.oldText, "old spec"),
    parseSpec(options.newText, "new spec"),
  );
  const changeset = changesetText(
    changes,
    generatedPackages(options.root),
    packagesVersion(options.root),
  );
  if (!options.write) return { changes, changeset };
  if (!changeset) {
    await removeUncommittedChangesets(options.root);
    return { changes, changeset };
  }
  const file = await writeChangeset(options.root, changeset, options.newText);
  return { changes, changeset, file };
}

/** A spec as committed at a git revision; an empty spec when the file is not there. */
export function specAtRevision(root: string, file: string, revision = "HEAD"): string {
  const path = relative(root, file).split("\\").join("/");
  try {
    return execFileSync("git", ["show", `${revision}:${path}`], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const message = String((error as { stderr?: string }).stderr ?? error);
    if (/does not exist|exists on disk, but not in/.test(message))
      return "openapi: 3.1.0\npaths: {}\n";
    throw new Error(`git show ${revision}:${path}: ${message.trim()}`);
  }
}

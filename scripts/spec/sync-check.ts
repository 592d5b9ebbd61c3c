/**
 * Whether specs/openapi.yaml is what `spec:update` makes, as far as the repo alone can tell
 * (the published spec is not in it): it holds exactly the operations of specs/operations.yaml,
 * and extracting them again and applying specs/overlay.yaml changes nothing. So a line added to
 * the operations list, or an overlay edit, without `pnpm spec:update` fails `pnpm spec:lint`.
 */
import { isDeepStrictEqual } from "node:util";
import { sdkOperations } from "./diff/operations.js";
import { repoFiles } from "./paths.js";
import { loadSpec } from "./spec-file.js";
import { readOperationIds, shippedSpec } from "./update-spec.js";

export async function syncProblems(root?: string): Promise<string[]> {
  const files = repoFiles(root);
  const spec = await loadSpec(files.spec);
  const listed = await readOperationIds(files.operations);
  const present = [...sdkOperations(spec).keys()];
  const problems: string[] = [];
  const missing = listed.filter((id) => !present.includes(id));
  const extra = present.filter((id) => !listed.includes(id));
  if (missing.length)
    problems.push(`listed in specs/operations.yaml but not in the spec: ${missing.join(", ")}`);
  if (extra.length)
    problems.push(`in the spec but not listed in specs/operations.yaml: ${extra.join(", ")}`);
  if (problems.length === 0) {
    try {
      if (!isDeepStrictEqual(await shippedSpec(spec, files.root), spec))
        problems.push("applying specs/overlay.yaml again changes the spec");
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return problems.map((p) => `${p}: run pnpm spec:update <published spec>`);
}

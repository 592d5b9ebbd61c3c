/**
 * The GitHub workflows say what the pipeline promises: when each runs, that every action is
 * pinned to a commit, and the commands they run (the same ones as locally).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "./helpers.js";

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

async function workflow(name: string): Promise<{ wf: Workflow; steps: Step[]; text: string }> {
  const text = await readFile(join(repoRoot, ".github/workflows", name), "utf8");
  const wf = parse(text) as Workflow;
  return { wf, steps: Object.values(wf.jobs).flatMap((j) => j.steps), text };
}

test.each(["ci.yml", "regenerate.yml", "release.yml"])(
  "%s: every action is pinned to a commit",
  async (name) => {
    const { steps } = await workflow(name);
    for (const step of steps.filter((s) => s.uses))
      expect(step.uses, name).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  },
);

test("ci.yml runs .ci/run, the same script the project's CI runs", async () => {
  const { wf, steps } = await workflow("ci.yml");
  expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(["push", "pull_request"]));
  expect(steps.map((s) => s.run).filter(Boolean)).toEqual(["bash .ci/run"]);
});

test("regenerate.yml: on specs/** pushes, by hand and from the spec pipeline; pnpm regenerate; one PR", async () => {
  const { wf, steps } = await workflow("regenerate.yml");
  expect((wf.on.push as { paths: string[] }).paths).toEqual(["specs/**"]);
  expect(wf.on).toHaveProperty("workflow_dispatch");
  expect((wf.on.repository_dispatch as { types: string[] }).types).toEqual(["orq-spec-published"]);
  expect(steps.some((s) => s.run?.includes('pnpm regenerate "$SPEC"'))).toBe(true);
  const pr = steps.find((s) => s.uses?.startsWith("peter-evans/create-pull-request@"));
  expect(pr?.with?.branch).toBe("spec-update");
  expect(pr?.with?.["add-paths"]).toContain(".changeset/spec-update-*.md");
  expect(wf.permissions).toEqual({ contents: "write", "pull-requests": "write" });
});

test("release.yml: changesets versions and publishes to npm, then deno publish with OIDC", async () => {
  const { wf, steps } = await workflow("release.yml");
  expect(Object.values(wf.jobs)[0]!.permissions).toMatchObject({ "id-token": "write" });
  const changesets = steps.find((s) => s.uses?.startsWith("changesets/action@"));
  expect(changesets?.with?.publish).toBe("pnpm changeset publish");
  // changeset version, then the deno.json versions (scripts/release/release.mjs).
  expect(changesets?.with?.version).toBe("pnpm release version");
  expect(steps.some((s) => s.run?.includes("deno publish"))).toBe(true);
});

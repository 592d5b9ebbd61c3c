/**
 * The GitHub workflows say what the pipeline promises: when each runs, that every action is
 * pinned to a commit, and the commands they run (the same ones as locally).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { RUNTIME_STANDALONES } from "../../generate/transform/runtime-standalone.js";
import { repoRoot } from "./helpers.js";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  shell?: string;
  env?: Record<string, string>;
  "continue-on-error"?: boolean;
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
  expect(steps.some((s) => s.run?.includes('pnpm regenerate "$SPEC" --skip-tests'))).toBe(true);
  const pr = steps.find((s) => s.uses?.startsWith("peter-evans/create-pull-request@"));
  expect(pr?.with?.branch).toBe("spec-update");
  // Everything the pipeline writes: the spec, every generated folder, the changeset.
  const paths = pr?.with?.["add-paths"]?.split("\n").filter(Boolean) ?? [];
  expect(paths).toEqual(
    expect.arrayContaining([
      "specs/openapi.yaml",
      "packages/core/src/generated/**",
      ...RUNTIME_STANDALONES.map((r) => `${r.folder}/**`),
      ".changeset/spec-update-*.md",
    ]),
  );
  // A failing suite still opens the pull request, which says so; then the job fails (probe35
  // F3: tests pinning today's values failed on compatible changes, and no PR was opened).
  const at = (name: string) => steps.findIndex((s) => s.name === name);
  const test = steps[at("Test")]!;
  expect(test.run).toMatch(/^pnpm test\b/);
  expect(test["continue-on-error"]).toBe(true);
  expect(test.shell).toBe("bash"); // pipefail: `| tee` keeps the suite's exit code
  expect(steps[at("Pull request text")]!.env?.TESTS).toBe("${{ steps.test.outcome }}");
  const fail = steps[at("Fail when the tests did")]!;
  expect(fail.if).toBe("steps.test.outcome == 'failure'");
  expect(at("Test")).toBeLessThan(at("Pull request text"));
  expect(steps.indexOf(pr!)).toBeLessThan(at("Fail when the tests did"));
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

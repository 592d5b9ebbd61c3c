/**
 * `pnpm regenerate` end to end, on a temporary copy of the repo (the working tree as it is, with
 * its own git history of one commit, and a real `pnpm install --offline` from the store the
 * repo's own install filled): a changed published spec goes in; out come the updated spec, the
 * regenerated code, a changeset with the right bump, a green build and green tests. To stay
 * fast it runs the tests of @orq-sdk/core only (`--filter @orq-sdk/core`), plus spec:lint and
 * generate:check; then `changeset version` reads the changeset and bumps the packages.
 */
import { execFileSync } from "node:child_process";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { stringify } from "yaml";
import { loadSpec, type JsonObject } from "../spec-file.js";
import { repoRoot, run, tempDir } from "./helpers.js";

const SKIP = new Set(["node_modules", ".git", ".turbo", "dist", "coverage"]);

/** The environment of a fresh shell: nothing from the vitest, turbo or pnpm run around us. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(VITEST|TEST$|NODE_ENV$|TURBO_|npm_|PNPM_|INIT_CWD$)/.test(k),
    ),
  );
}

let repo: { dir: string; remove: () => Promise<void> };
let upstream: string;
let result: { code: number; output: string };
let stopped: { code: number; output: string };
/** Changesets the copied repo already had (committed in its baseline). */
let before: string[];

beforeAll(async () => {
  repo = await tempDir("regenerate");
  await cp(repoRoot, repo.dir, {
    recursive: true,
    filter: (src) => !SKIP.has(basename(src)) && !src.endsWith(".tsbuildinfo"),
  });
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], {
      cwd: repo.dir,
      stdio: "ignore",
    });
  before = await readdir(join(repo.dir, ".changeset"));
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "baseline");
  const env = cleanEnv();
  const install = await run("pnpm", ["install", "--offline", "--frozen-lockfile"], {
    cwd: repo.dir,
    env,
  });
  expect(install.code, install.output).toBe(0);

  // The "published spec" of the next day: our spec with one change of each level.
  const spec = await loadSpec(join(repo.dir, "specs/openapi.yaml"));
  const body = (path: string) =>
    (
      (((spec.paths as JsonObject)[path] as JsonObject).post as JsonObject)
        .requestBody as JsonObject
    ).content as JsonObject;
  const edit = (body("/v2/router/images/edits")["multipart/form-data"] as JsonObject)
    .schema as JsonObject;
  (edit.properties as JsonObject).background = {
    type: "string",
    enum: ["transparent", "opaque", "auto"],
  };
  const variation = (body("/v2/router/images/variations")["multipart/form-data"] as JsonObject)
    .schema as JsonObject;
  const returned = (
    (
      (
        ((spec.paths as JsonObject)["/v2/router/images/variations"] as JsonObject)
          .post as JsonObject
      ).responses as JsonObject
    )["200"] as JsonObject
  ).content as JsonObject;
  ((returned["application/json"] as JsonObject).schema as JsonObject).required = ["data"];
  ((variation.properties as JsonObject).user as JsonObject).description = "Who asked.";
  upstream = join(repo.dir, "..", `${basename(repo.dir)}-published.yaml`);
  await writeFile(upstream, stringify(spec));

  // The changes are in the bodies the overlay rewrites: the pipeline stops for a person to read
  // them, then goes on once they say they have.
  stopped = await run("pnpm", ["regenerate", upstream, "--filter", "@orq-sdk/core"], {
    cwd: repo.dir,
    env,
  });
  result = await run(
    "pnpm",
    ["regenerate", upstream, "--filter", "@orq-sdk/core", "--overlay-reviewed"],
    { cwd: repo.dir, env },
  );
  // About a minute alone; a copy, an install and a build of the repo took over four on this
  // 2-core machine while other work ran on it, and failed the whole test run.
}, 600_000);

afterAll(async () => {
  await repo?.remove();
  if (upstream) await rm(upstream, { force: true });
});

test("without --overlay-reviewed it stops at spec:update, naming the overlay actions changed under", () => {
  expect(stopped.code).not.toBe(0);
  expect(stopped.output).toContain("── spec:update");
  expect(stopped.output).not.toContain("── generate");
  expect(stopped.output).toMatch(/rewrites parts of the published spec that have changed/);
  expect(stopped.output).toContain(`action 4 "The multipart encoding of every image edit field."`);
  expect(stopped.output).toMatch(/\+ {4}background:/);
  expect(stopped.output).toMatch(/--overlay-reviewed/);
});

test("the pipeline runs green: update, generate, diff, build, lint, generate:check, core's tests", () => {
  expect(result.code, result.output.slice(-4000)).toBe(0);
  for (const step of ["spec:update", "generate", "spec:diff", "build", "test (@orq-sdk/core)"])
    expect(result.output).toContain(`── ${step}`);
  // vitest colours its summary
  expect(result.output.replace(/\x1b\[[\d;]*m/g, "")).toMatch(/Test Files\s+\d+ passed/);
});

test("the review is recorded in the overlay: its fingerprints, and nothing else", async () => {
  const lines = (text: string) => text.split("\n").filter((line) => !/x-upstream:/.test(line));
  const overlay = await readFile(join(repo.dir, "specs/overlay.yaml"), "utf8");
  const original = await readFile(join(repoRoot, "specs/overlay.yaml"), "utf8");
  expect(overlay).not.toBe(original);
  expect(lines(overlay)).toEqual(lines(original));
});

test("the spec and the generated code carry the change", async () => {
  const spec = await readFile(join(repo.dir, "specs/openapi.yaml"), "utf8");
  expect(spec).toMatch(/^# The orq\.ai API as this SDK ships it/);
  expect(spec).toMatch(/background:\n\s+type: string\n\s+enum:\n\s+- transparent/);
  const operations = await readFile(
    join(repo.dir, "packages/core/src/generated/operations.ts"),
    "utf8",
  );
  expect(operations).toMatch(
    /background: \{ type: "string", enum: \["transparent", "opaque", "auto"\] \}/,
  );
  expect(operations).toMatch(/required: \["data"\]/);
  const types = await readFile(join(repo.dir, "packages/core/src/generated/sdk-types.ts"), "utf8");
  expect(types).toMatch(/background\?: "transparent" \| "opaque" \| "auto"/);
});

test("a changeset with the highest level (breaking: minor at 0.x) and one line per change", async () => {
  const files = (await readdir(join(repo.dir, ".changeset"))).filter((f) => !before.includes(f));
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/^spec-update-[0-9a-f]{8}\.md$/);
  const text = await readFile(join(repo.dir, ".changeset", files[0]!), "utf8");
  expect(text).toMatch(
    // Breaking, at 0.1.0: a minor release (before 1.0.0, semver's minor is the breaking one).
    /^---\n"@orq-sdk\/core": minor\n"@orq-sdk\/node": minor\n"@orq-sdk\/mock": minor\n/,
  );
  expect(text).toContain(
    "orq.router.images.variations.create(): response.created Changed (Breaking): now optional: may be missing",
  );
  expect(text).toContain("orq.router.images.edits.create(): request.background Added (Compatible)");
  expect(text).toContain(
    "orq.router.images.variations.create(): request.user Changed (Docs): description changed",
  );
});

test("changeset version reads it: the fixed packages go to 0.2.0 with the lines in their changelog", async () => {
  const version = await run("pnpm", ["changeset", "version"], { cwd: repo.dir, env: cleanEnv() });
  expect(version.code, version.output).toBe(0);
  for (const pkg of ["core", "node", "mock"]) {
    const manifest = JSON.parse(
      await readFile(join(repo.dir, "packages", pkg, "package.json"), "utf8"),
    );
    expect(manifest.version, pkg).toBe("0.2.0");
  }
  const changelog = await readFile(join(repo.dir, "packages/core/CHANGELOG.md"), "utf8");
  expect(changelog).toContain("response.created Changed (Breaking): now optional: may be missing");
}, 60_000);

/** The changeset spec:diff writes: every generated package, the highest level, readable lines. */
import { execFileSync } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Change } from "../diff/change.js";
import { changesetText, generatedPackages, writeChangeset } from "../diff/changeset.js";
import { specDiff } from "../diff/spec-diff.js";
import { tempDir } from "./helpers.js";

const change = (level: Change["level"], path: string, detail?: string): Change => ({
  operation: "router.images.edits.create",
  path,
  kind: "docs",
  level,
  ...(detail ? { detail } : {}),
});

test("a line shows in the CHANGELOG as written: markdown in names and values is escaped (probe51)", () => {
  const text = changesetText(
    [
      change("major", "request.metadata.*.*", 'pattern "^<b>.*</b>$" added'),
      {
        ...change("minor", "request.mode", 'also accepts "__init__"'),
        kind: "constraint-loosened",
      },
    ],
    ["@orq-sdk/core"],
  )!;
  expect(text).toContain(
    String.raw`- orq.router.images.edits.create(): request.metadata.\*.\* Changed (Breaking): pattern "^&lt;b>.\*&lt;/b>$" added`,
  );
  expect(text).toContain(String.raw`also accepts "\_\_init\_\_"`);
});

type Case = [string, { given: Change[]; want: string | undefined }];

const cases: Case[] = [
  ["no changes: no changeset", { given: [], want: undefined }],
  [
    "one patch",
    {
      given: [change("patch", "request.n", "description changed")],
      want: `---
"@orq-sdk/core": patch
"@orq-sdk/node": patch
---

The orq API spec changed: 1 documentation change.

- orq.router.images.edits.create(): request.n Changed (Docs): description changed
`,
    },
  ],
  [
    "the highest level wins; breaking changes are listed first",
    {
      given: [
        change("patch", "request.n", "description changed"),
        {
          ...change("major", "request.quality", 'no longer accepts "standard"'),
          kind: "enum-value-removed",
        },
        { ...change("minor", "response.style"), kind: "property-added" },
        { ...change("minor", "request.style"), kind: "property-added" },
      ],
      want: `---
"@orq-sdk/core": major
"@orq-sdk/node": major
---

The orq API spec changed: 1 breaking change, 2 compatible changes, 1 documentation change.

- orq.router.images.edits.create(): request.quality Changed (Breaking): no longer accepts "standard"
- orq.router.images.edits.create(): response.style Added (Compatible)
- orq.router.images.edits.create(): request.style Added (Compatible)
- orq.router.images.edits.create(): request.n Changed (Docs): description changed
`,
    },
  ],
  [
    "the same change in several operations (a shared schema's) is one entry naming each, counted once (probe35 F8)",
    {
      given: [
        { ...change("minor", "request.orq.contact.tags"), kind: "property-added" },
        {
          ...change("minor", "request.orq.contact.tags"),
          kind: "property-added",
          operation: "router.images.variations.create",
        },
        // Same path, another detail: its own entry.
        {
          ...change("minor", "request.orq.contact.tags"),
          kind: "property-added",
          operation: "router.images.generations.create",
          detail: "a list of texts",
        },
        { ...change("patch", "request.n", "description changed"), operation: "files.create" },
        // The same change twice in one operation (a schema it uses in two places): named once.
        { ...change("patch", "request.n", "description changed"), operation: "files.create" },
      ],
      want: `---
"@orq-sdk/core": minor
"@orq-sdk/node": minor
---

The orq API spec changed: 2 compatible changes, 1 documentation change.

- orq.router.images.edits.create(), orq.router.images.variations.create(): request.orq.contact.tags Added (Compatible)
- orq.router.images.generations.create(): request.orq.contact.tags Added (Compatible): a list of texts
- orq.files.create(): request.n Changed (Docs): description changed
`,
    },
  ],
];

test.each(cases)("changesetText: %s", (_name, { given, want }) => {
  expect(changesetText(given, ["@orq-sdk/core", "@orq-sdk/node"])).toBe(want);
  // Released at 1.x: the same.
  expect(changesetText(given, ["@orq-sdk/core", "@orq-sdk/node"], "1.4.0")).toBe(want);
});

test("before 1.0.0 a breaking change is a minor release, and the changeset says why (probe35 F9)", () => {
  // Written `major`, the first upstream removal released the unreleased 0.1.0 packages as 1.0.0.
  const breaking = [change("major", "request.quality", 'no longer accepts "standard"')];
  const text = changesetText(breaking, ["@orq-sdk/core", "@orq-sdk/node"], "0.1.0")!;
  expect(text).toMatch(/^---\n"@orq-sdk\/core": minor\n"@orq-sdk\/node": minor\n---\n/);
  expect(text).toContain("The orq API spec changed: 1 breaking change.");
  expect(text).toContain("request.quality Changed (Breaking)");
  expect(text).toContain(
    "the packages are 0.1.0, and before 1.0.0 breaking changes bump the minor",
  );
  // A compatible change at 0.x stays what it is.
  const minor = changesetText([change("minor", "request.style")], ["@orq-sdk/core"], "0.1.0")!;
  expect(minor).toMatch(/"@orq-sdk\/core": minor/);
  expect(minor).not.toContain("before 1.0.0");
});

describe("in a repo", () => {
  let tmp: { dir: string; remove: () => Promise<void> };
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], { cwd: tmp.dir });
  beforeEach(async () => {
    tmp = await tempDir("changeset");
    for (const dir of ["packages/core", "packages/node", "packages/mock", "packages/browser"]) {
      await mkdir(join(tmp.dir, dir), { recursive: true });
      await writeFile(join(tmp.dir, dir, "package.json"), "{}");
    }
    await mkdir(join(tmp.dir, ".changeset"));
    await writeFile(join(tmp.dir, ".changeset/config.json"), "{}");
  });
  afterEach(() => tmp.remove());

  test("the generated packages are core, node and mock, and deno and browser where they exist", () => {
    expect(generatedPackages(tmp.dir)).toEqual([
      "@orq-sdk/core",
      "@orq-sdk/node",
      "@orq-sdk/mock",
      "@orq-sdk/browser",
    ]);
  });

  test("one file per new spec; an uncommitted one from an earlier run is replaced, a committed one kept", async () => {
    git("init", "-q");
    const committed = await writeChangeset(tmp.dir, "committed\n", "spec v1");
    git("add", "-A");
    git("commit", "-q", "-m", "v1");
    const first = await writeChangeset(tmp.dir, "first run\n", "spec v2");
    expect(await writeChangeset(tmp.dir, "again\n", "spec v2")).toBe(first);
    const second = await writeChangeset(tmp.dir, "second run\n", "spec v3");
    const left = (await readdir(join(tmp.dir, ".changeset"))).sort();
    expect(left).toEqual(
      ["config.json", committed.split("/").pop()!, second.split("/").pop()!].sort(),
    );
    expect(await readFile(second, "utf8")).toBe("second run\n");
    expect(second).toMatch(/\.changeset\/spec-update-[0-9a-f]{8}\.md$/);
  });

  test("a spec put back as it was committed leaves no changeset of an earlier run (probe51)", async () => {
    // The earlier run's file said a change that is gone: `changeset version` would release it.
    git("init", "-q");
    const spec = "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths: {}\n";
    const committed = await writeChangeset(tmp.dir, "committed\n", "spec v1");
    git("add", "-A");
    git("commit", "-q", "-m", "v1");
    const stale = await writeChangeset(tmp.dir, "a change since undone\n", "spec v2");
    const result = await specDiff({ root: tmp.dir, oldText: spec, newText: spec, write: true });
    expect(result.changeset).toBeUndefined();
    const left = await readdir(join(tmp.dir, ".changeset"));
    expect(left.sort()).toEqual(["config.json", committed.split("/").pop()!].sort());
    expect(left).not.toContain(stale.split("/").pop());
  });
});

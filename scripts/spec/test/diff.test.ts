/**
 * spec:diff end to end on fixture files (the CLI), and on the published orq spec: an unchanged
 * copy has no changes, and a copy changed in memory reports exactly what was changed.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { describe as line, highest } from "../diff/change.js";
import { classify } from "../diff/classify.js";
import { loadSpec, type JsonObject } from "../spec-file.js";
import { fixtures, fullSpec, hasFullSpec, noFullSpec, repoRoot, runTool } from "./helpers.js";

test("spec:diff old new: one line per change in the SDK's names, and the level", async () => {
  const { code, output } = await runTool("diff.ts", [
    join(fixtures, "diff/old.yaml"),
    join(fixtures, "diff/new.yaml"),
    "--no-changeset",
  ]);
  expect(code, output).toBe(0);
  const edit = "orq.router.images.edits.create()";
  expect(output.trim().split("\n")).toEqual([
    `${edit}: request.prompt Changed (Docs): description changed`,
    `${edit}: request.quality Changed (Breaking): no longer accepts "standard"`,
    `${edit}: request.outputFormat Added (Compatible)`,
    `${edit}: response.data[].revisedPrompt Added (Compatible)`,
    "orq.router.images.generations.create(): Added (Compatible): POST /v2/router/images/generations",
    expect.stringMatching(/^5 changes from .*old\.yaml to .*new\.yaml: major$/),
  ]);
});

test("spec:diff of two files the SDK does not ship writes no changeset (probe27 F11)", async () => {
  // It wrote one releasing the SDK for them, and deleted the one `pnpm regenerate` had written.
  const before = readdirSync(join(repoRoot, ".changeset")).sort();
  const { code, output } = await runTool("diff.ts", [
    join(fixtures, "diff/old.yaml"),
    join(fixtures, "diff/new.yaml"),
  ]);
  expect(code, output).toBe(0);
  expect(output).toMatch(/: major \(no changeset: the new spec is not .*specs\/openapi\.yaml\)\n$/);
  expect(readdirSync(join(repoRoot, ".changeset")).sort()).toEqual(before);
});

test("spec:diff of a spec with itself: no changes, no changeset", async () => {
  const old = join(fixtures, "diff/old.yaml");
  const { code, output } = await runTool("diff.ts", [old, old]);
  expect(code, output).toBe(0);
  expect(output).toMatch(/no changes from .* no changeset/);
});

/** The path item's operation in a document, by path and method. */
const op = (doc: JsonObject, path: string, method = "post") =>
  ((doc.paths as JsonObject)[path] as JsonObject)[method] as JsonObject;
const multipartSchema = (doc: JsonObject, path: string) =>
  (
    ((op(doc, path).requestBody as JsonObject).content as JsonObject)[
      "multipart/form-data"
    ] as JsonObject
  ).schema as JsonObject;
const jsonResponse = (doc: JsonObject, path: string, method = "post") =>
  (
    (((op(doc, path, method).responses as JsonObject)["200"] as JsonObject).content as JsonObject)[
      "application/json"
    ] as JsonObject
  ).schema as JsonObject;

describe.skipIf(!hasFullSpec)("spec:diff on the published orq spec", () => {
  let full: JsonObject;
  beforeAll(async () => {
    if (hasFullSpec) full = await loadSpec(fullSpec);
  });

  test("an unchanged copy: no changes, quickly, across all its operations", () => {
    const started = performance.now();
    expect(classify(full, structuredClone(full))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  test("a copy changed in memory: exactly those changes, each at its level", () => {
    const changed = structuredClone(full);
    // 1. request enum value removed (major)
    const edit = multipartSchema(changed, "/v2/router/images/edits").properties as JsonObject;
    (edit.quality as JsonObject).enum = ["auto", "high", "medium", "low", null];
    // 2. request property added, optional (minor)
    (multipartSchema(changed, "/v2/router/images/variations").properties as JsonObject).style = {
      type: "string",
    };
    // 3. response property made optional (major)
    const variation = jsonResponse(changed, "/v2/router/images/variations");
    variation.required = ["data"];
    // 4. an operation removed (major)
    delete (changed.paths as JsonObject)["/v2/router/images/generations"];
    // 5. a description only (patch)
    (edit.prompt as JsonObject).description = "What the edited image should show.";

    const lines = classify(full, changed).map(line);
    expect(lines).toEqual([
      "orq.router.images.edits.create(): request.prompt Changed (Docs): description changed",
      'orq.router.images.edits.create(): request.quality Changed (Breaking): no longer accepts "standard"',
      "orq.router.images.generations.create(): Removed (Breaking): POST /v2/router/images/generations",
      "orq.router.images.variations.create(): request.style Added (Compatible)",
      "orq.router.images.variations.create(): response.created Changed (Breaking): now optional: may be missing",
    ]);
    expect(highest(classify(full, changed))).toBe("major");
  });

  test("a shared component changed: reported under every method that uses it", () => {
    const changed = structuredClone(full);
    const schemas = (changed.components as JsonObject).schemas as JsonObject;
    const identity = schemas.PublicIdentity as JsonObject;
    (identity.properties as JsonObject).locale = { type: "string" };
    const changes = classify(full, changed);
    expect(changes.length).toBeGreaterThan(2);
    for (const c of changes) {
      expect(c).toMatchObject({ kind: "property-added", level: "minor" });
      expect(c.path).toMatch(/\.locale$/);
    }
    expect(changes.map((c) => c.operation)).toContain("router.images.edits.create");
  });
});

if (!hasFullSpec) test.skip(noFullSpec, () => {});

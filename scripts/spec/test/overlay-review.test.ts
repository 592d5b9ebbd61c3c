/**
 * The overlay's review fingerprints (`overlay-review.ts`). When the vendor changed what an
 * overlay action rewrites (the edit's `image`, a multipart encoding, the server), the overlay
 * silently won and `spec:update` said nothing (probe35 F1): the SDK kept sending webp files and
 * 16 images the API no longer took. Now the update fails, names the action and shows the change.
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { applyOverlay, type Overlay } from "../overlay.js";
import {
  fingerprint,
  recordReview,
  restsOn,
  REVIEWED,
  unreviewedActions,
} from "../overlay-review.js";
import { repoFiles } from "../paths.js";
import { loadSpec, type JsonObject } from "../spec-file.js";
import { readOverlay, updateSpec } from "../update-spec.js";
import { fullSpec, hasFullSpec, noFullSpec, runTool, tempDir } from "./helpers.js";

const files = repoFiles();

describe("fingerprints", () => {
  const doc = (): JsonObject => ({
    openapi: "3.1.0",
    info: { title: "t", version: "1", description: "d" },
    servers: [{ url: "https://a.example" }],
    paths: { "/a": { post: { operationId: "a", summary: "s", requestBody: { x: 1, y: [1, 2] } } } },
  });
  const action = (target: string, update?: JsonObject) =>
    update ? { target, update } : { target, remove: true };

  test("the same in any key order; not the same when a value or an array's order changes", () => {
    expect(fingerprint({ a: 1, b: { c: 2, d: 3 } })).toBe(fingerprint({ b: { d: 3, c: 2 }, a: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
    expect(fingerprint([1, 2])).not.toBe(fingerprint([2, 1]));
    expect(fingerprint({ a: 1 })).toMatch(/^sha256:[0-9a-f]{16}$/);
  });

  test("an action rests on the whole node it targets", () => {
    const body = action("$.paths['/a'].post.requestBody", { z: 1 });
    const before = fingerprint(restsOn(doc(), body));
    const changed = doc();
    (
      (changed.paths as JsonObject)["/a"] as { post: { requestBody: JsonObject } }
    ).post.requestBody.y = [1, 2, 3];
    expect(fingerprint(restsOn(changed, body))).not.toBe(before);
    // Elsewhere in the operation: not its business.
    const elsewhere = doc();
    ((elsewhere.paths as JsonObject)["/a"] as { post: JsonObject }).post.summary = "other";
    expect(fingerprint(restsOn(elsewhere, body))).toBe(before);
  });

  test("an action on the document root rests only on what its update overwrites", () => {
    const root = action("$", { info: { description: "ours" }, servers: [{ url: "https://b" }] });
    const before = fingerprint(restsOn(doc(), root));
    const versioned = doc();
    (versioned.info as JsonObject).version = "2";
    versioned.paths = {};
    expect(fingerprint(restsOn(versioned, root))).toBe(before);
    const moved = doc();
    (moved.servers as JsonObject[]).push({ url: "https://eu.a.example" });
    expect(fingerprint(restsOn(moved, root))).not.toBe(before);
  });

  test("an action whose fingerprint is missing or stale is listed, with the change", () => {
    const overlay: Overlay = {
      overlay: "1.0.0",
      info: { title: "o", version: "1" },
      actions: [
        { ...action("$.paths['/a'].post.requestBody", { z: 1 }) },
        { ...action("$.info", { description: "ours" }) },
      ],
    };
    const published = doc();
    (overlay.actions[1] as unknown as JsonObject)[REVIEWED] = fingerprint(
      restsOn(published, overlay.actions[1]!),
    );
    (overlay.actions[0] as unknown as JsonObject)[REVIEWED] = "sha256:0000000000000000";
    const before = applyOverlay(published, overlay);
    const changed = doc();
    (
      (changed.paths as JsonObject)["/a"] as { post: { requestBody: JsonObject } }
    ).post.requestBody.x = 5;
    const after = applyOverlay(changed, overlay);
    const found = unreviewedActions(changed, overlay, { before, after });
    expect(found.map((a) => a.index)).toEqual([1]);
    expect(found[0]!.shippedChange).toContain("-x: 1");
    expect(found[0]!.shippedChange).toContain("+x: 5");
    // It only adds `z`: it overwrites nothing the published spec says.
    expect(found[0]!.overridden).toBe("");
    delete (overlay.actions[1] as unknown as JsonObject)[REVIEWED];
    const both = unreviewedActions(changed, overlay, { before, after });
    expect(both.map((a) => a.index)).toEqual([1, 2]);
    expect(both[1]!.overridden).toBe("description: d");
  });
});

describe("recording a review", () => {
  let tmp: { dir: string; remove: () => Promise<void> };
  beforeEach(async () => (tmp = await tempDir("review")));
  afterEach(() => tmp.remove());

  test("adds or replaces only the fingerprint lines; comments and folded text stay", async () => {
    const file = join(tmp.dir, "overlay.yaml");
    const original = await readFile(files.overlay, "utf8");
    const bare = original.replace(/^ +x-upstream: .*\n/gm, "");
    expect(bare).not.toBe(original);
    await writeFile(file, bare);
    const count = (await readOverlay(file)).actions.length;
    const prints = Array.from({ length: count }, (_, i) => `sha256:${String(i).repeat(16)}`);
    await recordReview(file, prints);
    const added = await readFile(file, "utf8");
    expect(added.replace(/^ +x-upstream: .*\n/gm, "")).toBe(bare);
    const overlay = await readOverlay(file);
    expect(overlay.actions.map((a) => (a as unknown as JsonObject)[REVIEWED])).toEqual(prints);
    // Recorded again: replaced in place.
    const again = prints.map((p) => p.replace(/\d/g, "f"));
    await recordReview(file, again);
    const replaced = await readOverlay(file);
    expect(replaced.actions.map((a) => (a as unknown as JsonObject)[REVIEWED])).toEqual(again);
    expect((await readFile(file, "utf8")).replace(/^ +x-upstream: .*\n/gm, "")).toBe(bare);
  });
});

type Mutation = (published: JsonObject) => void;
const media = (doc: JsonObject, path: string) =>
  (
    (((doc.paths as JsonObject)[path] as JsonObject).post as JsonObject).requestBody as {
      content: Record<string, JsonObject>;
    }
  ).content["multipart/form-data"]!;
const properties = (doc: JsonObject, path: string) =>
  (media(doc, path).schema as JsonObject).properties as Record<string, JsonObject>;
const EDITS = "/v2/router/images/edits";
const VARIATIONS = "/v2/router/images/variations";

describe.skipIf(!hasFullSpec)(
  "spec:update on a published spec that changed under the overlay",
  () => {
    let tmp: { dir: string; remove: () => Promise<void> };
    let published: JsonObject;
    beforeEach(async () => {
      tmp = await tempDir("upstream");
      await mkdir(join(tmp.dir, "specs"));
      for (const f of ["openapi.yaml", "operations.yaml", "overlay.yaml"])
        await copyFile(join(files.root, "specs", f), join(tmp.dir, "specs", f));
      published = await loadSpec(fullSpec);
    });
    afterEach(() => tmp.remove());

    async function update(mutate: Mutation, overlayReviewed = false) {
      mutate(published);
      const source = join(tmp.dir, "published.yaml");
      await writeFile(source, stringify(published, { aliasDuplicateObjects: false }));
      const out = join(tmp.dir, "out.yaml");
      try {
        await updateSpec(source, out, tmp.dir, { root: tmp.dir, overlayReviewed });
        return { message: "", written: existsSync(out) };
      } catch (error) {
        return { message: (error as Error).message, written: existsSync(out) };
      }
    }

    test("the published spec as it is: nothing to review", async () => {
      expect(await update(() => {})).toEqual({ message: "", written: true });
    });

    test.each<[string, Mutation, number[], RegExp]>([
      [
        "the edit's image encoding narrowed to PNG (c09)",
        (doc) => (media(doc, EDITS).encoding = { image: { contentType: "image/png" } }),
        [4],
        /what it overwrites there, as the published spec now says it:\n {6}encoding:\n {8}image:\n {10}contentType: image\/png\n {4}what the SDK ships there does not change: the overlay wins/,
      ],
      [
        "the edit's image: an array of at most 10 (c09b)",
        (doc) =>
          (properties(doc, EDITS).image = {
            oneOf: [
              { type: "string", format: "binary" },
              { type: "array", items: { type: "string", format: "binary" }, maxItems: 10 },
            ],
          }),
        [2, 3, 4],
        /what it removes there, as the published spec now says it:\n(.*\n)* {10}maxItems: 10\n/,
      ],
      [
        "the variation's image: PNG only, in the schema (c09c)",
        (doc) => {
          properties(doc, VARIATIONS).image!.contentMediaType = "image/png";
          properties(doc, VARIATIONS).image!.description =
            "Must be a valid PNG file, less than 4MB";
        },
        [5, 6],
        /\+contentMediaType: image\/png/,
      ],
      [
        "a second server (c25)",
        (doc) => (doc.servers as JsonObject[]).push({ url: "https://eu.api.orq.ai" }),
        [1],
        /what it overwrites there, as the published spec now says it:\n(.*\n)* {8}- url: https:\/\/eu\.api\.orq\.ai\n/,
      ],
      [
        "a new field in the edit's multipart body, which no encoding describes (F7)",
        (doc) => (properties(doc, EDITS).mask = { type: "string", format: "binary" }),
        [3, 4],
        /\+mask:/,
      ],
    ])("%s: fails, names the actions, shows the change", async (_, mutate, actions, diff) => {
      const { message, written } = await update(mutate);
      expect(written).toBe(false);
      const named = [...message.matchAll(/^ {2}action (\d+)/gm)].map((m) => Number(m[1]));
      expect(named).toEqual(actions);
      expect(message).toMatch(/the published text there changed since the action was reviewed/);
      expect(message).toMatch(diff);
      expect(message).toMatch(/pnpm spec:update .* --overlay-reviewed/);
    });

    test("an operation outside the overlay's targets changes: nothing to review", async () => {
      const result = await update((doc) => {
        const edit = ((doc.paths as JsonObject)[EDITS] as JsonObject).post as JsonObject;
        edit.summary = "Edit images";
        (doc.info as JsonObject).version = "2.1";
      });
      expect(result).toEqual({ message: "", written: true });
    });

    test("--overlay-reviewed records the new fingerprints; then the update passes", async () => {
      const before = await readFile(join(tmp.dir, "specs/overlay.yaml"), "utf8");
      const server: Mutation = (doc) =>
        (doc.servers as JsonObject[]).push({ url: "https://eu.api.orq.ai" });
      expect(await update(server, true)).toEqual({ message: "", written: true });
      const after = await readFile(join(tmp.dir, "specs/overlay.yaml"), "utf8");
      expect(after).not.toBe(before);
      const lines = (text: string) => text.split("\n");
      const removed = lines(before).filter((line) => !lines(after).includes(line));
      const added = lines(after).filter((line) => !lines(before).includes(line));
      // Action 1's fingerprint, and nothing else.
      expect(removed).toEqual([expect.stringMatching(/^ {4}x-upstream: sha256:/)]);
      expect(added).toEqual([expect.stringMatching(/^ {4}x-upstream: sha256:/)]);
      expect(await update(() => {})).toEqual({ message: "", written: true });
    });

    test("the command line: exit 1 and the review message, before anything is written", async () => {
      (published.servers as JsonObject[]).push({ url: "https://eu.api.orq.ai" });
      const source = join(tmp.dir, "published.yaml");
      await writeFile(source, stringify(published, { aliasDuplicateObjects: false }));
      // The repo's own specs/ folder is read (unchanged); only --out would be written.
      const out = join(tmp.dir, "cli.yaml");
      const { code, output } = await runTool("update.ts", [source, "--out", out]);
      expect(code).toBe(1);
      expect(output).toMatch(/action 1 .*\n {4}target: \$\n/);
      expect(existsSync(out)).toBe(false);
    });
  },
);

if (!hasFullSpec) test.skip(noFullSpec, () => {});

test("an action in flow style is refused with what to do, the file left as it was", async () => {
  const tmp = await tempDir("flow");
  try {
    const file = join(tmp.dir, "overlay.yaml");
    const text = `overlay: 1.0.0\ninfo: { title: t, version: "1" }\nactions:\n  - { target: $.info, update: { x: 1 } }\n`;
    await writeFile(file, text);
    await expect(recordReview(file, ["sha256:0000000000000000"])).rejects.toThrow(
      /action 1 is written in flow style/,
    );
    expect(await readFile(file, "utf8")).toBe(text);
  } finally {
    await tmp.remove();
  }
});

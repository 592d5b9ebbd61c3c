/**
 * spec:update = extract + overlay + stable order: on the published orq spec it keeps every
 * addition the SDK relies on, it writes formatted, deterministic YAML, and the repo's spec is a
 * fixed point of it (which `spec:lint` checks through `sync-check.ts`).
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import * as prettier from "prettier";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sdkOperations } from "../diff/operations.js";
import { repoFiles } from "../paths.js";
import { isObject, loadSpec, parseSpec, type JsonObject } from "../spec-file.js";
import { syncProblems } from "../sync-check.js";
import { readOperationIds, shippedSpec, updateSpec } from "../update-spec.js";
import { fullSpec, hasFullSpec, noFullSpec, runTool, tempDir } from "./helpers.js";

const files = repoFiles();
const multipart = (doc: JsonObject, path: string) =>
  (
    ((((doc.paths as JsonObject)[path] as JsonObject).post as JsonObject).requestBody as JsonObject)
      .content as JsonObject
  )["multipart/form-data"] as JsonObject;
const FILE = { type: "string", format: "binary", "x-max-bytes": 52428800 };

describe.skipIf(!hasFullSpec)("spec:update on the published orq spec", () => {
  let out: { dir: string; remove: () => Promise<void> };
  let written: string;
  let spec: JsonObject;

  beforeAll(async () => {
    if (!hasFullSpec) return;
    out = await tempDir("update");
    const { code, output } = await runTool("update.ts", [
      fullSpec,
      "--out",
      join(out.dir, "openapi.yaml"),
    ]);
    expect(code, output).toBe(0);
    written = await readFile(join(out.dir, "openapi.yaml"), "utf8");
    spec = parseSpec(written, "written");
  });
  afterAll(() => out?.remove());

  test("keeps exactly the operations of specs/operations.yaml", async () => {
    expect([...sdkOperations(spec).keys()].sort()).toEqual(
      (await readOperationIds(files.operations)).sort(),
    );
  });

  test("image edit takes one file or 1 to 16, each at most 50 MB (overlay)", () => {
    const image = (multipart(spec, "/v2/router/images/edits").schema as JsonObject)
      .properties as JsonObject;
    expect(image.image).toMatchObject({
      oneOf: [FILE, { type: "array", items: FILE, minItems: 1, maxItems: 16 }],
    });
    expect(image.image).not.toHaveProperty("type");
  });

  test("image variation's file has x-max-bytes (overlay)", () => {
    const props = (multipart(spec, "/v2/router/images/variations").schema as JsonObject)
      .properties as JsonObject;
    expect(props.image).toMatchObject(FILE);
  });

  test.each(["/v2/router/images/edits", "/v2/router/images/variations"])(
    "%s: every multipart field says how it is encoded (overlay)",
    (path) => {
      const media = multipart(spec, path);
      const props = Object.keys((media.schema as JsonObject).properties as JsonObject);
      const encoding = media.encoding as JsonObject;
      expect(Object.keys(encoding).sort()).toEqual([...props].sort());
      expect(encoding.image).toEqual({ contentType: "image/png, image/jpeg, image/webp" });
      for (const [name, how] of Object.entries(encoding))
        expect(
          ["text/plain", "application/json", "image/png, image/jpeg, image/webp"],
          name,
        ).toContain((how as JsonObject).contentType);
    },
  );

  test("the server the SDK calls by default, and the header saying what wrote the file", () => {
    expect(spec.servers).toEqual([{ url: "https://api.orq.ai" }]);
    expect(written).toMatch(
      /^# The orq\.ai API as this SDK ships it\. Written by `pnpm spec:update`/,
    );
    expect(written).toMatch(/\(orq-openapi-2026-08-21\.yaml\)/);
  });

  test("prettier-formatted, and the same bytes every time", async () => {
    const options = (await prettier.resolveConfig(files.spec)) ?? {};
    expect(await prettier.check(written, { ...options, parser: "yaml" })).toBe(true);
    const again = join(out.dir, "again.yaml");
    const { code } = await runTool("update.ts", [fullSpec, "--out", again]);
    expect(code).toBe(0);
    expect(await readFile(again, "utf8")).toBe(written);
  });

  test("stable key order: root fields in OpenAPI order, paths and component names sorted", () => {
    expect(Object.keys(spec).slice(0, 3)).toEqual(["openapi", "info", "servers"]);
    const sorted = (o: unknown) => {
      const keys = Object.keys(o as object);
      return [...keys].sort().every((k, i) => k === keys[i]);
    };
    expect(sorted(spec.paths)).toBe(true);
    for (const group of Object.values(spec.components as JsonObject))
      expect(sorted(group)).toBe(true);
  });

  test("updating from its own output changes nothing (a fixed point)", async () => {
    expect(await shippedSpec(spec)).toEqual(spec);
  });
});

if (!hasFullSpec) test.skip(noFullSpec, () => {});

test("the repo's spec is in sync with its operations list and overlay", async () => {
  expect(await syncProblems()).toEqual([]);
});

describe("sync-check notices a spec:update that was not run", () => {
  let tmp: { dir: string; remove: () => Promise<void> };
  beforeAll(async () => {
    tmp = await tempDir("sync");
    await mkdir(join(tmp.dir, "specs"));
    for (const f of ["openapi.yaml", "operations.yaml", "overlay.yaml"])
      await copyFile(join(files.root, "specs", f), join(tmp.dir, "specs", f));
  });
  afterAll(() => tmp?.remove());

  test.each([
    [
      "an operation added to the list",
      (list: string) => list.replace("operations:\n", "operations:\n  - createImageGeneration\n"),
      "operations.yaml",
      /listed in specs\/operations.yaml but not in the spec: createImageGeneration/,
    ],
    [
      "an overlay edit",
      (overlay: string) =>
        overlay.replace("x-max-bytes: 52428800\n  - target", "x-max-bytes: 1000\n  - target"),
      "overlay.yaml",
      /applying specs\/overlay.yaml again changes the spec/,
    ],
  ])("%s", async (_name, edit, file, message) => {
    const path = join(tmp.dir, "specs", file);
    const original = await readFile(path, "utf8");
    const edited = edit(original);
    expect(edited).not.toBe(original);
    await writeFile(path, edited);
    try {
      const problems = await syncProblems(tmp.dir);
      expect(problems.join("\n")).toMatch(message);
      expect(problems.join("\n")).toMatch(/run pnpm spec:update/);
    } finally {
      await writeFile(path, original);
    }
  });
});

test("spec:update without a source says how to call it", async () => {
  const { code, output } = await runTool("update.ts", []);
  expect(code).toBe(2);
  expect(output).toMatch(/Usage: pnpm spec:update <published orq spec: path or URL>/);
});

test("the repo spec's image edit keeps the 16-file oneOf after any update", async () => {
  const spec = await loadSpec(files.spec);
  const props = (multipart(spec, "/v2/router/images/edits").schema as JsonObject)
    .properties as JsonObject;
  expect(isObject(props.image) && Array.isArray(props.image.oneOf)).toBe(true);
});

test.skipIf(!hasFullSpec)(
  "spec:update from a URL: the published spec, served over HTTP",
  async () => {
    const text = await readFile(fullSpec, "utf8");
    const server = createServer((_req, res) =>
      res.writeHead(200, { "content-type": "application/yaml" }).end(text),
    );
    await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
    const out = await tempDir("url");
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/openapi.yaml`;
      await updateSpec(url, join(out.dir, "openapi.yaml"));
      const written = await readFile(join(out.dir, "openapi.yaml"), "utf8");
      expect(parseSpec(written, "written")).toEqual(await loadSpec(files.spec));
      expect(written).toContain(`(${url})`);
    } finally {
      server.close();
      await out.remove();
    }
  },
);

test("a listed operation marked x-speakeasy-ignore is refused, naming it and the way out", async () => {
  const published = await loadSpec(files.spec);
  const edit = (published.paths as JsonObject)["/v2/router/images/edits"] as JsonObject;
  (edit.post as JsonObject)["x-speakeasy-ignore"] = true;
  await expect(shippedSpec(published)).rejects.toThrow(
    /marks x-speakeasy-ignore: true .*: createImageEdit\. .*x-speakeasy-ignore: false/,
  );
  (edit.post as JsonObject)["x-speakeasy-ignore"] = false;
  await expect(shippedSpec(published)).resolves.toBeDefined();
});

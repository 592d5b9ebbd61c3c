/**
 * A spec split over files (fixtures/multi-file: schemas, a parameter and a response in files of
 * their own, referred to by relative `$ref`s). The generator used to refuse it ("only local
 * $refs"); it now bundles it with Redocly's bundler first. Checked in the output and end to end
 * against the mock, which bundles the same files the same way.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadDocument } from "../document.js";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

const spec = join(fixtures, "multi-file/openapi.yaml");
let it: RuntimeAgainstMock;
beforeAll(async () => {
  // The mock is given the same path: it bundles the files as the generator does.
  it = await runtimeAgainstMock(spec, "multi-file");
}, 60_000);
afterAll(() => it?.close());

describe("a spec split over files", () => {
  test("each file's schema becomes a component, with a model of its own", () => {
    const models = it.files.get("models.ts")!;
    expect(models).toMatch(/type \$Pet = components\["schemas"\]\["pet"\];\nexport interface Pet /);
    expect(models).toMatch(
      /type \$Owner = components\["schemas"\]\["owner"\];\nexport interface Owner /,
    );
    const sdkTypes = it.files.get("sdk-types.ts")!;
    expect(sdkTypes).toMatch(/petName: string;/);
    expect(sdkTypes).toMatch(/fullName: string;/);
  });

  test("requests are checked and renamed across files, parameters included", async () => {
    const ok = await it.client.callOperation(it.operations.createPet!, {
      dryRun: true,
      // The body is one component (`pet`): the official SDK's key for it is its name.
      pet: { petName: "Rex", owner: { fullName: "Ada" } },
    });
    expect(ok).toEqual({
      ok: true,
      value: {
        petId: expect.any(String),
        pet: expect.objectContaining({ petName: expect.any(String) }),
      },
    });
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 200,
      query: { dry_run: "true" },
      body: { pet_name: "Rex", owner: { full_name: "Ada" } },
    });

    const bad = await it.client.callOperation(it.operations.createPet!, {
      pet: { petName: "far too long a name", owner: {} },
    });
    expect(!bad.ok && bad.error.message).toMatch(/pet\.petName must be at most 10 characters/);
    expect(!bad.ok && bad.error.message).toMatch(/pet\.owner\.fullName is required/);
  });

  test("a $ref to a file that is not there names the ref", async () => {
    const dir = await mkdtemp(join(tmpdir(), "orq-multi-"));
    try {
      const broken = join(dir, "openapi.yaml");
      await writeFile(
        broken,
        [
          "openapi: 3.1.0",
          "info: { title: broken, version: '1' }",
          "paths:",
          "  /a:",
          "    get:",
          "      responses:",
          "        '200':",
          "          description: ok",
          "          content:",
          "            application/json:",
          "              schema: { $ref: './missing.yaml' }",
        ].join("\n"),
      );
      await expect(loadDocument(broken)).rejects.toThrow(
        /its \$refs to other files could not be followed:[\s\S]*missing\.yaml/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

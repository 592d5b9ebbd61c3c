/**
 * spec:update's extraction: the listed operations with every component they reach, nothing
 * else, and nothing changed. On the published orq spec: each shipped operation, dereferenced by
 * Redocly, is the same JSON in the extract as in the whole spec.
 */
import {
  bundleFromString,
  createConfig,
  lintFromString,
  stringifyYaml,
} from "@redocly/openapi-core";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { extractOperations } from "../extract.js";
import { repoFiles } from "../paths.js";
import { isObject, loadSpec, type JsonObject } from "../spec-file.js";
import { readOperationIds } from "../update-spec.js";
import { fixtures, fullSpec, hasFullSpec, noFullSpec } from "./helpers.js";

const names = (group: unknown) => (isObject(group) ? Object.keys(group) : []);

type Case = [
  string,
  {
    given: string[];
    want: { paths: Record<string, string[]>; components: Record<string, string[]>; tags: string[] };
  },
];

const cases: Case[] = [
  [
    "through a path parameter, a response ref, a oneOf, a discriminator mapping by bare name, a cycle",
    {
      given: ["getPet"],
      want: {
        paths: { "/pets/{petId}": ["parameters", "get"] },
        components: {
          parameters: ["PetId"],
          responses: ["PetResponse"],
          schemas: ["Id", "Pet", "Cat", "Dog", "Owner/Person"],
          securitySchemes: ["Key"],
        },
        tags: ["Pets"],
      },
    },
  ],
  [
    "an operation's own security requirement keeps its scheme; other operations of the path go",
    {
      given: ["deletePet"],
      want: {
        paths: { "/pets/{petId}": ["parameters", "delete"] },
        components: { parameters: ["PetId"], schemas: ["Id"], securitySchemes: ["Key", "Admin"] },
        tags: ["Pets"],
      },
    },
  ],
  [
    "through a request body ref",
    {
      given: ["createToy"],
      want: {
        paths: { "/toys": ["post"] },
        components: {
          requestBodies: ["ToyBody"],
          schemas: ["Id", "Toy"],
          securitySchemes: ["Key"],
        },
        tags: ["Toys"],
      },
    },
  ],
];

describe("extractOperations on a small spec", () => {
  let source: JsonObject;
  beforeAll(async () => {
    source = await loadSpec(join(fixtures, "extract/source.yaml"));
  });

  test.each(cases)("%s", (_name, { given, want }) => {
    const out = extractOperations(source, given);
    const paths = out.paths as JsonObject;
    expect(Object.fromEntries(Object.entries(paths).map(([p, item]) => [p, names(item)]))).toEqual(
      want.paths,
    );
    const components = out.components as JsonObject;
    expect(Object.fromEntries(names(components).map((t) => [t, names(components[t])]))).toEqual(
      want.components,
    );
    expect((out.tags as JsonObject[]).map((t) => t.name)).toEqual(want.tags);
  });

  test("kept parts are copied as they are; webhooks and what only they use are not", () => {
    const out = extractOperations(source, ["getPet", "deletePet", "createToy"]);
    expect(Object.keys(out)).toEqual([
      "openapi",
      "info",
      "servers",
      "security",
      "x-vendor-timeout",
      "tags",
      "paths",
      "components",
    ]);
    const src = source.paths as JsonObject;
    expect((out.paths as JsonObject)["/toys"]).toEqual(src["/toys"]);
    expect((out.paths as JsonObject)["/pets/{petId}"]).toEqual(src["/pets/{petId}"]);
    const schemas = (out.components as JsonObject).schemas as JsonObject;
    const sourceSchemas = (source.components as JsonObject).schemas as JsonObject;
    for (const name of Object.keys(schemas)) expect(schemas[name]).toEqual(sourceSchemas[name]);
    expect(names(schemas)).not.toContain("Adoption");
    expect(names(schemas)).not.toContain("Unused");
    expect(out.webhooks).toBeUndefined();
  });

  test("the result shares nothing with the source (it can be changed freely)", () => {
    const out = extractOperations(source, ["createToy"]);
    ((out.paths as JsonObject)["/toys"] as JsonObject).post = {};
    expect(((source.paths as JsonObject)["/toys"] as JsonObject).post).not.toEqual({});
  });

  test("a $ref in data (an example, a default, an Example's value) is data, not a reference (probe51)", () => {
    // An LLM tool's parameters given as an example hold a JSON Schema, `$ref`s and all: they
    // pointed nowhere (the extract was refused) or pulled in a component nothing uses.
    const withData = structuredClone(source);
    const toy = (withData.components as JsonObject).schemas as JsonObject;
    toy.Toy = {
      ...(toy.Toy as JsonObject),
      example: { schema: { $ref: "#/$defs/when" } },
      default: { $ref: "#/components/schemas/Dog" },
      examples: [{ $ref: "#/definitions/x" }],
    };
    const post = ((withData.paths as JsonObject)["/toys"] as JsonObject).post as JsonObject;
    post["x-note"] = "kept";
    const out = extractOperations(withData, ["createToy"]);
    expect(names((out.components as JsonObject).schemas)).toEqual(["Id", "Toy"]);
  });

  test.each([
    [
      "an operationId the source lacks",
      ["getPet", "adoptPet"],
      /operationId not in the source spec: adoptPet/,
    ],
    [
      "a ref to a component the source lacks",
      ["createToy"],
      /"#\/components\/schemas\/Missing" does not resolve/,
    ],
  ])("refuses %s", (_name, ids, message) => {
    const broken = structuredClone(source);
    ((broken.components as JsonObject).schemas as JsonObject).Toy = {
      $ref: "#/components/schemas/Missing",
    };
    expect(() => extractOperations(broken, ids)).toThrow(message);
  });
});

/** Every operation of a document, dereferenced by Redocly, by operationId. */
async function dereferencedOperations(doc: JsonObject): Promise<Map<string, unknown>> {
  const config = await createConfig({});
  const { bundle } = await bundleFromString({
    source: stringifyYaml(doc),
    config,
    dereference: true,
  });
  const parsed = bundle.parsed as JsonObject;
  const ops = new Map<string, unknown>();
  for (const [path, item] of Object.entries(parsed.paths as JsonObject)) {
    for (const [method, op] of Object.entries(item as JsonObject)) {
      if (isObject(op) && typeof op.operationId === "string")
        ops.set(op.operationId, { path, method, parameters: (item as JsonObject).parameters, op });
    }
  }
  return ops;
}

describe.skipIf(!hasFullSpec)("extractOperations on the published orq spec", () => {
  let full: JsonObject;
  let shipped: string[];
  beforeAll(async () => {
    if (!hasFullSpec) return;
    full = await loadSpec(fullSpec);
    shipped = await readOperationIds(repoFiles().operations);
  });

  test("each shipped operation resolves to the same JSON as in the whole spec", async () => {
    const extract = extractOperations(full, shipped);
    const [inFull, inExtract] = await Promise.all([
      dereferencedOperations(full),
      dereferencedOperations(extract),
    ]);
    expect([...inExtract.keys()].sort()).toEqual([...shipped].sort());
    for (const id of shipped) expect(inExtract.get(id), id).toEqual(inFull.get(id));
  });

  test("the extract has no unused component (Redocly's no-unused-components)", async () => {
    const extract = extractOperations(full, shipped);
    const config = await createConfig({ rules: { "no-unused-components": "error" } });
    const problems = await lintFromString({ source: stringifyYaml(extract), config });
    expect(problems.filter((p) => p.ruleId === "no-unused-components")).toEqual([]);
  });

  test("every published operation extracts on its own with nothing left dangling", () => {
    const ids: string[] = [];
    for (const item of Object.values(full.paths as JsonObject))
      for (const op of Object.values(item as JsonObject))
        if (isObject(op) && typeof op.operationId === "string") ids.push(op.operationId);
    expect(ids.length).toBeGreaterThan(200);
    // extractOperations throws when a kept $ref points at something it did not keep.
    for (const id of ids) expect(() => extractOperations(full, [id]), id).not.toThrow();
  });

  test("reads the spec from the file, never a copy in the repo", async () => {
    expect(fullSpec.startsWith(repoFiles().root + "/")).toBe(false);
    expect((await readFile(fullSpec, "utf8")).length).toBeGreaterThan(1_000_000);
  });
});

if (!hasFullSpec) test.skip(noFullSpec, () => {});

/**
 * A discriminator on a base that others extend (`Cat: allOf: [$ref Pet, …]`, OpenAPI § 4.8.25,
 * the petstore-expanded and Azure style): the tag picks the subtype the generator mapped, which
 * is then checked and renamed in place of the base. And a tag newer than the spec in an answer,
 * which answers read leniently: it passes as it came.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SchemaNode } from "../src/generated/contract.js";
import { isFileInput } from "../src/files/file-input.js";
import type { renameKeys as RenameKeys, validate as Validate } from "./helpers/check-only.js";
import { restoreFeatures, turnOnEveryFeature } from "./helpers/every-feature.js";

const sdk = { mode: "sdk" as const, isFile: isFileInput };
const wire = { mode: "wire" as const, isFile: isFileInput };

// Pet { pet_type, name } with cat → Cat and its own name, as the generator writes it.
const pet: SchemaNode = {
  type: "object",
  properties: { pet_type: { type: "string" }, name: { type: "string", minLength: 2 } },
  names: { pet_type: "petType" },
  required: ["pet_type", "name"],
  discriminator: {
    propertyName: "pet_type",
    mapping: { cat: () => cat, dog: () => dog, Pet: () => pet },
  },
};
const cat: SchemaNode = {
  allOf: [
    () => pet,
    {
      type: "object",
      properties: { hunting_skill: { type: "string", enum: ["lazy", "aggressive"] } },
      names: { hunting_skill: "huntingSkill" },
      required: ["hunting_skill"],
    },
  ],
};
const dog: SchemaNode = {
  allOf: [
    () => pet,
    {
      type: "object",
      properties: { pack_size: { type: "integer", minimum: 0 } },
      names: { pack_size: "packSize" },
    },
  ],
};

// A union whose answer may carry a tag this SDK does not know yet.
const click: SchemaNode = {
  type: "object",
  properties: { event_type: { type: "string" }, x_coord: { type: "integer" } },
  names: { event_type: "eventType", x_coord: "xCoord" },
  required: ["event_type", "x_coord"],
};
const scroll: SchemaNode = {
  type: "object",
  properties: { event_type: { type: "string" }, delta_y: { type: "integer" } },
  names: { event_type: "eventType", delta_y: "deltaY" },
  required: ["event_type", "delta_y"],
};
const payload: SchemaNode = {
  oneOf: [() => click, () => scroll],
  discriminator: {
    propertyName: "event_type",
    mapping: { click: () => click, scroll: () => scroll },
  },
};

describe("with every uses* constant on", () => {
  let validate: typeof Validate;
  let rename: typeof RenameKeys;
  beforeAll(async () => {
    turnOnEveryFeature();
    ({ validate, renameKeys: rename } = await import("./helpers/check-only.js"));
  });
  afterAll(() => restoreFeatures());
  const issues = (schema: SchemaNode, value: unknown, ctx: typeof sdk | typeof wire = sdk) =>
    validate(schema, value, ctx).map((i) => i.message);

  it("the tag picks the subtype: its fields are known, checked and renamed", () => {
    const request = { petType: "cat", name: "Tom", huntingSkill: "lazy" };
    expect(issues(pet, request)).toEqual([]);
    expect(rename(pet, request, sdk)).toEqual({
      pet_type: "cat",
      name: "Tom",
      hunting_skill: "lazy",
    });
    expect(issues(pet, { petType: "cat", name: "T", huntingSkill: "sleepy" })).toEqual([
      "name must be at least 2 characters",
      'huntingSkill must be one of "lazy", "aggressive" (got "sleepy")',
    ]);
    expect(issues(pet, { petType: "cat", name: "Tom" })).toEqual(["huntingSkill is required"]);
    expect(issues(pet, { petType: "dog", name: "Rex", packSize: -1 })).toEqual([
      "packSize must be >= 0",
    ]);
  });

  it("the answer is renamed by the subtype", () => {
    expect(rename(pet, { pet_type: "cat", name: "Tom", hunting_skill: "lazy" }, wire)).toEqual({
      petType: "cat",
      name: "Tom",
      huntingSkill: "lazy",
    });
  });

  it("a subtype asked for by itself is checked once, not again through its base", () => {
    expect(issues(cat, { petType: "cat", name: "T", huntingSkill: "lazy" })).toEqual([
      "name must be at least 2 characters",
    ]);
    expect(rename(cat, { petType: "cat", name: "Tom", huntingSkill: "lazy" }, sdk)).toEqual({
      pet_type: "cat",
      name: "Tom",
      hunting_skill: "lazy",
    });
  });

  it("the base's own name picks the base; no tag leaves it to `required`", () => {
    expect(issues(pet, { petType: "Pet", name: "Tom" })).toEqual([]);
    expect(issues(pet, { name: "Tom" })).toEqual(["petType is required"]);
  });

  it("an unknown tag in a request names the field and the tags allowed", () => {
    expect(issues(pet, { petType: "eel", name: "Eve" })).toEqual([
      'petType must be one of cat, dog, Pet (got "eel")',
    ]);
  });

  it("an unknown tag is the one issue: a file beside it is not walked as a free value", () => {
    const post: SchemaNode = {
      type: "object",
      properties: { kind: { type: "string" }, photo: { type: "file" } },
      discriminator: { propertyName: "kind", mapping: { post: () => post } },
    };
    expect(issues(post, { kind: "reel", photo: new Blob(["x"]) })).toEqual([
      'kind must be one of post (got "reel")',
    ]);
  });

  it("an unknown tag in an answer is read as the base", () => {
    expect(rename(pet, { pet_type: "eel", name: "Eve", fin_count: 2 }, wire)).toEqual({
      petType: "eel",
      name: "Eve",
      fin_count: 2,
    });
    expect(issues(pet, { pet_type: "eel", name: "Eve" }, wire)).toEqual([]);
  });

  it("an answer with a union tag newer than the spec passes as it came", () => {
    const hover = { event_type: "hover", at_ms: 3 };
    expect(issues(payload, hover, wire)).toEqual([]);
    expect(rename(payload, hover, wire)).toEqual(hover);
    // A known tag is still read by its branch.
    expect(issues(payload, { event_type: "click" }, wire)).toEqual(["x_coord is required"]);
    expect(rename(payload, { event_type: "click", x_coord: 1 }, wire)).toEqual({
      eventType: "click",
      xCoord: 1,
    });
  });
});

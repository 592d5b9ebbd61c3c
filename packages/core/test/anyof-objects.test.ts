/**
 * An `anyOf` of objects (FastAPI's and Pydantic's `Union[Person, Company]`): JSON Schema reads
 * each branch as an open object, so a value with fields of both fits both (§ 10.2.1.2). The SDK
 * checked and renamed such a value by one branch: a request with both branches' fields was
 * refused ("companyName is not a known field"), and an answer's `company_name` stayed in
 * snake_case. It now goes by every branch that applies, merged.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SchemaNode } from "../src/generated/contract.js";
import { isFileInput } from "../src/files/file-input.js";
import type { renameKeys as RenameKeys, validate as Validate } from "./helpers/check-only.js";
import { restoreFeatures, turnOnEveryFeature } from "./helpers/every-feature.js";

const sdk = { mode: "sdk" as const, isFile: isFileInput };
const wire = { mode: "wire" as const, isFile: isFileInput };

const person: SchemaNode = {
  type: "object",
  properties: { id: { type: "string" }, first_name: { type: "string", maxLength: 5 } },
  names: { first_name: "firstName" },
  required: ["id"],
};
const company: SchemaNode = {
  type: "object",
  properties: { id: { type: "string" }, company_name: { type: "string" } },
  names: { company_name: "companyName" },
  required: ["id"],
};
const party: SchemaNode = { anyOf: [() => person, () => company] };
const closedCompany: SchemaNode = { ...company, additionalProperties: false };

let renameKeys: typeof RenameKeys;
let validate: typeof Validate;
beforeAll(async () => {
  turnOnEveryFeature();
  ({ renameKeys, validate } = await import("./helpers/check-only.js"));
});
afterAll(restoreFeatures);

describe("an anyOf of objects, in a request", () => {
  it("takes fields of two branches that both apply, and renames them all", () => {
    const both = { id: "1", firstName: "Ada", companyName: "Acme" };
    expect(validate(party, both, sdk)).toEqual([]);
    expect(renameKeys(party, both, sdk)).toEqual({
      id: "1",
      first_name: "Ada",
      company_name: "Acme",
    });
  });

  it("still takes and renames a value of one branch", () => {
    expect(renameKeys(party, { id: "1", companyName: "Acme" }, sdk)).toEqual({
      id: "1",
      company_name: "Acme",
    });
    expect(validate(party, { id: "1", firstName: "Ada" }, sdk)).toEqual([]);
  });

  it("refuses a key no branch declares, naming it", () => {
    expect(
      validate(party, { id: "1", firstName: "Ada", company_name: "Acme" }, sdk).map(
        (i) => i.message,
      ),
    ).toEqual(["company_name is not a known field (did you mean companyName?)"]);
  });

  it("keeps each branch's rules: a branch the value breaks does not apply", () => {
    // first_name is too long for Person, so only Company applies, and it does not declare it.
    expect(
      validate(party, { id: "1", firstName: "Adelaide", companyName: "Acme" }, sdk).map(
        (i) => i.message,
      ),
    ).toEqual(["firstName is not a known field"]);
  });

  it("a closed branch does not apply to a value with another branch's fields", () => {
    const closed: SchemaNode = { anyOf: [() => person, () => closedCompany] };
    expect(renameKeys(closed, { id: "1", firstName: "Ada" }, sdk)).toEqual({
      id: "1",
      first_name: "Ada",
    });
    // Only Person applies, and a request's object is closed over what applies.
    expect(
      validate(closed, { id: "1", firstName: "Ada", companyName: "Acme" }, sdk).map(
        (i) => i.message,
      ),
    ).toEqual(["companyName is not a known field"]);
  });
});

describe("an anyOf of objects, in an answer", () => {
  it("is renamed by every branch that applies", () => {
    expect(renameKeys(party, { id: "1", company_name: "Acme" }, wire)).toEqual({
      id: "1",
      companyName: "Acme",
    });
    expect(renameKeys(party, { id: "1", first_name: "Ada", company_name: "Acme" }, wire)).toEqual({
      id: "1",
      firstName: "Ada",
      companyName: "Acme",
    });
  });

  it("keeps a key newer than the spec as it came", () => {
    expect(renameKeys(party, { id: "1", company_name: "Acme", new_field: 1 }, wire)).toEqual({
      id: "1",
      companyName: "Acme",
      new_field: 1,
    });
  });
});

describe("a value no branch takes", () => {
  // Qdrant's upsert body: `anyOf: [{ batch }, { points }]`. Tried open, no branch applies; the
  // closest branch, judged as the closed object it is, says what is wrong.
  const batch: SchemaNode = { type: "object", properties: { batch: {} }, required: ["batch"] };
  const point: SchemaNode = {
    type: "object",
    properties: { id: { type: "integer", minimum: 0 } },
    required: ["id"],
  };
  const pointsList: SchemaNode = {
    type: "object",
    properties: { points: { type: "array", items: () => point } },
    required: ["points"],
  };
  const upsert: SchemaNode = { anyOf: [() => batch, () => pointsList] };

  it("is told what is wrong in the branch it comes closest to", () => {
    expect(validate(upsert, { points: [{ id: -1 }] }, sdk).map((i) => i.message)).toEqual([
      "points[0].id must be >= 0",
    ]);
  });
});

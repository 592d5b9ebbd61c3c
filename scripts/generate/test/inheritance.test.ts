/**
 * § 4.8.25 inheritance (fixtures/inheritance.yaml, inheritance-3.0.yaml): a discriminator on a
 * base that subtypes extend with `allOf: [$ref base]`. The generator writes the base's mapping,
 * with the implicit candidates (components whose allOf reaches the base, and the base itself) by
 * component name; the runtime lets the tag pick the subtype, which is checked and renamed in
 * place of the base. Checked in the tables and end to end: core's runtime, on the spec's own
 * constants, against the mock serving the fixture.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { SchemaNode, SchemaRef } from "../templates/contract.js";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

const resolve = (ref: SchemaRef | undefined): SchemaNode =>
  typeof ref === "function" ? ref() : (ref ?? {});
const wire = { mode: "wire", isFile: () => false, issues: [], files: [] };

describe("explicit mapping (3.1)", () => {
  let it: RuntimeAgainstMock;
  beforeAll(async () => {
    it = await runtimeAgainstMock(join(fixtures, "inheritance.yaml"), "inheritance");
  }, 60_000);
  afterAll(() => it?.close());

  test("the base's mapping names its subtypes and itself; usesInheritance is on", () => {
    const pet = resolve(it.operations.createPet!.requestBody!.schema);
    expect(Object.keys(pet.discriminator!.mapping!)).toEqual(["cat", "dog", "Pet"]);
    expect(resolve(pet.discriminator!.mapping!.Pet)).toBe(pet);
    expect(it.coreSchemas.usesInheritance).toBe(true);
  });

  test("a subtype's fields are sent in wire names, and come back renamed", async () => {
    const result = await it.client.callOperation(it.operations.createPet!, {
      petType: "cat",
      name: "Tom",
      huntingSkill: "lazy",
    });
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 200,
      body: { pet_type: "cat", name: "Tom", hunting_skill: "lazy" },
    });
    expect(result).toEqual({
      ok: true,
      value: { petType: "cat", name: "Tom", huntingSkill: "lazy" },
    });
  });

  test("the subtype's rules and an unknown tag are refused before sending", async () => {
    for (const [request, message] of [
      [{ petType: "cat", name: "Tom" }, /huntingSkill is required/],
      [{ petType: "dog", name: "Rex", packSize: -1 }, /packSize must be >= 0/],
      [{ petType: "eel", name: "Eve" }, /petType must be one of cat, dog, Pet \(got "eel"\)/],
    ] as const) {
      it.mock.reset();
      const result = await it.client.callOperation(it.operations.createPet!, request);
      expect(!result.ok && result.error.message).toMatch(message);
      expect(it.mock.requests).toEqual([]);
    }
  });

  test("an answer whose union tag is newer than the spec passes as it came", () => {
    const schema = it.operations.getEvent!.response!.schema!;
    const pass = { ...wire, issues: [] };
    const hover = { payload: { event_type: "hover", at_ms: 2 } };
    expect(it.checkAndRename(schema, hover, pass)).toEqual(hover);
    expect(pass.issues).toEqual([]);
    expect(
      it.checkAndRename(schema, { payload: { event_type: "click", x_coord: 1 } }, pass),
    ).toEqual({ payload: { eventType: "click", xCoord: 1 } });
  });

  test("where the base is asked for, a subtype's literal compiles; a wrong one does not", async () => {
    const { files, dir } = it;
    // The base is a union of its subtypes and itself; the subtypes extend `PetBase`.
    expect(files.get("sdk-types.ts")).toMatch(
      /Pet:\s*\|\s*components\["schemas"\]\["Cat"\]\s*\|\s*components\["schemas"\]\["Dog"\]\s*\|\s*components\["schemas"\]\["PetBase"\];/,
    );
    await writeFile(
      join(dir, "usage.ts"),
      `import type { OperationCaller } from "./contract.js";
import type { CreatePetRequestBody, CreatePetResponseBody, Cat, Pet } from "./models.js";
import { petsCreate } from "./funcs/petsCreate.js";

declare const core: OperationCaller<object, Error>;

export async function usage(): Promise<string> {
  const cat: CreatePetRequestBody = { petType: "cat", name: "Tom", huntingSkill: "lazy" };
  const dog: Pet = { petType: "dog", name: "Rex", packSize: 3 };
  const plain: Pet = { petType: "Pet", name: "Pat" };
  // @ts-expect-error a cat's hunting skill is one of three
  const wrong: Cat = { petType: "cat", name: "Tom", huntingSkill: "sleepy" };
  // @ts-expect-error nor does any subtype have this field
  const unknown: Pet = { petType: "cat", name: "Tom", huntingSkill: "lazy", wings: 2 };
  const result = await petsCreate(core, cat);
  const answer: CreatePetResponseBody | undefined = result.ok ? result.value : undefined;
  // (The base's own tag is any string, so "cat" does not narrow it: the field does.)
  const skill = answer && "huntingSkill" in answer ? answer.huntingSkill : "";
  return [dog, plain, wrong, unknown, skill].join();
}
`,
    );
    const checked = await typecheck([dir], dir);
    expect(checked.code, checked.output).toBe(0);
  }, 60_000);
});

describe("implicit mapping (3.0)", () => {
  let it: RuntimeAgainstMock;
  beforeAll(async () => {
    it = await runtimeAgainstMock(join(fixtures, "inheritance-3.0.yaml"), "inheritance-3.0");
  }, 60_000);
  afterAll(() => it?.close());

  test("every component whose allOf reaches the base is a candidate by its name", () => {
    const animal = resolve(it.operations.createAnimal!.requestBody!.schema);
    expect(Object.keys(animal.discriminator!.mapping!).sort()).toEqual([
      "Animal",
      "Bird",
      "Fish",
      "SeaBird",
    ]);
  });

  test("the tag picks the subtype, both ways", async () => {
    const result = await it.client.callOperation(it.operations.createAnimal!, {
      animalKind: "SeaBird",
      wingSpan: 2,
      diveDepth: 10,
    });
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 200,
      body: { animal_kind: "SeaBird", wing_span: 2, dive_depth: 10 },
    });
    expect(result).toEqual({ ok: true, value: { animalKind: "Bird", wingSpan: 1.5 } });
    it.mock.reset();
    const refused = await it.client.callOperation(it.operations.createAnimal!, {
      animalKind: "SeaBird",
      diveDepth: 31,
      weightKg: 0,
    });
    expect(!refused.ok && refused.error.message).toMatch(/diveDepth must be <= 30/);
    expect(!refused.ok && refused.error.message).toMatch(/weightKg must be > 0/);
    expect(it.mock.requests).toEqual([]);
  });
});

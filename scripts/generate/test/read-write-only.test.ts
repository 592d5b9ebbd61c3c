/**
 * `readOnly` and `writeOnly` properties (fixtures/read-write-only.yaml): a property the server
 * sets is neither required in nor sent by a request, a write-only one (a secret) is not required
 * in an answer. Checked in the tables, in the types SDK users compile against (tsc), and end to
 * end: core's runtime against the mock serving the fixture. (The fixture is also generated twice,
 * type-checked and prettier-checked with the others in fixtures.test.ts.)
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { SchemaNode, SchemaRef } from "../templates/contract.js";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

const spec = join(fixtures, "read-write-only.yaml");
const resolve = (ref: SchemaRef | undefined): SchemaNode =>
  typeof ref === "function" ? ref() : (ref ?? {});

let it: RuntimeAgainstMock;

beforeAll(async () => {
  it = await runtimeAgainstMock(spec, "read-write-only-calls");
}, 60_000);
afterAll(() => it?.close());

describe("tables", () => {
  test("each object lists its read-only and write-only properties, by wire name", async () => {
    const schemas: Record<string, unknown> = await import(join(it.dir, "schemas.ts"));
    expect(schemas.usesReadWriteOnly).toBe(true);
    // Marked on the property, through a $ref (Tag.tag_id), and through 3.0's allOf of one.
    expect(schemas.PetSchema).toMatchObject({
      required: ["pet_id", "name", "created_at", "owner_secret"],
      readOnly: ["pet_id", "created_at"],
      writeOnly: ["owner_secret"],
    });
    expect(schemas.TagSchema).toMatchObject({ readOnly: ["tag_id"] });
    expect(schemas.LabelSchema).not.toHaveProperty("readOnly");
    const { operations } = it;
    const owner = resolve(operations.createOwner!.requestBody!.schema);
    expect(owner.allOf!.map((part) => resolve(part).writeOnly)).toEqual([undefined, ["api_token"]]);
    // Specs without either marker keep the flag off, so the runtime leaves the code out.
    const shipped = new URL("../../../packages/core/src/generated/schemas.ts", import.meta.url);
    expect(await readFile(shipped, "utf8")).toMatch(/^export const usesReadWriteOnly = false;$/m);
  });
});

describe("types", () => {
  test("requests leave out what the server sets, answers what it never returns", async () => {
    const models = it.files.get("models.ts")!;
    expect(it.files.get("sdk-types.ts")).toMatch(/pet_id|petId: \$Read<string>;/);
    // A component holding a marked property reads as an answer and has an input twin; a
    // component that is itself read-only only reads; one with no marker stays as it is.
    expect(models).toMatch(/^export type Pet = ResponseShape<components\["schemas"\]\["Pet"\]>;$/m);
    expect(models).toMatch(/^export type PetInput = RequestShape</m);
    expect(models).toMatch(/^export type ServerId = ResponseShape</m);
    expect(models).not.toMatch(/ServerIdInput/);
    expect(models).toMatch(
      /^type \$Label = components\["schemas"\]\["Label"\];\nexport interface Label /m,
    );
    expect(models).toMatch(/^type \$CreateLabelRequestBody = NonNullable</m);

    await writeFile(
      join(it.dir, "usage.ts"),
      `import type { OperationCaller } from "./contract.js";
import type {
  CreateOwnerRequestBody,
  CreateOwnerResponseBody,
  CreatePetRequestBody,
  CreatePetResponseBody,
  Pet,
  PetInput,
  ServerId,
  TagInput,
} from "./models.js";
import { petsCreate } from "./funcs/petsCreate.js";

declare const core: OperationCaller<{ signal?: AbortSignal }, Error>;

export async function usage(answer: CreatePetResponseBody, owner: CreateOwnerResponseBody) {
  const request: CreatePetRequestBody = {
    name: "Rex",
    ownerSecret: "s3cret",
    tags: [{ label: "good" }],
    parent: { name: "Ma", ownerSecret: "x" },
  };
  // @ts-expect-error the server sets petId
  const withId: CreatePetRequestBody = { petId: "p1", name: "Rex", ownerSecret: "s" };
  // @ts-expect-error the secret is required when sending
  const noSecret: PetInput = { name: "Rex" };
  // @ts-expect-error a tag's id is the server's too, even through a $ref
  const tag: TagInput = { tagId: "t1", label: "x" };
  const sent: CreateOwnerRequestBody = { fullName: "Ada", apiToken: "t" };
  // @ts-expect-error an owner's audit id is the server's
  const audited: CreateOwnerRequestBody = { auditId: "a", fullName: "Ada", apiToken: "t" };

  const id: string = answer.petId;
  const when: Date = answer.createdAt;
  const tagId: string | undefined = answer.tags?.[0]?.tagId;
  const parentId: string | undefined = answer.parent?.petId;
  const asPet: Pet = answer;
  const serverId: ServerId = id;
  // @ts-expect-error a write-only secret never comes back
  const secret: string = answer.ownerSecret;
  // @ts-expect-error nor does the owner's token
  const token: string = owner.apiToken;
  const auditId: string = owner.auditId;

  const result = await petsCreate(core, request);
  const created: string = result.ok ? result.value.petId : "";
  return [withId, noSecret, tag, sent, audited, when, tagId, parentId, asPet, serverId, secret, token, auditId, created];
}
`,
    );
    const checked = await typecheck([it.dir], it.dir);
    expect(checked.code, checked.output).toBe(0);
  }, 60_000);
});

describe("against the mock serving the fixture", () => {
  test("a request without the server's fields is sent; the answer has them and no secret", async () => {
    const result = await it.client.callOperation(it.operations.createPet!, {
      name: "Rex",
      ownerSecret: "s3cret",
      tags: [{ label: "good" }],
    });
    if (!result.ok) throw result.error;
    const pet = result.value as Record<string, unknown>;
    expect(pet).toHaveProperty("petId");
    expect(pet).toHaveProperty("createdAt");
    expect(pet).not.toHaveProperty("ownerSecret");
    expect(pet).not.toHaveProperty("pet_id");
  });

  test("the same through allOf parts", async () => {
    const result = await it.client.callOperation(it.operations.createOwner!, {
      fullName: "Ada",
      apiToken: "t0ken",
    });
    if (!result.ok) throw result.error;
    expect(result.value).toHaveProperty("auditId");
    expect(result.value).not.toHaveProperty("apiToken");
  });

  test("a read-only field in a request is refused, a missing write-only one too", async () => {
    const withId = await it.client.callOperation(it.operations.createPet!, {
      petId: "p1",
      name: "Rex",
      ownerSecret: "s",
      tags: [{ tagId: "t1", label: "x" }],
    });
    expect(!withId.ok && withId.error.name).toBe("ValidationError");
    expect(!withId.ok && withId.error.message).toMatch(/petId is read-only: the server sets it/);
    expect(!withId.ok && withId.error.message).toMatch(/tags\[0\]\.tagId is read-only/);

    const noSecret = await it.client.callOperation(it.operations.createPet!, { name: "Rex" });
    expect(!noSecret.ok && noSecret.error.message).toMatch(/ownerSecret is required/);
    const noToken = await it.client.callOperation(it.operations.createOwner!, { fullName: "A" });
    expect(!noToken.ok && noToken.error.message).toMatch(/apiToken is required/);
  });

  test("control: an answer still needs its read-only fields", () => {
    const pass = { mode: "wire", isFile: () => false, issues: [] as unknown[], files: [] };
    it.checkAndRename(it.operations.createPet!.response!.schema, { name: "Rex" }, pass);
    expect(pass.issues).toEqual([
      { path: "pet_id", message: "pet_id is required" },
      { path: "created_at", message: "created_at is required" },
    ]);
  });
});

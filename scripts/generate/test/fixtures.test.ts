/**
 * Each fixture spec (one public-spec shape each) is generated into a temp folder twice (the
 * output must be byte-identical), the folders are type-checked together by tsc as SDK users
 * would compile them, every file must be a fixed point of prettier, and the runtime tables are
 * imported and checked where the shape matters.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Operation, SchemaNode, SchemaRef } from "../templates/contract.js";
import {
  fixtures,
  generateSpec,
  prettierConfig,
  tempDir,
  typecheck,
  writeOutput,
} from "./helpers.js";

const names = readdirSync(fixtures)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => f.replace(/\.yaml$/, ""))
  .sort();

const outputs = new Map<
  string,
  { files: Map<string, string>; again: Map<string, string>; dir: string }
>();
let checked: { code: number; output: string };
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const { dir, remove } = await tempDir("fixtures");
  cleanup = remove;
  for (const name of names) {
    const spec = join(fixtures, `${name}.yaml`);
    const [files, again] = [await generateSpec(spec), await generateSpec(spec)];
    await writeOutput(join(dir, name), files);
    outputs.set(name, { files, again, dir: join(dir, name) });
  }
  checked = await typecheck(
    [...outputs.values()].map((o) => o.dir),
    dir,
  );
  // (Every fixture generated twice, then one type-check of them all: about 25 s alone, and five
  // times that on CI's two cores beside the other packages' tests, past the 120 s default.)
}, 300_000);
afterAll(() => cleanup?.());

const resolve = (ref: SchemaRef | undefined): SchemaNode =>
  typeof ref === "function" ? ref() : (ref ?? {});
type Tables = { operations: Record<string, Operation>; schemas: Record<string, SchemaNode> };
async function tables(name: string): Promise<Tables> {
  const { dir } = outputs.get(name)!;
  return {
    operations: await import(join(dir, "operations.ts")),
    schemas: await import(join(dir, "schemas.ts")),
  };
}

describe.each(names)("%s", (name) => {
  test("type-checks on its own (tsc --strict --noUncheckedIndexedAccess)", () => {
    const errors = checked.output.split("\n").filter((l) => l.includes(`/${name}/`));
    expect(errors).toEqual([]);
  });

  test("is deterministic: a second generation is byte-identical", () => {
    const { files, again } = outputs.get(name)!;
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [file, code] of files) expect(again.get(file), file).toBe(code);
  });

  test("is prettier-formatted, as `prettier --check` reads it", async () => {
    const config = (await prettier.resolveConfig(prettierConfig)) ?? {};
    for (const [file, code] of outputs.get(name)!.files) {
      expect(await prettier.format(code, { ...config, filepath: file }), file).toBe(code);
    }
  });
});

test("tsc found no errors at all", () => expect(checked.code, checked.output).toBe(0));

describe("runtime tables", () => {
  test("circular: self and mutual recursion are thunks to the component constants", async () => {
    const { schemas, operations } = await tables("circular");
    const tree = schemas.TreeNodeSchema!;
    expect(resolve(resolve(tree.properties!.child_nodes).items)).toBe(tree);
    const company = resolve(schemas.PersonSchema!.properties!.employer);
    expect(company).toBe(schemas.CompanySchema);
    expect(resolve(resolve(company.properties!.employees).items)).toBe(schemas.PersonSchema);
    expect(resolve(operations.getTree!.response!.schema)).toBe(tree);
  });

  test("discriminators: mappings are thunks, implicit ones by component name", async () => {
    const { schemas } = await tables("discriminators");
    const pet = schemas.PetSchema!.discriminator!;
    expect(pet.propertyName).toBe("pet_type"); // wire name; the runtime maps it per branch
    expect(typeof pet.mapping!.cat).toBe("function");
    expect(resolve(pet.mapping!.cat)).toBe(schemas.CatSchema);
    expect(resolve(pet.mapping!.dog)).toBe(schemas.DogSchema); // a bare name in the spec
    expect(schemas.CatSchema!.names).toMatchObject({ pet_type: "petType" });
    const shape = schemas.ShapeSchema!.discriminator!;
    expect(Object.keys(shape.mapping!)).toEqual(["Circle", "Square"]);
    expect(resolve(shape.mapping!.Circle)).toBe(schemas.CircleSchema);
    const vehicle = schemas.VehicleSchema!.discriminator!;
    expect(resolve(vehicle.mapping!.car)).toBe(schemas.CarSchema);
  });

  test("discriminators: the SDK types carry the renamed tag", () => {
    const types = outputs.get("discriminators")!.files.get("sdk-types.ts")!;
    expect(types).toMatch(/petType: "cat";/);
    expect(types).toMatch(/vehicleType: "car";/);
    expect(types).not.toMatch(/pet_type|vehicle_type/);
  });

  test("nullable-3.0: nullable is a null type, boolean exclusive bounds are numbers", async () => {
    const reading = (await tables("nullable-3.0")).schemas.ReadingSchema!.properties!;
    expect(resolve(reading.celsius)).toEqual({
      type: ["number", "null"],
      exclusiveMinimum: -273.15,
    });
    expect(resolve(reading.humidity)).toEqual({
      type: "number",
      minimum: 0,
      exclusiveMaximum: 100,
    });
    expect(resolve(reading.pressure)).toEqual({ type: "number", minimum: 0 });
    expect(resolve(reading.unit)).toEqual({
      type: ["string", "null"],
      enum: ["metric", "imperial", null],
    });
    expect(resolve(reading.location).anyOf![1]).toEqual({ type: "null" });
    expect(resolve(reading.note).type).toEqual(["string", "null"]);
  });

  test("files-3.0: binary fields are files, with the encoding's media types", async () => {
    const { operations } = await tables("files-3.0");
    const body = operations.createUpload!.requestBody!;
    const props = resolve(body.schema).properties!;
    expect(resolve(props.file)).toEqual({ type: "file", mediaTypes: ["image/png", "image/jpeg"] });
    expect(resolve(resolve(props.attachments).items)).toEqual({ type: "file" });
    // Only what the runtime would not infer from the value: `metadata` (an object, so JSON) and
    // `purpose` (a string, so text) are left out; `tags` is a list of scalars, one text part each.
    expect(body.encoding).toEqual({ file: "file", attachments: "file", tags: "text" });
    expect(operations.putBlob!.requestBody).toEqual({
      mediaType: "application/octet-stream",
      required: true,
      schema: { type: "file" },
    });
  });

  test("files-3.1: contentMediaType marks files; octet-stream needs no schema", async () => {
    const { operations } = await tables("files-3.1");
    const body = operations.createDocument!.requestBody!;
    const props = resolve(body.schema).properties!;
    expect(resolve(props.document)).toEqual({ type: "file", mediaTypes: ["application/pdf"] });
    // (Its `contentMediaType` is its rule, as the document's `encoding` is the document's.)
    expect(resolve(props.thumbnail)).toEqual({
      type: ["file", "null"],
      mediaTypes: ["image/jpeg"],
    });
    expect(resolve(props.caption)).toEqual({ type: "string" });
    expect(resolve(props.signature)).toEqual({ type: "string" });
    expect(body.encoding).toMatchObject({
      document: "file",
      pages: "file",
      thumbnail: "file",
      caption: "text",
    });
    expect(operations.uploadRaw!.requestBody!.schema).toEqual({ type: "file" });
    expect(outputs.get("files-3.1")!.files.get("sdk-types.ts")).toMatch(
      /"application\/octet-stream": FileInput;/,
    );
  });

  test("raw-bodies: bytes and text both ways, typed as what is sent and what comes back", async () => {
    const { operations, schemas } = await tables("raw-bodies");
    expect(schemas.usesRawBodies).toBe(true);
    expect(schemas.usesNonJsonResponses).toBe(true);
    // (Its `createSpeech` takes JSON; the shipped spec, multipart only, takes none.)
    expect(schemas.usesJsonBodies).toBe(true);
    expect((await import("../../../packages/core/src/generated/schemas.js")).usesJsonBodies).toBe(
      false,
    );
    // A named media type is a rule for the file; octet-stream and text are not.
    expect(operations.putAvatar!.requestBody!.schema).toEqual({
      type: "file",
      mediaTypes: ["image/png"],
      maxBytes: 1048576,
    });
    expect(operations.putBlob!.requestBody!.schema).toEqual({ type: "file" });
    expect(operations.createNote!.requestBody!.schema).toEqual({ type: "string", maxLength: 200 });
    // Binary answers are files whether the spec gave no schema or a bare string; text stays text.
    expect(operations.createSpeech!.response).toEqual({
      status: "200",
      mediaType: "audio/mpeg",
      schema: { type: "file" },
    });
    expect(operations.getReport!.response!.schema).toEqual({ type: "file" });
    expect(operations.exportRows!.response!.schema).toEqual({ type: "string" });
    const types = outputs.get("raw-bodies")!.files.get("sdk-types.ts")!;
    expect(types).toMatch(/"application\/octet-stream": FileInput;/);
    expect(types).toMatch(/"image\/png": FileInput;/);
    // (Async-iterable too, as the runtime's is: `for await` reads it with `lib: ["DOM"]`.)
    expect(types).toMatch(/"audio\/mpeg": ByteStream;/);
    expect(types).toMatch(/"application\/pdf": ByteStream;/);
    expect(types).toMatch(/"text\/csv": string;/);
    // The servers, variables at their defaults, in order; without servers, the spec's origin.
    expect(schemas.serverList).toEqual([
      "https://eu.files.example.com/v1",
      "https://backup.example.com",
    ]);
    expect((await tables("circular")).schemas.serverList).toEqual(["/"]);
    // The shipped spec, like most, has neither: those flags stay off.
    expect((await tables("files-3.0")).schemas.usesNonJsonResponses).toBe(false);
  });

  test("security: where each operation's key goes, when not a bearer token", async () => {
    const { operations, schemas } = await tables("security");
    const auth = Object.fromEntries(
      Object.values(operations).map((op) => [op.operationId, op.auth ?? "bearer"]),
    );
    expect(auth).toEqual({
      byHeader: { in: "header", name: "x-api-key" },
      byQuery: { in: "query", name: "api_key" },
      byCookie: { in: "cookie", name: "session" },
      byBasic: { in: "header", name: "authorization", scheme: "basic" },
      byBearer: "bearer",
      byOauth: "bearer",
      publicThing: false,
      eitherWay: { in: "query", name: "api_key" },
      optionalKey: false,
    });
    expect(schemas.usesOtherAuth).toBe(true);
    expect((await tables("files-3.0")).schemas.usesOtherAuth).toBe(false);
  });

  test("composition: allOf parts are thunks; maps keep their keys, their values are renamed", async () => {
    const { schemas } = await tables("composition");
    expect(schemas.ProjectSchema!.allOf!.slice(0, 2).map(resolve)).toEqual([
      schemas.TimestampsSchema,
      schemas.ProjectInputSchema,
    ]);
    const input = schemas.ProjectInputSchema!.properties!;
    expect(resolve(input.labels).additionalProperties).toEqual({ type: "string" });
    expect(resolve(input.metadata).additionalProperties).toBe(true);
    expect(resolve(input.settings).additionalProperties).toBe(false);
    expect(resolve(resolve(input.members_by_role).additionalProperties as SchemaRef).names).toEqual(
      { user_id: "userId", joined_at: "joinedAt" },
    );
  });

  test("parameters: locations, overrides, $refs, SDK names; no operationId; no content", async () => {
    const { operations } = await tables("parameters");
    const list = operations.listMembers!;
    expect(list.parameters!.map((p) => [p.name, p.sdk, p.in, p.required])).toEqual([
      ["workspace_id", "workspaceId", "path", true],
      ["page_size", "pageSize", "query", false],
      ["starting_after", "startingAfter", "query", false],
      ["X-Request-Id", "xRequestId", "header", false],
      ["include[]", "include", "query", false],
    ]);
    expect(resolve(list.parameters![1]!.schema)).toEqual({
      type: "integer",
      minimum: 1,
      maximum: 100,
    }); // the operation's
    const remove = operations.deleteV1WorkspacesWorkspaceIdMembersMemberId!;
    expect(remove).toMatchObject({
      operationId: "deleteV1WorkspacesWorkspaceIdMembersMemberId",
      sdkName: "workspaces.members.delete",
    });
    expect(remove.response).toEqual({ status: "204", mediaType: "" });
    expect(operations.patchV1WorkspacesWorkspaceIdMembersMemberId!.response).toEqual({
      status: "200",
      mediaType: "",
    });
    expect(operations.suspendMember!.sdkName).toBe("workspaces.members.suspend");
    expect(operations.addMember!.requestBody).toMatchObject({
      mediaType: "application/json",
      required: true,
    });
  });

  test("parameter styles: only what differs from the location's defaults is in the table", async () => {
    const { operations, schemas } = await tables("parameter-styles");
    const serialization = (op: Operation) =>
      op.parameters!.map(({ name, in: where, style, explode, allowReserved, content }) => ({
        name,
        in: where,
        ...(style && { style }),
        ...(explode !== undefined && { explode }),
        ...(allowReserved && { allowReserved }),
        ...(content && { content }),
      }));
    expect(serialization(operations.listIssues!)).toEqual([
      { name: "owner", in: "path" }, // `style: simple` is the path's default
      { name: "format", in: "path", style: "label", explode: true },
      { name: "labels", in: "query", explode: false },
      { name: "state", in: "query" }, // `explode` means nothing for a scalar
      { name: "sort", in: "query" }, // the defaults spelled out, through a $ref
      { name: "ids", in: "query", style: "pipeDelimited" }, // not exploded: the style's default
      { name: "words", in: "query", style: "spaceDelimited" },
      { name: "filter", in: "query", style: "deepObject", explode: true },
      { name: "redirect", in: "query", allowReserved: true },
      { name: "where", in: "query", content: "json" },
      { name: "X-Tags", in: "header", explode: true },
      { name: "X-Note", in: "header", content: "text" },
      { name: "session_id", in: "cookie" },
      { name: "prefs", in: "cookie", explode: false },
    ]);
    // A `content` parameter is checked against its media type's schema.
    expect(resolve(operations.listIssues!.parameters![9]!.schema).names).toEqual({
      owner_id: "ownerId",
    });
    expect(serialization(operations.getPoint!)).toEqual([
      { name: "point", in: "path", style: "matrix" },
    ]);
    // Form fields: a style (`{}`: style-written with form's defaults), or JSON where that is not
    // what the runtime would do anyway; the rest is left out.
    expect(operations.postCustomers!.requestBody!.encoding).toEqual({
      address: { style: "deepObject", explode: true },
      metadata: { style: "deepObject", explode: true },
      tags: { explode: false },
      flat: {},
      redirect: { allowReserved: true },
      external_id: "json",
    });
    expect(schemas).toMatchObject({
      usesParameters: true,
      usesParameterStyles: true,
      usesCookieParameters: true,
      usesFormBodies: true,
      usesFormEncodings: true,
    });
    // A spec with parameters in their default styles only carries none of that code.
    expect((await tables("parameters")).schemas).toMatchObject({
      usesParameters: true,
      usesParameterStyles: false,
      usesCookieParameters: false,
      usesFormEncodings: false,
    });
  });

  test("names: collisions get distinct names everywhere", async () => {
    const { operations, schemas } = await tables("names");
    expect(Object.keys(operations).sort()).toEqual(
      [
        "cancelRun",
        "class_",
        "delete_",
        "listABcd",
        "listAbCd",
        "listModels",
        "listModels2",
        "previewInsights",
        "tracesGet",
      ].sort(),
    );
    // (Under its own version: `/v3/models` beside `/v2/models`.)
    expect(operations.listModels2!.sdkName).toBe("v3.models.list");
    expect(operations.cancelRun!.sdkName).toBe("runs.cancel");
    expect(operations.previewInsights!.sdkName).toBe("insights.preview");
    expect(operations.delete_!.parameters!.map((p) => p.sdk)).toEqual([
      "id",
      "queryId",
      "page_size",
      "pageSize",
      "xRateLimit",
    ]);
    expect(operations.class_!.parameters!.map((p) => p.sdk)).toEqual(["id", "queryRequestBody"]);
    const weird = schemas.WeirdSchema!;
    expect(Object.keys(weird.properties!)).toContain("__proto__");
    expect(Object.getPrototypeOf(weird.properties)).toBe(Object.prototype);
    expect(weird.names).toEqual({
      "x-rate-limit": "xRateLimit",
      "hate/threatening": "hateThreatening",
      'quote"and*/comment': "quoteAndComment",
    });
    expect(schemas.ModelSchema!.names).toEqual({ model_name: "modelName" });

    const files = outputs.get("names")!.files;
    expect(
      [...files.keys()].filter((f) => f.startsWith("funcs/")).map((f) => f.toLowerCase()),
    ).toEqual([
      ...new Set(
        [...files.keys()].filter((f) => f.startsWith("funcs/")).map((f) => f.toLowerCase()),
      ),
    ]);
    expect(files.get("models.ts")).toMatch(
      /type \$OperationSchema = components\["schemas"\]\["Operation"\];\nexport interface OperationSchema /,
    );
    expect(files.get("models.ts")).toMatch(
      /export (type|interface) ListModelsResponseBodySchema\b/,
    );
    expect(files.get("sdk-types.ts")).toMatch(/__proto__\?: string \| undefined;/);
  });
});

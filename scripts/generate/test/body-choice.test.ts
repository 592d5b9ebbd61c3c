/**
 * fixtures/body-choice.yaml: a body offered as JSON and as multipart goes as multipart when only
 * that can carry its files, else as the first JSON type; a 204 or 205 answer has no body whatever
 * schema the spec gives it, so the method resolves to nothing (typed `void`); an empty path
 * parameter is refused before sending. In the tables, the types, and end to end: core's runtime
 * on the spec's own constants against the mock serving the fixture.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

const spec = join(fixtures, "body-choice.yaml");

let it: RuntimeAgainstMock;

beforeAll(async () => {
  it = await runtimeAgainstMock(spec, "body-choice-calls");
}, 60_000);
afterAll(() => it?.close());

describe("tables", () => {
  test("multipart when it carries files, even listed after JSON; else the first JSON type", () => {
    const { uploadFile, createNote } = it.operations;
    expect(uploadFile!.requestBody).toMatchObject({ mediaType: "multipart/form-data" });
    expect(createNote!.requestBody).toMatchObject({ mediaType: "application/merge-patch+json" });
  });

  test("a 204 or 205 answer has no schema, whatever the spec gives it", () => {
    expect(it.operations.createNote!.response).toEqual({ status: "204", mediaType: "" });
    expect(it.operations.deleteTeams!.response).toEqual({ status: "205", mediaType: "" });
  });
});

describe("types", () => {
  test("the body type is the chosen media type's; a 204 resolves to void", async () => {
    const models = it.files.get("models.ts")!;
    expect(models).toMatch(/\["content"\]\["multipart\/form-data"\];$/m);
    expect(models).not.toMatch(/CreateNoteResponseBody|DeleteTeamsResponseBody/);
    await writeFile(
      join(it.dir, "usage.ts"),
      `import type { Resources } from "./resources.js";

declare const api: Resources<object>;
const stored = await api.files.create({ purpose: "fine-tune", file: new Blob(["x"]) });
export const id: string = stored.fileId;
export const nothing: void = await api.notes.create({ noteText: "hi" });
export const reset: void = await api.orgs.teams.delete({ org: "acme" });
// @ts-expect-error the file is required: the body is the multipart one
await api.files.create({ purpose: "fine-tune" });
`,
    );
    const { code, output } = await typecheck([it.dir], it.dir);
    expect(output).toBe("");
    expect(code).toBe(0);
  });
});

describe("calls", () => {
  test("a file goes up as multipart/form-data", async () => {
    const result = await it.client.callOperation(it.operations.uploadFile!, {
      purpose: "fine-tune",
      file: new Blob(["hello"], { type: "text/plain" }),
    });
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 201,
      contentType: expect.stringMatching(/^multipart\/form-data;/),
      body: { purpose: "fine-tune" },
      files: [{ field: "file", size: 5 }],
    });
    expect(result.ok && result.value).toMatchObject({ fileId: expect.any(String) });
  });

  test("a 204 with a declared schema resolves to undefined", async () => {
    const result = await it.client.callOperation(it.operations.createNote!, { noteText: "hi" });
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 204,
      contentType: "application/merge-patch+json",
      body: { note_text: "hi" },
    });
    expect(result).toEqual({ ok: true, value: undefined });
  });

  test("an empty path parameter is refused, naming it; nothing is sent", async () => {
    it.mock.reset();
    const result = await it.client.callOperation(it.operations.deleteTeams!, { org: "" });
    expect(!result.ok && result.error.name).toBe("ValidationError");
    expect(!result.ok && result.error.message).toMatch(/org must not be empty/);
    expect(it.mock.requests).toEqual([]);
  });

  test("a path parameter with a value goes out", async () => {
    const result = await it.client.callOperation(it.operations.deleteTeams!, { org: "acme" });
    expect(it.mock.requests.at(-1)).toMatchObject({ path: "/orgs/acme/teams", status: 205 });
    expect(result.ok).toBe(true);
  });
});

/**
 * Multipart bodies the spec gives no fields (fixtures/fieldless-multipart.yaml, Jira's attachment
 * upload and column settings). Encoded by `Object.entries`, a file went as no part at all, a list
 * as parts "0", "1", a string one part per character: silent wrong requests. Such a body is
 * typed as a `FormData` the caller builds with the fields the API reads (Jira's `file`), and goes
 * as it is; anything else is a ValidationError, with nothing sent (which left Jira's upload
 * with no way to be made, probe42 F2). Against the mock, which records what arrives.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "fieldless-multipart.yaml"), "fieldless-multipart");
}, 60_000);
afterAll(() => it?.close());

test("the generator flags the spec", () => {
  expect(it.coreSchemas.usesFieldlessMultipart).toBe(true);
});

test.each([
  ["addAttachment", { key: "P-1", requestBody: new Blob(["x"], { type: "text/plain" }) }],
  ["setColumns", { id: 1, requestBody: ["summary", "status"] }],
  ["addNote", "hi!"],
])("%s: refused before sending, with the reason", async (id, request) => {
  const before = it.mock.requests.length;
  const result = await it.client.callOperation(it.operations[id]!, request);
  expect(!result.ok && result.error.message).toContain(
    "a multipart/form-data body is sent as named fields, and the spec names none for this one",
  );
  expect(it.mock.requests.length).toBe(before);
});

test("the caller's FormData goes as it is, its fields and file as built", async () => {
  const form = new FormData();
  form.append("file", new Blob(["x"], { type: "text/plain" }), "notes.txt");
  const result = await it.client.callOperation(it.operations.addAttachment!, {
    key: "P-1",
    requestBody: form,
  });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  const received = it.mock.requests.at(-1)!;
  expect(received.path).toBe("/issue/P-1/attachments");
  expect(received.contentType).toMatch(/^multipart\/form-data; boundary=/);
  expect(received.files).toMatchObject([
    { field: "file", filename: "notes.txt", contentType: "text/plain", size: 1 },
  ]);
  expect(it.operations.addAttachment!.requestBody).toMatchObject({ formData: true });
});

test("the types ask for a FormData there, and the refusal says to pass one", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { AddAttachmentRequest } from "./models.js";
export const ok: AddAttachmentRequest = { key: "P-1", requestBody: new FormData() };
// @ts-expect-error a bare file: its field name is the caller's to give
export const bare: AddAttachmentRequest = { key: "P-1", requestBody: new Blob(["x"]) };
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);
  const result = await it.client.callOperation(it.operations.addAttachment!, {
    key: "P-1",
    requestBody: new Blob(["x"]),
  });
  expect(!result.ok && result.error.message).toContain(
    ": pass a FormData with the fields the API reads",
  );
});

test("an object body still goes as its fields", async () => {
  const result = await it.client.callOperation(it.operations.addLabel!, { label: "urgent" });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(it.mock.requests.at(-1)!.body).toEqual({ label: "urgent" });
});

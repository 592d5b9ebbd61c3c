/**
 * `format: binary` where only JSON goes (fixtures/binary-in-json.yaml, as Resend's attachment
 * `content`). It was a file everywhere: a string was refused ("must be a file"), a file was
 * refused too (JSON would write it as `{}`), so the field could not be sent at all; and a JSON
 * answer carrying one failed its check. Such a field is now the string it is on the wire, in the
 * types and in the runtime; a multipart part of its own stays a file. End to end against the mock.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtures, PNG, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

const png = () => new Blob([PNG], { type: "image/png" });

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "binary-in-json.yaml"), "binary-in-json");
}, 60_000);
afterAll(() => it?.close());

describe("tables", () => {
  test("inside JSON a binary field is a string; a part of its own stays a file", () => {
    const schemas = it.files.get("schemas.ts")!;
    expect(schemas).toMatch(/AttachmentSchema[^]*?content: \{ type: "string", minLength: 4 \}/);
    const send = JSON.stringify(it.operations.sendEmail);
    expect(send).not.toContain('"file"');
    const imports = it.operations.createImport!.requestBody!;
    expect(imports.encoding).toEqual({ file: "file", pages: "file" });
    expect(JSON.stringify(imports.schema)).toContain(
      '"thumbnail":{"type":"string"},"label_text":{"type":"string"}',
    );
    // Used both as a multipart body and inside a JSON body: left a file.
    expect(schemas).toMatch(/DocumentSchema[^]*?content: \{ type: "file" \}/);
    expect(it.coreSchemas.usesNestedFiles).toBe(true);
  });
});

describe("types", () => {
  test("a string where JSON goes, a file where a part goes", async () => {
    await writeFile(
      join(it.dir, "usage.ts"),
      `import type { components } from "./sdk-types.js";
import type { SendEmailRequest, CreateImportRequestBody } from "./models.js";
type Attachment = components["schemas"]["Attachment"];
export const text: Attachment = { content: "aGVsbG8=", fileName: "a.txt" };
// @ts-expect-error a Blob is not JSON
export const blob: Attachment = { content: new Blob([]) };
export const send: SendEmailRequest = {
  signature: "c2ln",
  requestBody: { to: "a@example.com", inlineImage: "iVBOR", attachments: [text] },
};
export const upload: CreateImportRequestBody = {
  file: new Blob([]),
  pages: [new Blob([])],
  meta: { thumbnail: "aGk=", labelText: "x" },
};
// @ts-expect-error a part of its own is a file, not text
export const notAFile: CreateImportRequestBody = { file: "text" };
`,
    );
    const { code, output } = await typecheck([it.dir], it.dir);
    expect(output).toBe("");
    expect(code).toBe(0);
  });
});

describe("calls", () => {
  test("a JSON body and a query take the text, and a JSON answer gives it back", async () => {
    const result = await it.client.callOperation(it.operations.sendEmail!, {
      signature: "c2ln",
      requestBody: {
        to: "a@example.com",
        inlineImage: "iVBORw0KGgo=",
        attachments: [{ content: "aGVsbG8=", fileName: "hello.txt" }],
      },
    });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(result.ok && typeof (result.value as { preview: unknown }).preview).toBe("string");
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 200,
      query: { signature: "c2ln" },
      body: {
        inline_image: "iVBORw0KGgo=",
        attachments: [{ content: "aGVsbG8=", file_name: "hello.txt" }],
      },
    });
  });

  test("a JSON answer's binary field is read as the text it is", async () => {
    const result = await it.client.callOperation(it.operations.getEmail!, { id: "e1" });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(result.ok && result.value).toEqual({ id: expect.any(String), raw: expect.any(String) });
  });

  test("the string's own rules are checked, and a file there is refused before sending", async () => {
    const sent = it.mock.requests.length;
    const short = await it.client.callOperation(it.operations.sendEmail!, {
      requestBody: { to: "a", attachments: [{ content: "aGk" }] },
    });
    expect(!short.ok && short.error.message).toContain(
      "requestBody.attachments[0].content must be at least 4 characters",
    );
    const file = await it.client.callOperation(it.operations.sendEmail!, {
      requestBody: { to: "a", attachments: [{ content: png() }] },
    });
    expect(!file.ok && file.error.message).toContain(
      "requestBody.attachments[0].content must be a string",
    );
    expect(it.mock.requests.length).toBe(sent);
  });

  test("in a multipart body, files go as parts and the JSON field carries the text", async () => {
    const result = await it.client.callOperation(it.operations.createImport!, {
      file: png(),
      pages: [png(), png()],
      meta: { thumbnail: "aGk=", labelText: "cover" },
    });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const request = it.mock.requests.at(-1)!;
    expect(request.status).toBe(204);
    expect(request.files.map((f) => f.field)).toEqual(["file", "pages", "pages"]);
    expect(request.body).toMatchObject({ meta: { thumbnail: "aGk=", label_text: "cover" } });
  });
});

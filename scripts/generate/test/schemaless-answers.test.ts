/**
 * Success answers of JSON or text that name no schema (fixtures/schemaless-answers.yaml, as
 * ElevenLabs' document content and webhook-mode 202, probe65). They were read as no answer:
 * typed `void` or `undefined`, while the method resolved to the body, and HTML text that
 * parsed as JSON (`42`) came back as a number. Text is now a string, as sent; JSON is any value
 * (`unknown`), read as it comes, and an empty body is nothing. Against a real server on
 * 127.0.0.1 that answers what a test asks for.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtures, generateSpec, tempDir, typecheck, writeOutput } from "./helpers.js";
import {
  answerServer,
  runtimeAgainstMock,
  type Answer,
  type AnswerServer,
  type RuntimeAgainstMock,
} from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
let server: AnswerServer;

beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "schemaless-answers.yaml"), "schemaless-answers");
  server = await answerServer();
}, 60_000);
afterAll(async () => {
  await it?.close();
  await server?.close();
});

async function call(operation: string, request: unknown, answer: Answer) {
  server.next = answer;
  const result = await it.clientAt(server.url).callOperation(it.operations[operation]!, request);
  if (!result.ok) throw result.error;
  return result.value;
}

describe("types", () => {
  test("text is a string, JSON any value, the 200 beside a schemaless 202 no longer alone", async () => {
    await writeFile(
      join(it.dir, "usage.ts"),
      `import type { CreateTranscriptResponseBody, GetAnythingResponseBody, GetDescribedResponseBody, GetDocumentContentResponseBody, GetPageResponseBody, GetNotesResponseBody, GetSettingsResponseBody, PingResponseBody } from "./models.js";
type Is<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const html: Is<GetDocumentContentResponseBody, string> = true;
export const notes: Is<GetNotesResponseBody, string> = true;
export const pong: Is<PingResponseBody, string> = true;
export const page: Is<GetPageResponseBody, string> = true;
// (Both were unknown: probe66.)
export const described: Is<GetDescribedResponseBody, string> = true;
export const anything: Is<GetAnythingResponseBody, string> = true;
export const settings: Is<GetSettingsResponseBody, unknown> = true;
// (It was the 200's type or undefined: a 202's object narrowed to the 200's.)
export const transcript: Is<CreateTranscriptResponseBody, unknown> = true;
`,
    );
    const { code, output } = await typecheck([it.dir], it.dir);
    expect(output).toBe("");
    expect(code).toBe(0);
  });

  test("3.0's nullable with no type is any value: text is a string, JSON unknown", async () => {
    const { dir, remove } = await tempDir("schemaless-3.0");
    try {
      await writeOutput(dir, await generateSpec(join(fixtures, "schemaless-answers-3.0.yaml")));
      await writeFile(
        join(dir, "usage.ts"),
        `import type { GetNotesResponseBody, GetSettingsResponseBody } from "./models.js";
type Is<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const notes: Is<GetNotesResponseBody, string> = true;
export const settings: Is<GetSettingsResponseBody, unknown> = true;
`,
      );
      const { code, output } = await typecheck([dir], dir);
      expect(output).toBe("");
      expect(code).toBe(0);
    } finally {
      await remove();
    }
  }, 60_000);
});

describe("answers", () => {
  test.each(["42", "null", "[1,2]", "<p>Hello</p>", '{"a":1}'])(
    "HTML %s is its text, as sent",
    async (body) => {
      expect(
        await call("getDocumentContent", { id: "d1" }, { status: 200, type: "text/html", body }),
      ).toBe(body);
    },
  );

  test("a shared answer's text, its media type spelled otherwise, is its text", async () => {
    expect(
      await call("getPage", { id: "p1" }, { status: 200, type: "text/html", body: "42" }),
    ).toBe("42");
  });

  test("text under an empty schema is its text; a default answer of text too", async () => {
    expect(await call("getNotes", undefined, { status: 200, type: "text/plain", body: "7" })).toBe(
      "7",
    );
    expect(await call("ping", undefined, { status: 200, type: "text/plain", body: "true" })).toBe(
      "true",
    );
  });

  test("a schemaless 202 is its JSON as it came; the 200 still read by its schema", async () => {
    const accepted = '{"message":"accepted","request_id":"abc"}';
    expect(
      await call("createTranscript", {}, { status: 202, type: "application/json", body: accepted }),
    ).toEqual({ message: "accepted", request_id: "abc" });
    await expect(
      call("createTranscript", {}, { status: 200, type: "application/json", body: "{}" }),
    ).rejects.toThrow("text is required");
  });

  test("any JSON is read as it comes, and an empty body is nothing", async () => {
    const json = { status: 200, type: "application/json" };
    expect(await call("getSettings", undefined, { ...json, body: '{"dark_mode":true}' })).toEqual({
      dark_mode: true,
    });
    expect(await call("getSettings", undefined, { ...json, body: "" })).toBeUndefined();
    expect(it.coreSchemas.usesSchemalessJsonAnswers).toBe(true);
  });

  // A body cut off, or a proxy's page labelled JSON, came back as a string (probe66 B4).
  test.each([
    ['{"a":', "application/json"],
    ["<html>502</html>", "application/json"],
    ["<html>502</html>", "text/html"],
  ])(
    "JSON of no schema that is not JSON (%s as %s) is a ResponseValidationError",
    async (body, type) => {
      await expect(
        call("getSettings", undefined, { status: 200, type, body }),
      ).rejects.toMatchObject({
        name: "ResponseValidationError",
        message: expect.stringContaining("the body is not valid JSON"),
      });
    },
  );

  // An empty document is the text "" (probe66 B3): it was "the body is empty".
  test.each([
    ["getDocumentContent", { id: "d1" }, "text/html"],
    ["getExport", undefined, "text/csv"],
    ["getNotes", undefined, "text/plain"],
  ])('%s: an empty text is the text ""', async (operation, request, type) => {
    expect(await call(operation, request, { status: 200, type, body: "" })).toBe("");
  });

  test("text whose schema allows any value ($ref to annotations, true) is its text", async () => {
    for (const operation of ["getDescribed", "getAnything"])
      expect(await call(operation, undefined, { status: 200, type: "text/html", body: "42" })).toBe(
        "42",
      );
  });

  test("a schema of annotations alone is no schema: JSON may be nothing, text is text", async () => {
    expect(
      await call("getAnnotated", undefined, { status: 200, type: "application/json", body: "" }),
    ).toBeUndefined();
    expect(
      await call("getAnnotated", undefined, { status: 200, type: "application/json", body: "[1]" }),
    ).toEqual([1]);
    expect(
      await call("getAnnotated", undefined, { status: 201, type: "text/plain", body: "42" }),
    ).toBe("42");
  });
});

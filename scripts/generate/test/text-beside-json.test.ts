/**
 * An answer offered as text beside JSON (fixtures/text-beside-json.yaml; probe74, Groq's
 * translations, `text/plain` or JSON by `response_format`): the SDK asked for JSON alone, typed
 * the JSON alone, and refused the text ("the body is not valid JSON"). It asks for both, and
 * returns the text as it comes, typed `string` beside the JSON. Against the mock (what is
 * asked for) and a real server on 127.0.0.1 that answers what a test says.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import {
  answerServer,
  runtimeAgainstMock,
  type AnswerServer,
  type RuntimeAgainstMock,
} from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
let server: AnswerServer;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "text-beside-json.yaml"), "text-beside-json");
  server = await answerServer();
}, 60_000);
afterAll(async () => {
  await it?.close();
  await server?.close();
});

const translate = (format: string) =>
  it.clientAt(server.url).callOperation(it.operations.createTranslation!, {
    model: "whisper",
    responseFormat: format,
  });

test("both are asked for", async () => {
  expect(it.coreSchemas.usesTextBesideJson).toBe(true);
  await it.client.callOperation(it.operations.createTranslation!, { model: "whisper" });
  expect(it.mock.requests.at(-1)!.headers.accept).toBe("application/json, text/plain");
});

test("text comes back as its text", async () => {
  server.next = { status: 200, type: "text/plain; charset=utf-8", body: "Hello, translated." };
  const result = await translate("text");
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(result.ok && result.value).toBe("Hello, translated.");
});

test("JSON comes back checked and renamed, as before", async () => {
  server.next = {
    status: 200,
    type: "application/json",
    body: '{"text":"Hello","x_groq":{"request_id":"r1"}}',
  };
  const result = await translate("json");
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(result.ok && result.value).toEqual({ text: "Hello", xGroq: { requestId: "r1" } });
  server.next = { status: 200, type: "application/json", body: '{"words":[]}' };
  const broken = await translate("json");
  expect(broken.ok ? "" : broken.error.message).toMatch(/text is required/);
});

test("a page that is neither is no answer", async () => {
  server.next = { status: 200, type: "text/html", body: "<html>proxy</html>" };
  const result = await translate("text");
  expect(result.ok ? "" : result.error.message).toMatch(/not valid JSON \(text\/html\)/);
});

test("the method is typed as either", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { Resources } from "./resources.js";

declare const api: Resources<object>;
const answer = await api.audio.translations.create({ model: "whisper", responseFormat: "text" });
export const text: string = typeof answer === "string" ? answer : answer.text;
// @ts-expect-error it may be text
export const json: { text: string } = answer;
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);
});

/**
 * Success answers of text whose schema is no string (fixtures/text-answers.yaml, probe69): the
 * SDK returns the text as it comes, but typed them as the schema's object (or number), whose
 * fields compiled and were `undefined` at run time. They are typed as strings now; JSON keeps
 * its schema. Against a real server on 127.0.0.1 that answers what a test asks for.
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
  it = await runtimeAgainstMock(join(fixtures, "text-answers.yaml"), "text-answers");
  server = await answerServer();
}, 60_000);
afterAll(async () => {
  await it?.close();
  await server?.close();
});

test("text is typed as the string it is; a string's values and JSON keep their schema", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { GetCountResponseBody, GetFeedResponseBody, GetReportJsonResponseBody, GetReportResponseBody, GetStatusResponseBody } from "./models.js";
type Is<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const report: Is<GetReportResponseBody, string> = true;
export const count: Is<GetCountResponseBody, string> = true;
export const feed: Is<GetFeedResponseBody, string> = true;
export const status: Is<GetStatusResponseBody, "up" | "down"> = true;
export const json: Is<GetReportJsonResponseBody, { total: number }> = true;
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);
});

test.each([
  ["getReport", "text/plain", "total: 3"],
  ["getCount", "text/plain; charset=utf-8", "42"],
  ["getFeed", "application/rss+xml", "<rss><channel>news</channel></rss>"],
])("%s returns the text as sent (%s)", async (operation, type, body) => {
  server.next = { status: 200, type, body };
  const result = await it.clientAt(server.url).callOperation(it.operations[operation]!, undefined);
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(result.ok && result.value).toBe(body);
});

/**
 * A query parameter that picks the answer's fields (fixtures/field-selection.yaml): Box's
 * `fields`, Microsoft Graph's `$select`. The answer leaves out fields the spec requires, and
 * every call that gave `fields` failed its check (`size is required`, probe55). Such answers are
 * not asked for required fields; their types are still checked, and a call without the
 * parameter is checked as before.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import {
  jsonServer,
  runtimeAgainstMock,
  type JsonServer,
  type RuntimeAgainstMock,
} from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
let server: JsonServer;
let client: RuntimeAgainstMock["client"];

beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "field-selection.yaml"), "field-selection");
  server = await jsonServer();
  client = it.clientAt(server.url);
}, 60_000);
afterAll(async () => {
  await it?.close();
  server?.close();
});

const call = (id: string, request: object, body: object) => {
  server.answer = body;
  return client.callOperation(it.operations[id]!, request);
};

test("the table names the parameter", () => {
  expect(it.operations.getFile!.selects).toBe("fields");
  expect(it.operations.getUser!.selects).toBe("$select");
  expect(it.coreSchemas.usesFieldSelection).toBe(true);
});

test("an answer with the fields asked for is read, renamed", async () => {
  const result = await call(
    "getFile",
    { fileId: "f1", fields: ["name", "created_at"] },
    {
      id: "f1",
      name: "a.pdf",
      created_at: "2026-01-01",
    },
  );
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(result.ok && result.value).toEqual({ id: "f1", name: "a.pdf", createdAt: "2026-01-01" });
  expect(server.asked.at(-1)).toBe("/files/f1?fields=name,created_at");
  const user = await call("getUser", { id: "u1", $select: "mail" }, { id: "u1", mail: "a@b.c" });
  expect(user.ok, JSON.stringify(user)).toBe(true);
});

test("types are still checked, and a call that picks nothing gets every required field checked", async () => {
  const wrong = await call("getFile", { fileId: "f1", fields: ["name"] }, { id: "f1", name: 5 });
  expect(wrong.ok).toBe(false);
  expect(String(!wrong.ok && wrong.error.message)).toMatch(/name must be a string/);
  const whole = await call("getFile", { fileId: "f1" }, { id: "f1", name: "a.pdf" });
  expect(whole.ok).toBe(false);
  expect(String(!whole.ok && whole.error.message)).toMatch(/size is required/);
  // An empty list picks nothing: every field comes, and is asked for (probe57).
  const none = await call("getFile", { fileId: "f1", fields: [] }, { id: "f1", name: "a.pdf" });
  expect(String(!none.ok && none.error.message)).toMatch(/size is required/);
});

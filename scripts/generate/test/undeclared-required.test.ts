/**
 * A property an object schema requires but does not declare (fixtures/undeclared-required.yaml,
 * as in OpenAI's `LocalShellToolCallOutput`). Every request was refused ("callId is not a known
 * field", or "call_id is not a known field") and answers kept it in snake_case: it is now
 * declared as any value, so it is known, required and renamed, in the types too.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "undeclared-required.yaml"), "undeclared-required");
}, 60_000);
afterAll(() => it?.close());

test("the property is declared, as any value, and typed by its camelCase name", () => {
  const types = it.files.get("sdk-types.ts")!;
  expect(types).toMatch(/callId: unknown;/);
  expect(types).not.toMatch(/call_id/);
});

test("a request with it is sent renamed; one without it is refused, naming it", async () => {
  const sent = await it.client.callOperation(it.operations.createOutput!, {
    type: "local_shell_call_output",
    callId: "call_1",
    output: "ok",
  });
  expect(sent).toMatchObject({ ok: true, value: { outputId: expect.any(String) } });
  expect(it.mock.requests.at(-1)).toMatchObject({
    status: 200,
    body: { type: "local_shell_call_output", call_id: "call_1", output: "ok" },
  });
  const missing = await it.client.callOperation(it.operations.createOutput!, {
    type: "local_shell_call_output",
  });
  expect(!missing.ok && missing.error.message).toMatch(/callId is required/);
});

test("an answer's undeclared required property is renamed", () => {
  const schema = it.operations.createOutput!.response!.schema!;
  const pass = { mode: "wire", isFile: () => false, issues: [], files: [] };
  expect(it.checkAndRename(schema, { output_id: "o", call_id: "c" }, pass)).toEqual({
    outputId: "o",
    callId: "c",
  });
});

/**
 * A `pattern` written as a JavaScript regex literal (Vapi's `"/^[a-zA-Z0-9_-]{1,64}$/"` on every
 * tool name, 20 places, probe84): read as written, its slashes must be in the value, so every
 * valid name was refused before sending, and by the mock too. An anchored literal is read as its
 * pattern; one with a flag JSON Schema cannot say (`/…/i`) checks nothing; an unanchored one
 * (`/api/`) stays text to match. In the SDK and the mock alike.
 */
import { afterAll, beforeAll, expect, test } from "vitest";
import {
  jsonPostSpec,
  runtimeAgainstDocument,
  type RuntimeAgainstMock,
} from "./runtime-against-mock.js";

const spec = jsonPostSpec("regex literals", {
  "/tools": [
    "createTool",
    {
      type: "object",
      properties: {
        name: { type: "string", pattern: "/^[a-zA-Z0-9_-]{1,64}$/" },
        code: { type: "string", pattern: "/^[a-z]+$/i" },
        route: { type: "string", pattern: "/api/" },
      },
    },
  ],
});

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstDocument(spec, "regex-literal-patterns");
}, 60_000);
afterAll(() => it?.close());

test("the tables hold the patterns as meant", () => {
  const tables = it.files.get("operations.ts")!;
  expect(tables).toContain('pattern: "^[a-zA-Z0-9_-]{1,64}$"');
  expect(tables).toContain('pattern: "/api/"');
  expect(tables).not.toContain("[a-z]+");
});

test("values the patterns take go, and the mock takes them", async () => {
  for (const request of [{ name: "get_weather" }, { code: "ABC" }, { route: "/v1/api/x" }]) {
    it.mock.reset();
    const result = await it.client.callOperation(it.operations.createTool!, request);
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    expect(it.mock.requests.at(-1)!.status).toBe(200);
  }
});

test("values they refuse are refused before sending", async () => {
  it.mock.reset();
  for (const [request, message] of [
    [{ name: "bad name!" }, "name must match /^[a-zA-Z0-9_-]{1,64}$/"],
    [{ route: "v1" }, "route must match //api//"],
  ] as const) {
    const result = await it.client.callOperation(it.operations.createTool!, request);
    expect(!result.ok && result.error.message).toContain(message);
  }
  expect(it.mock.requests).toEqual([]);
});

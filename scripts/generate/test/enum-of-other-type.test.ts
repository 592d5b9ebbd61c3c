/**
 * An `enum` of strings under `type: object` (NestJS's `@ApiProperty({ enum })` with the wrong
 * type; Vapi's `BackoffPlan.type`). Read strictly nothing is valid, and openapi-typescript
 * stopped the whole generation ("Expected SchemaObject, received string"). The values are what
 * the API takes: the generator and the mock read the type as theirs
 * (fixtures/enum-of-other-type.yaml).
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
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "enum-of-other-type.yaml"), "enum-of-other-type");
  server = await jsonServer();
}, 60_000);
afterAll(async () => {
  await it?.close();
  server?.close();
});

test("the values are typed and checked as what they are, and sent", async () => {
  expect(it.files.get("sdk-types.ts")).toContain('type: "exponential" | "fixed";');
  const result = await it.client.callOperation(it.operations.createTool!, {
    type: "fixed",
    maxRetries: 3,
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)).toMatchObject({ status: 201 });
  const wrong = await it.client.callOperation(it.operations.createTool!, {
    type: "linear",
    maxRetries: 3,
  });
  expect(!wrong.ok && wrong.error.message).toContain("type must be one of exponential, fixed");
});

test("where some values are of the type, only those are typed and taken", async () => {
  expect(it.files.get("sdk-types.ts")).toContain('version?: "3_lite" | undefined;');
  expect(it.files.get("sdk-types.ts")).toMatch(/tier\?: "basic" \| null \| undefined;/);
  const ok = await it.client.callOperation(it.operations.createTool!, {
    type: "fixed",
    maxRetries: 3,
    version: "3_lite",
    tier: null,
  });
  expect(ok.ok, ok.ok ? "" : ok.error.message).toBe(true);
  expect(it.mock.requests.at(-1)).toMatchObject({ status: 201 });
  const wrong = await it.client.callOperation(it.operations.createTool!, {
    type: "fixed",
    maxRetries: 3,
    version: 4.1,
  });
  expect(!wrong.ok && wrong.error.message).toContain("version must be a string (got 4.1)");
});

test("a null listed beside values of the type makes the value nullable (probe70 B5)", async () => {
  expect(it.files.get("sdk-types.ts")).toMatch(
    /level\?: null \| "info" \| "warning" \| undefined;/,
  );
  // Sent, and taken by the mock (which reads the spec the same way).
  const sent = await it.client.callOperation(it.operations.createTool!, {
    type: "fixed",
    maxRetries: 3,
    level: null,
  });
  expect(sent.ok, sent.ok ? "" : sent.error.message).toBe(true);
  expect(it.mock.requests.at(-1)).toMatchObject({ status: 201, body: { level: null } });
  // An answer holding it is read, not refused.
  server.answer = { type: "fixed", maxRetries: 3, level: null };
  const read = await it.clientAt(server.url).callOperation(it.operations.getTool!, { id: "t" });
  expect(read.ok, read.ok ? "" : read.error.message).toBe(true);
  expect(read.ok && read.value).toEqual({ type: "fixed", maxRetries: 3, level: null });
  // Values the enum does not list are still refused.
  const wrong = await it.client.callOperation(it.operations.createTool!, {
    type: "fixed",
    maxRetries: 3,
    level: "debug",
  });
  expect(!wrong.ok && wrong.error.message).toContain("level must be one of");
});

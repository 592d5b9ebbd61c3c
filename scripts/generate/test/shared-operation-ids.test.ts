/**
 * An operationId given to several operations (fixtures/shared-operation-ids.yaml; Deepgram's
 * published spec has 44 such, probe71): generation stopped on the first, naming it, so the
 * spec's users had no SDK. Each of them is now named by its path, `pnpm generate` says which,
 * and the generated code compiles and calls the right paths.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";
import { loadDocument } from "../document.js";
import { sharedOperationIdWarnings } from "../transform/shared-operation-ids.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(
    join(fixtures, "shared-operation-ids.yaml"),
    "shared-operation-ids",
  );
}, 60_000);
afterAll(() => it?.close());

test("each is named by its path; one id used once keeps it", () => {
  expect(Object.values(it.operations).map((op) => [op.operationId, op.sdkName])).toEqual([
    ["getV1Models", "models.list"],
    ["getV1Projects", "projects.list"],
    ["get", "projects.get"],
  ]);
});

test("pnpm generate names the shared id and where it is used", async () => {
  const doc = await loadDocument(join(fixtures, "shared-operation-ids.yaml"));
  expect(sharedOperationIdWarnings(doc)).toEqual([
    'operationId "list" is used by 2 operations (GET /v1/models, GET /v1/projects), though it must be unique: the SDK names them by their paths',
  ]);
});

test("the generated code compiles, and each call goes to its own path", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { GetV1ModelsResponseBody, GetV1ProjectsResponseBody } from "./models.js";
export const models: GetV1ModelsResponseBody = ["m"];
export const projects: GetV1ProjectsResponseBody = [1];
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);
  for (const [op, path] of [
    ["getV1Models", "/v1/models"],
    ["getV1Projects", "/v1/projects"],
  ] as const) {
    const result = await it.client.callOperation(it.operations[op]!, undefined);
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({ status: 200, path });
  }
});

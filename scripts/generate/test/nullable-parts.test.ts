/**
 * `allOf: [$ref SharedLink, { nullable: true }]` (fixtures/nullable-parts.yaml), Box's way of
 * writing "the link, or null" (8 times): the null Box answers where there is no link failed
 * every such answer, and the null its docs say to send to remove one was refused (probe55).
 * Read as `nullable` for the whole, by the SDK and the mock alike.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import {
  jsonServer,
  runtimeAgainstMock,
  type JsonServer,
  type RuntimeAgainstMock,
} from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
let server: JsonServer | undefined;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "nullable-parts.yaml"), "nullable-parts");
}, 60_000);
afterAll(async () => {
  await it?.close();
  server?.close();
});

test("null is sent to remove a link, and the mock takes it; a part saying not nullable refuses it", async () => {
  it.mock.reset();
  const sent = await it.client.callOperation(it.operations.updateFile!, {
    fileId: "f1",
    requestBody: { sharedLink: null },
  });
  expect(sent.ok, JSON.stringify(sent)).toBe(true);
  expect(it.mock.requests.at(-1)!.body).toEqual({ shared_link: null });
  const refused = await it.client.callOperation(it.operations.updateFile!, {
    fileId: "f1",
    requestBody: { ownedBy: null },
  });
  expect(refused.ok).toBe(false);
  expect(String(!refused.ok && refused.error.message)).toMatch(
    /ownedBy must be an object \(got null\)/,
  );
  // Each part of an allOf found it: said once (probe56).
  const twice = await it.client.callOperation(it.operations.updateFile!, {
    fileId: "f1",
    requestBody: { createdBy: null },
  });
  expect(!twice.ok && (twice.error as unknown as { issues: unknown[] }).issues).toEqual([
    {
      path: "requestBody.createdBy",
      message: "requestBody.createdBy must be an object (got null)",
    },
  ]);
  // A link is still checked as a link.
  const bad = await it.client.callOperation(it.operations.updateFile!, {
    fileId: "f1",
    requestBody: { sharedLink: {} },
  });
  expect(String(!bad.ok && bad.error.message)).toMatch(/sharedLink\.url is required/);
});

test("an answer with no link (null) is read", async () => {
  server = await jsonServer();
  server.answer = { name: "a.pdf", shared_link: null };
  const client = it.clientAt(server.url);
  const result = await client.callOperation(it.operations.updateFile!, {
    fileId: "f1",
    requestBody: {},
  });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(result.ok && result.value).toEqual({ name: "a.pdf", sharedLink: null });
});

test("the types take null where the spec means it, and only there", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { UpdateFileRequest, UpdateFileResponseBody } from "./models.js";
export const remove: UpdateFileRequest = { fileId: "f1", requestBody: { sharedLink: null } };
// @ts-expect-error not nullable
export const owner: UpdateFileRequest = { fileId: "f1", requestBody: { ownedBy: null } };
export const none: UpdateFileResponseBody = { name: "a.pdf", sharedLink: null };
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);
});

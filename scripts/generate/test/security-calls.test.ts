/**
 * Keys placed as each operation's security scheme says, checked by the mock server serving the
 * same spec (it answers 401 to a request without the credentials its scheme asks for): the
 * security fixture generated, its tables driven by core's runtime.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "security.yaml"), "security-calls");
}, 60_000);
afterAll(() => it?.close());

test("every operation's key is where its scheme says, so the mock lets every call in", async () => {
  const failures: string[] = [];
  for (const op of Object.values(it.operations)) {
    const result = await it.client.callOperation(op, undefined);
    if (!result.ok) failures.push(`${op.operationId}: ${result.error.message}`);
  }
  expect(Object.keys(it.operations)).toHaveLength(9);
  expect(failures).toEqual([]);
});

test("control: the same key as a bearer token is refused where the scheme is another", async () => {
  const { auth: _, ...asBearer } = it.operations.byHeader!;
  const result = await it.client.callOperation(asBearer, undefined);
  expect(!result.ok && result.error.message).toMatch(/401.*Missing "X-API-Key" header/);
});

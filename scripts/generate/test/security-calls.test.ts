/**
 * Keys placed as each operation's security scheme says, checked by the mock server serving the
 * same spec (it answers 401 to a request without the credentials its scheme asks for): the
 * security fixture generated, its tables driven by core's runtime (its generated feature
 * constants all on).
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Operation } from "../templates/contract.js";
import {
  restoreFeatures,
  turnOnEveryFeature,
} from "../../../packages/core/test/helpers/every-feature.js";
import { startMockServer } from "../../../packages/mock/src/server.js";
import type { MockServer } from "../../../packages/mock/src/types.js";
import { fixtures, generateSpec, tempDir, writeOutput } from "./helpers.js";

interface Caller {
  callOperation(
    op: Operation,
    request: unknown,
  ): Promise<{ ok: true; value: unknown } | { ok: false; error: Error }>;
}

const spec = join(fixtures, "security.yaml");
let cleanup: () => Promise<void>;
let operations: Record<string, Operation>;
let client: Caller;
let mock: MockServer;

beforeAll(async () => {
  const { dir, remove } = await tempDir("security-calls");
  cleanup = remove;
  await writeOutput(dir, await generateSpec(spec));
  operations = await import(join(dir, "operations.ts"));
  turnOnEveryFeature();
  // Core's sources, by a path TypeScript does not follow: they are typed for the DOM.
  const core: { OrqCore: new (options: object) => Caller } = await import(
    new URL("../../../packages/core/src/index.ts", import.meta.url).href
  );
  mock = await startMockServer({ spec });
  client = new core.OrqCore({
    apiKey: "user:secret",
    serverURL: mock.url,
    retryConfig: { strategy: "none" },
  });
}, 60_000);
afterAll(async () => {
  restoreFeatures();
  await mock?.close();
  await cleanup?.();
});

test("every operation's key is where its scheme says, so the mock lets every call in", async () => {
  const failures: string[] = [];
  for (const op of Object.values(operations)) {
    const result = await client.callOperation(op, undefined);
    if (!result.ok) failures.push(`${op.operationId}: ${result.error.message}`);
  }
  expect(Object.keys(operations)).toHaveLength(9);
  expect(failures).toEqual([]);
});

test("control: the same key as a bearer token is refused where the scheme is another", async () => {
  const { auth: _, ...asBearer } = operations.byHeader!;
  const result = await client.callOperation(asBearer, undefined);
  expect(!result.ok && result.error.message).toMatch(/401.*Missing "X-API-Key" header/);
});

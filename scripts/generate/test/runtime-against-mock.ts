import { join } from "node:path";
import type { Operation } from "../templates/contract.js";
import {
  restoreFeatures,
  turnOnEveryFeature,
} from "../../../packages/core/test/helpers/every-feature.js";
import { startMockServer } from "../../../packages/mock/src/server.js";
import { generateSpec, tempDir, writeOutput } from "./helpers.js";

/** What these tests use of core's client: one operation of a generated table, as a result. */
export interface Caller {
  callOperation(
    op: Operation,
    request: unknown,
  ): Promise<{ ok: true; value: unknown } | { ok: false; error: Error }>;
}

/** A spec's generated tables, core's runtime to drive them, and the mock serving that spec. */
export interface RuntimeAgainstMock {
  operations: Record<string, Operation>;
  /** A client of core's runtime (every generated feature constant on) pointed at the mock. */
  client: Caller;
  /** Core's one pass, to turn a sample in wire names into the SDK's (`mode: "wire"`). */
  checkAndRename(schema: unknown, value: unknown, pass: object): unknown;
  close(): Promise<void>;
}

/**
 * Generates `spec` into a temp folder and imports its tables; loads core's runtime from its
 * sources with every `uses*` constant on; starts the mock server on `spec`. Core's sources are
 * imported by a path TypeScript does not follow: they are typed for the DOM, which this package
 * (Node scripts) does not have; what is used of them is typed here.
 */
export async function runtimeAgainstMock(spec: string, name: string): Promise<RuntimeAgainstMock> {
  const { dir, remove } = await tempDir(name);
  await writeOutput(dir, await generateSpec(spec));
  const operations: Record<string, Operation> = await import(join(dir, "operations.ts"));
  turnOnEveryFeature();
  const src = new URL("../../../packages/core/src/", import.meta.url).href;
  const core: { OrqCore: new (options: object) => Caller } = await import(`${src}index.ts`);
  const checks: Pick<RuntimeAgainstMock, "checkAndRename"> = await import(
    `${src}schema/check-and-rename.ts`
  );
  const mock = await startMockServer({ spec, maxRecordedRequests: 1 });
  return {
    operations,
    client: new core.OrqCore({
      apiKey: "user:test-key",
      serverURL: mock.url,
      retryConfig: { strategy: "none" },
    }),
    checkAndRename: checks.checkAndRename,
    close: async () => {
      restoreFeatures();
      await mock.close();
      await remove();
    },
  };
}

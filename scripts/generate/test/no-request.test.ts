/**
 * An operation that takes nothing (fixtures/no-request.yaml: `GET /v2/models`) takes its
 * options first, as the official SDK's do: `orq.models.list({ timeoutMs })`,
 * `modelsList(core, { timeoutMs })`. It took `(request?: undefined, options?)`, so a JavaScript
 * caller's options were read as the request and ignored (probe17 B5).
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "no-request.yaml"), "no-request");
}, 60_000);
afterAll(() => it?.close());

test("the method and the standalone function take options first", async () => {
  const [func] = [...it.files.keys()].filter((name) => name.startsWith("funcs/"));
  const name = func!.slice("funcs/".length, -".ts".length);
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { OperationCaller } from "./contract.js";
import type { Resources } from "./resources.js";
import { ${name} } from "./funcs/${name}.js";

interface Options { timeoutMs?: number }
declare const core: OperationCaller<Options, Error>;
declare const orq: Resources<Options>;
export const viaFunction = ${name}(core, { timeoutMs: 5 });
export const viaMethod = orq.models.list({ timeoutMs: 5 });
export const bare = orq.models.list();
// @ts-expect-error it takes no request
export const withRequest = orq.models.list(undefined, { timeoutMs: 5 });
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);

  const module = (await import(join(it.dir, `funcs/${name}.ts`))) as Record<
    string,
    (core: unknown, options?: object) => Promise<{ ok: boolean }>
  >;
  const result = await module[name]!(it.client, { fetchOptions: { headers: { "x-trace": "7" } } });
  expect(result.ok).toBe(true);
  expect(it.mock.requests.at(-1)?.headers["x-trace"]).toBe("7");
});

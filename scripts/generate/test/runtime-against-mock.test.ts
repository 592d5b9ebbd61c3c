/**
 * The end-to-end helper runs core's runtime as an SDK regenerated from the spec would: on the
 * spec's own generated `schemas.ts` (its `uses*` flags, checked formats and default server), not
 * on core's, nor with every flag on (which would hide a flag the generator leaves off).
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, generateSpec } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

const spec = join(fixtures, "default-response.yaml");
let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(spec, "helper");
}, 60_000);
afterAll(() => it?.close());

test("core reads the spec's generated constants, flags off included", async () => {
  const generated = (await generateSpec(spec)).get("schemas.ts")!;
  const flags = [...generated.matchAll(/^export const (uses\w+) = (true|false);$/gm)];
  expect(flags.length).toBeGreaterThan(10);
  for (const [, name, value] of flags) expect(it.coreSchemas[name!], name).toBe(value === "true");
  // This spec uses a string length and no union: one flag of each kind, as generated.
  expect(it.coreSchemas.usesStringLength).toBe(true);
  expect(it.coreSchemas.usesAnyOf).toBe(false);
});

test("a client without serverURL calls the spec's first server", async () => {
  const urls: string[] = [];
  const client = new it.OrqCore({
    apiKey: "test-key",
    retryConfig: { strategy: "none" },
    fetch: async (input: Request | string) => {
      urls.push(typeof input === "string" ? input : input.url);
      return Response.json({ thing_list: [] });
    },
  });
  const result = await client.callOperation(it.operations.listThings!, undefined);
  expect(result).toEqual({ ok: true, value: { thingList: [] } });
  expect(urls).toEqual(["https://legacy.example.com/api/things"]);
});

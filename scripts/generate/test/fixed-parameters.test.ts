/**
 * Required parameters whose schema allows one value (fixtures/fixed-parameters.yaml; Cartesia's
 * `Cartesia-Version` header, a one-value `enum`, and a `const` query): sent with that value
 * when the call gives none, and so optional in the types. Every call had to spell out what the
 * spec already says, and one without it was refused. Another value is still refused, and a
 * required parameter of many values stays required. Against the mock, which checks them.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "fixed-parameters.yaml"), "fixed-parameters");
}, 60_000);
afterAll(() => it?.close());

/** The call's result, and the request the mock received (`undefined`: none). */
const call = async (request: object) => {
  const before = it.mock.requests.length;
  const result = await it.client.callOperation(it.operations.listVoices!, request);
  return [result, it.mock.requests.slice(before)[0]] as const;
};

test("left out, each is sent with its one value, and the server takes the call", async () => {
  const [result, sent] = await call({ limit: 2 });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(sent).toMatchObject({ status: 200, query: { format: "json", limit: "2" } });
  expect(sent!.headers["cartesia-version"]).toBe("2025-11-04");
});

test("given, the same value goes; another is refused before sending", async () => {
  const [same, sent] = await call({ limit: 2, cartesiaVersion: "2025-11-04" });
  expect(same.ok, same.ok ? "" : same.error.message).toBe(true);
  expect(sent!.headers["cartesia-version"]).toBe("2025-11-04");
  const [other, none] = await call({ limit: 2, cartesiaVersion: "2024-06-10" });
  expect(other.ok ? "" : other.error.message).toMatch(
    /cartesiaVersion must be one of 2025-11-04 \(got "2024-06-10"\)/,
  );
  expect(none).toBeUndefined();
});

test("a required parameter of many values stays required", async () => {
  const [result, sent] = await call({});
  expect(result.ok ? "" : result.error.message).toMatch(/limit is required/);
  expect(result.ok ? "" : result.error.message).not.toMatch(/cartesiaVersion|format/);
  expect(sent).toBeUndefined();
});

test("the types: optional, and only its value", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { Resources } from "./resources.js";

declare const api: Resources<object>;
await api.voices.list({ limit: 2 });
await api.voices.list({ limit: 2, cartesiaVersion: "2025-11-04", format: "json" });
// @ts-expect-error another version
await api.voices.list({ limit: 2, cartesiaVersion: "2024-06-10" });
// @ts-expect-error limit is still required
await api.voices.list({});
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);
});

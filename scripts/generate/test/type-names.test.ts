/**
 * Type names JSON Schema spells otherwise (fixtures/type-names.yaml; probe72, Cartesia's
 * `type: bool`). Copied as written, a component schema's `bool` broke `pnpm build` in the
 * generated tables while `pnpm generate` said nothing, an inline one refused every value ("must
 * be a bool"), and the types said `unknown`. An alias is read as meant (`bool`, `int`, `float`,
 * `long`, `str`, `file`, another case), anything else checks no type, and `pnpm generate` names
 * each place. Against the mock, which records what arrives; the fixtures test type-checks the
 * generated code.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { loadDocument } from "../document.js";
import { typeNameWarnings } from "../transform/type-names.js";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "type-names.yaml"), "type-names");
}, 60_000);
afterAll(() => it?.close());

const voice = { name: "Ada", enabled: true, count: 3, speed: 1.5, ids: [1, 2], label: null };

test("pnpm generate names each place and how it is read; a security scheme's type is none", async () => {
  const warnings = typeNameWarnings(await loadDocument(join(fixtures, "type-names.yaml")));
  const voiceAt = "#/components/schemas/Voice/properties";
  expect(warnings).toEqual([
    `${voiceAt}/name: type "String" is not in JSON Schema's type names: read as "string"`,
    `${voiceAt}/enabled: type "bool" is not in JSON Schema's type names: read as "boolean"`,
    `${voiceAt}/count: type "int" is not in JSON Schema's type names: read as "integer"`,
    `${voiceAt}/speed: type "float" is not in JSON Schema's type names: read as "number"`,
    `${voiceAt}/ids/items: type "long" is not in JSON Schema's type names: read as "integer"`,
    `${voiceAt}/label: type ["str","null"] is not in JSON Schema's type names: read as "string" or "null"`,
    `${voiceAt}/anything: type "any" is not in JSON Schema's type names: the SDK checks no type there`,
    `${voiceAt}/odd: type 5 is not in JSON Schema's type names: the SDK checks no type there`,
    `#/paths/~1voices/post/parameters/0/schema: type "bool" is not in JSON Schema's type names: read as "boolean"`,
    `#/paths/~1voices~1clone/post/requestBody/content/multipart~1form-data/schema/properties/clip: type "file" is not in JSON Schema's type names: read as "string" (format binary)`,
  ]);
});

test("values of the meant types go, as the wire has them", async () => {
  const result = await it.client.callOperation(it.operations.createVoice!, {
    public: true,
    voice: { ...voice, anything: { any: ["thing"] }, odd: "x" },
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  const sent = it.mock.requests.at(-1)!;
  expect(sent.query).toEqual({ public: "true" });
  expect(sent.body).toEqual({ ...voice, anything: { any: ["thing"] }, odd: "x" });
});

test.each([
  [{ enabled: "yes" }, "enabled must be a boolean"],
  [{ count: 1.5 }, "count must be an integer"],
  [{ count: 11 }, "count must be <= 10"],
  [{ speed: "fast" }, "speed must be a number"],
  [{ ids: ["1"] }, "ids[0] must be an integer"],
  [{ label: 7 }, "label must be a string or null"],
])("%j is refused by the meant type, before sending", async (change, message) => {
  const before = it.mock.requests.length;
  const result = await it.client.callOperation(it.operations.createVoice!, {
    voice: { ...voice, ...change },
  });
  expect(result.ok ? "" : result.error.message).toContain(message);
  expect(it.mock.requests.length).toBe(before);
});

test("an inline `type: bool` parameter takes booleans, and refuses the rest", async () => {
  const result = await it.client.callOperation(it.operations.createVoice!, {
    public: "yes",
    voice,
  });
  expect(result.ok ? "" : result.error.message).toMatch(/public must be a boolean/);
});

test("`type: file` is a file field: its bytes go as a file part", async () => {
  const result = await it.client.callOperation(it.operations.cloneVoice!, {
    clip: new Blob(["RIFF"], { type: "audio/wav" }),
    name: "Ada",
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.files).toMatchObject([
    { field: "clip", contentType: "audio/wav", size: 4 },
  ]);
});

test("the types say what the spec meant", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { Resources } from "./resources.js";

declare const api: Resources<object>;
const voice = await api.voices.create({ public: true, voice: { name: "Ada", enabled: true } });
export const enabled: boolean | undefined = voice.enabled;
export const ids: number[] | undefined = voice.ids;
await api.voices.clone({ clip: new Blob([]) });
// @ts-expect-error a boolean
await api.voices.create({ voice: { name: "Ada", enabled: "yes" } });
// @ts-expect-error a file
await api.voices.clone({ clip: 5 });
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);
});

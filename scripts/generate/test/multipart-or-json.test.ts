/**
 * A body offered as multipart with a file, or as JSON of other fields
 * (fixtures/multipart-or-json.yaml; Gladia's upload, probe78): only the multipart one was
 * generated, and `{ audioUrl }` was "not a known field". Either goes now, as the value fits,
 * typed as the union; against the mock, which reads both.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, typecheck, PNG } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "multipart-or-json.yaml"), "multipart-or-json");
}, 60_000);
afterAll(() => it?.close());

const upload = (body: object) => it.client.callOperation(it.operations.upload!, body);

test("a file goes as multipart, its parts in the spec's order", async () => {
  const result = await upload({ language: "en", audio: new Blob([PNG], { type: "image/png" }) });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  const sent = it.mock.requests.at(-1)!;
  expect(sent.contentType).toMatch(/^multipart\/form-data;/);
  expect(sent.parts.map((p) => p.name)).toEqual(["audio", "language"]);
  expect(sent.files[0]?.size).toBe(PNG.length);
});

test("a URL goes as JSON, renamed", async () => {
  const result = await upload({ audioUrl: "https://example.com/a.wav" });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  const sent = it.mock.requests.at(-1)!;
  expect(sent.contentType).toBe("application/json");
  expect(sent.body).toEqual({ audio_url: "https://example.com/a.wav" });
});

test("fields of both is refused before sending", async () => {
  const before = it.mock.requests.length;
  const result = await upload({ audio: new Blob([PNG]), audioUrl: "https://example.com/a.wav" });
  expect(!result.ok && result.error.name).toBe("ValidationError");
  expect(it.mock.requests).toHaveLength(before);
});

test("the types take either", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { UploadRequestBody } from "./models.js";
export const byFile: UploadRequestBody = { audio: new Blob(["a"]), language: "en" };
export const byUrl: UploadRequestBody = { audioUrl: "https://example.com/a.wav" };
// @ts-expect-error no such field in either
export const wrong: UploadRequestBody = { audioLink: "https://example.com/a.wav" };
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);
});

/**
 * A multipart field that takes a file or something else (fixtures/file-or-value.yaml, as in
 * OpenAI's `video: oneOf: [{ id }, binary]`). Given the something else, the SDK sent the text
 * `undefined` (the web encoder) or threw (the stream encoder): the field was a file field, and
 * the value no file. It now goes as any other value, a JSON text part for an object; a file still
 * goes as a file part. End to end against the mock, which reads the multipart body.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, PNG } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "file-or-value.yaml"), "file-or-value");
}, 60_000);
afterAll(() => it?.close());

test("the generator flags the field", () => {
  expect(it.coreSchemas.usesFileOrValueFields).toBe(true);
  expect(it.operations.extendVideo!.requestBody!.encoding).toMatchObject({ video: "file" });
});

test("an object goes as a JSON text part", async () => {
  const result = await it.client.callOperation(it.operations.extendVideo!, {
    prompt: "longer",
    video: { id: "video_1" },
  });
  expect(result).toMatchObject({ ok: true });
  const request = it.mock.requests.at(-1)!;
  expect(request.status).toBe(200);
  expect(request.files).toEqual([]);
  expect(request.parts.find((p) => p.name === "video")).toEqual({ name: "video" });
  expect(request.body).toEqual({ prompt: "longer", video: { id: "video_1" } });
});

test("a file still goes as a file part", async () => {
  const result = await it.client.callOperation(it.operations.extendVideo!, {
    prompt: "longer",
    video: new Blob([PNG], { type: "image/png" }),
  });
  expect(result).toMatchObject({ ok: true });
  expect(it.mock.requests.at(-1)!.files).toMatchObject([{ field: "video", size: PNG.length }]);
});

test("a field that is a plain value or an object goes by the value: text, or JSON text", async () => {
  expect(it.operations.extendVideo!.requestBody!.encoding).not.toHaveProperty("chunking");
  for (const chunking of ["auto", { type: "server_vad" }]) {
    const result = await it.client.callOperation(it.operations.extendVideo!, {
      prompt: "longer",
      video: { id: "video_1" },
      chunking,
    });
    expect(result).toMatchObject({ ok: true });
    expect(it.mock.requests.at(-1)).toMatchObject({ status: 200, body: { chunking } });
  }
});

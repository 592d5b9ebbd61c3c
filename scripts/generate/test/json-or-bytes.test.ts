/**
 * A body offered as JSON and as bytes (fixtures/json-or-bytes.yaml; Deepgram's `/v1/listen`,
 * probe71): it went as JSON only, and a Buffer of audio was refused ("must be an object (got a
 * file)"), so the audio could not be uploaded at all. The value says which now: a file goes as
 * its bytes, typed as they are; an object as JSON, renamed to the wire's names. In the types,
 * and end to end against the mock.
 */
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "json-or-bytes.yaml"), "json-or-bytes");
}, 60_000);
afterAll(() => it?.close());

const MP3 = new TextEncoder().encode("ID3\x04\x00\x00\x00\x00\x00\x00 frames");

/** The call's result, and whether a request reached the mock. */
const call = async (requestBody: unknown) => {
  const before = it.mock.requests.length;
  const result = await it.client.callOperation(it.operations.transcribe!, {
    model: "nova-3",
    requestBody,
  });
  return [result, it.mock.requests.length > before] as const;
};

test("the tables: the bytes' media type, and JSON beside it", () => {
  expect(it.operations.transcribe!.requestBody).toMatchObject({
    mediaType: "audio/*",
    json: "application/json",
  });
  expect(it.coreSchemas.usesJsonOrBytes).toBe(true);
  expect(it.coreSchemas.usesJsonOrMultipart).toBe(false);
});

test("a file goes as its bytes, typed as they are", async () => {
  const [result] = await call(MP3);
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  const request = it.mock.requests.at(-1)!;
  expect(request).toMatchObject({ status: 200, query: { model: "nova-3" } });
  expect(request.contentType).toBe("audio/mpeg");
  expect(request.raw).toEqual({
    contentType: "audio/mpeg",
    size: MP3.length,
    sha256: createHash("sha256").update(MP3).digest("hex"),
  });
});

test("an object goes as JSON, in the wire's names", async () => {
  const [result] = await call({
    url: "https://example.com/a.mp3",
    callbackUrl: "https://example.com/done",
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)).toMatchObject({
    status: 200,
    contentType: "application/json",
    body: { url: "https://example.com/a.mp3", callback_url: "https://example.com/done" },
  });
});

test.each([
  ["an object without its required field", {}, /url/],
  ["a string", "https://example.com/a.mp3", /request(Body)?/],
  ["an empty file", new Uint8Array(0), /empty file/],
])("%s is refused before sending", async (_, body, message) => {
  const [result, sent] = await call(body);
  expect(result.ok ? "" : result.error.name).toBe("ValidationError");
  expect(result.ok ? "" : result.error.message).toMatch(message);
  expect(sent).toBe(false);
});

test("the types take a file or the JSON body, and nothing else", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { Resources } from "./resources.js";

declare const api: Resources<object>;
declare const audio: Uint8Array;
await api.listen.create({ model: "nova-3", requestBody: audio });
await api.listen.create({ requestBody: new Blob(["ID3"]) });
await api.listen.create({ requestBody: { url: "https://example.com/a.mp3" } });
// @ts-expect-error the JSON body requires url
await api.listen.create({ requestBody: { callbackUrl: "https://example.com/done" } });
// @ts-expect-error a number is neither
await api.listen.create({ requestBody: 3 });
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);
});

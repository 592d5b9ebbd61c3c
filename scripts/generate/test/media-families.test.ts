/**
 * File rules that name a family of media types (fixtures/media-families.yaml; Deepgram's raw
 * `audio/*` body, probe71 bug 5): a family takes its own kind only. A PNG (which the SDK tells
 * by its bytes) under `audio/*`, or an empty file where no empty one can be, is a
 * `ValidationError` before anything is sent; they were sent, for the server to refuse. Bytes the
 * SDK cannot tell (an MP3 is not sniffed) are taken, as everywhere.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, PNG } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "media-families.yaml"), "media-families");
}, 60_000);
afterAll(() => it?.close());

const MP3 = new TextEncoder().encode("ID3\x04\x00\x00\x00\x00\x00\x00 frames");
const GIF = new TextEncoder().encode("GIF89a\x01\x00\x01\x00");
const PDF = new TextEncoder().encode("%PDF-1.7\n");

/** The call's result, and whether a request reached the mock. */
const call = async (operation: string, body: unknown) => {
  const before = it.mock.requests.length;
  const result = await it.client.callOperation(it.operations[operation]!, body);
  return [result, it.mock.requests.length > before] as const;
};

test("the generator flags the spec: its rules name families", () => {
  expect(it.coreSchemas.usesMediaFamilies).toBe(true);
});

test("audio bytes go under audio/*", async () => {
  const [result] = await call("transcribe", MP3);
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.contentType).toBe("audio/mpeg");
});

test.each([
  ["a PNG", () => PNG, "request: must be audio/*, but it is PNG"],
  ["an empty Buffer", () => new Uint8Array(0), "request: empty file"],
])("%s under audio/* is refused, and nothing is sent", async (_, body, message) => {
  const [result, sent] = await call("transcribe", body());
  expect(result.ok).toBe(false);
  expect(result.ok ? "" : result.error.name).toBe("ValidationError");
  expect(result.ok ? "" : result.error.message).toContain(message);
  expect(sent).toBe(false);
});

test("multipart fields: each family takes its kind, and a type listed beside it; */* any", async () => {
  const [result] = await call("upload", {
    picture: GIF,
    scan: PDF,
    notes: new Blob([], { type: "text/plain" }),
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  const [again] = await call("upload", { scan: GIF, anything: GIF });
  expect(again.ok, again.ok ? "" : again.error.message).toBe(true);
});

test("multipart fields: what the bytes prove is outside the family is refused", async () => {
  const [result, sent] = await call("upload", { picture: MP3, scan: PNG, notes: PNG });
  // (An MP3 is not told by its bytes: taken. A PNG is an image: `scan` takes it.)
  expect(result.ok ? "" : result.error.message).toContain("notes: must be text/*, but it is PNG");
  expect(result.ok ? "" : result.error.message).not.toContain("picture");
  expect(result.ok ? "" : result.error.message).not.toContain("scan");
  expect(sent).toBe(false);
  const [empty] = await call("upload", { picture: new Uint8Array(0) });
  expect(empty.ok ? "" : empty.error.message).toContain("picture: empty file");
});

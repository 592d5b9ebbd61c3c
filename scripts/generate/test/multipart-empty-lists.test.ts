/**
 * A multipart field sent as one part per item (fixtures/multipart-empty-lists.yaml, as
 * ElevenLabs' `Add_voice` takes `files`): an empty list wrote no part, so a required field went
 * missing (a 422 after the upload): refused before sending now, by the caller's name. An optional
 * one goes as left out, the one way multipart has to say it; a list sent as one JSON part (`[]`)
 * goes as before.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, PNG } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(
    join(fixtures, "multipart-empty-lists.yaml"),
    "multipart-empty-lists",
  );
}, 60_000);
afterAll(() => it?.close());

const png = () => new Blob([PNG], { type: "image/png" });
const call = (request: object) => it.client.callOperation(it.operations.addVoice!, request);

test("the generator flags the spec", () => {
  expect(it.coreSchemas.usesEmptyMultipartLists).toBe(true);
});

test.each([
  [
    { name: "v", files: [] },
    "files: an empty list has no part in a multipart body, and files is required",
  ],
  // A null item wrote no part: the list came out shorter (probe36 F12).
  [
    { name: "v", files: [png()], labels: ["a", null] },
    "labels[1]: a null in a list has no part in a multipart body",
  ],
])("%j is refused before sending", async (request, message) => {
  it.mock.reset();
  const result = await call(request);
  expect(!result.ok && result.error.name).toBe("ValidationError");
  expect(!result.ok && result.error.message).toContain(message);
  expect(it.mock.requests).toEqual([]);
});

test("a value or a list of values: a list goes as one part per item (probe70 B6)", async () => {
  it.mock.reset();
  for (const granularities of [["word", "segment"], "word"]) {
    const result = await call({ name: "v", files: [png()], granularities });
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    const request = it.mock.requests.at(-1)!;
    expect(request.body).toMatchObject({ granularities });
  }
  expect(
    it.mock.requests.map((r) => r.parts.filter((p) => p.name === "granularities").length),
  ).toEqual([2, 1]);
});

test("an empty list in an optional field goes as no part, as left out (probe75)", async () => {
  // Mailgun's `attachment: files.map(…)` with no files was refused, though nothing requires one.
  it.mock.reset();
  const result = await call({ name: "v", files: [png()], labels: [], granularities: [] });
  expect(result).toMatchObject({ ok: true });
  expect(it.mock.requests.at(-1)!.parts.map((p) => p.name)).toEqual(["name", "files"]);
});

test("a list with a minItems rule says that rule alone", async () => {
  const result = await call({ name: "v", files: [png()], samples: [] });
  expect(!result.ok && result.error.message).toMatch(/samples.*at least 1/);
  expect(!result.ok && result.error.message).not.toContain("no part");
});

test("a null where a file goes is said once, by the file's rule (probe65 N6)", async () => {
  const result = await call({ name: "v", files: [png(), null] });
  expect(!result.ok && (result.error as { issues?: unknown }).issues).toEqual([
    { path: "files[1]", message: "files[1] must be a file (got null)" },
  ]);
});

test("lists with items, and a list sent as JSON, go as before", async () => {
  it.mock.reset();
  const result = await call({ name: "v", files: [png(), png()], labels: ["a"], settings: [] });
  expect(result).toMatchObject({ ok: true });
  const request = it.mock.requests.at(-1)!;
  expect(request.status).toBe(200);
  expect(request.files.map((f) => f.field)).toEqual(["files", "files"]);
  expect(request.body).toMatchObject({ name: "v", labels: ["a"], settings: [] });
});

test("fields declared in allOf parts: refused by their names, and parts in the parts' order", async () => {
  it.mock.reset();
  const empty = await it.client.callOperation(it.operations.composeVoice!, {
    voiceName: "v",
    sampleFiles: [],
  });
  expect(!empty.ok && empty.error.message).toContain(
    "sampleFiles: an empty list has no part in a multipart body",
  );
  expect(it.mock.requests).toEqual([]);
  const sent = await it.client.callOperation(it.operations.composeVoice!, {
    sampleFiles: [png()],
    voiceName: "v",
  });
  expect(sent).toMatchObject({ ok: true });
  expect(it.mock.requests.at(-1)!.parts.map((p) => p.name)).toEqual(["voice_name", "sample_files"]);
});

test("a file without a name is named after its type: file.wav, not file (probe36 F15)", async () => {
  // Whisper-style servers read an upload's format from its name.
  it.mock.reset();
  const result = await call({
    name: "v",
    files: [
      new Blob(["RIFF"], { type: "audio/wav" }),
      new Blob(["ID3"], { type: "audio/mpeg" }),
      new Blob(["x"], { type: "application/octet-stream" }),
      new Blob([PNG]),
      { fileName: "mine.ogg", content: new Blob(["OggS"], { type: "audio/ogg" }) },
      // Named by the extension the type is written with, not its subtype (probe48).
      new Blob(["hello"], { type: "text/plain" }),
      new Blob(["x"], { type: "audio/x-aiff" }),
    ],
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.files.map((f) => f.filename)).toEqual([
    "file.wav",
    "file.mp3",
    "file",
    "image.png",
    "mine.ogg",
    "file.txt",
    "file.aiff",
  ]);
});

test("bytes with a name and no type are sent as the type the name says (probe48)", async () => {
  it.mock.reset();
  const bytes = new TextEncoder().encode("hello");
  const result = await call({
    name: "v",
    files: [
      { fileName: "notes.txt", content: bytes },
      { fileName: "take.MP3", content: bytes },
      { fileName: "blob.unknownext", content: bytes },
      new File([bytes], "page.pdf"),
    ],
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.files.map((f) => [f.filename, f.contentType])).toEqual([
    ["notes.txt", "text/plain"],
    ["take.MP3", "audio/mpeg"],
    ["blob.unknownext", "application/octet-stream"],
    ["page.pdf", "application/pdf"],
  ]);
});

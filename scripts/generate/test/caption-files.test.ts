/**
 * A file field of several types the SDK cannot tell from the bytes (fixtures/caption-files.yaml,
 * as PeerTube's captions: WebVTT, SubRip or text). A file with no type of its own and no name
 * that says one went as `application/octet-stream`, which the field does not take: every
 * caption from a Buffer, and every `.vtt` or `.srt` (the extension table lacked them), came back
 * 422 (probe49). It goes as the field's first type now, or as its name says.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, PNG } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "caption-files.yaml"), "caption-files");
}, 60_000);
afterAll(() => it?.close());

const VTT = new TextEncoder().encode("WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n");

test.each([
  ["bytes", VTT, "file.vtt", "text/vtt"],
  ["a named .srt", { fileName: "subs.srt", content: VTT }, "subs.srt", "application/x-subrip"],
  ["a named .vtt", { fileName: "subs.vtt", content: VTT }, "subs.vtt", "text/vtt"],
  ["a named .txt", { fileName: "subs.txt", content: VTT }, "subs.txt", "text/plain"],
  ["a typed Blob", new Blob([VTT], { type: "text/plain" }), "file.txt", "text/plain"],
])("%s go as a type the field takes", async (_, captionfile, filename, contentType) => {
  it.mock.reset();
  const result = await it.client.callOperation(it.operations.addVideoCaption!, {
    id: "v1",
    captionLanguage: "en",
    requestBody: { captionfile },
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)).toMatchObject({ status: 204 });
  expect(it.mock.requests.at(-1)!.files).toMatchObject([
    { field: "captionfile", filename, contentType },
  ]);
});

test("a stream the runtime knows the file of goes by that name (probe61: Node's file streams)", async () => {
  const src = new URL("../../../packages/core/src/", import.meta.url).href;
  const { openStream } = await import(`${src}files/open-stream.ts`);
  const { encodeMultipartStream } = await import(`${src}multipart/stream-encoder.ts`);
  // As Node's runtime opens a `fs.createReadStream`: core's own, with the file's name.
  const runtime = {
    name: "node-like",
    encodeMultipart: encodeMultipartStream,
    openStream: async (input: unknown, limit: unknown) => ({
      ...(await openStream(input, limit)),
      name: "subs.srt",
    }),
  };
  const client = new (it.OrqCore as unknown as new (o: object, r: object) => typeof it.client)(
    { serverURL: it.mock.url },
    runtime,
  );
  it.mock.reset();
  const result = await client.callOperation(it.operations.addVideoCaption!, {
    id: "v1",
    captionLanguage: "en",
    requestBody: { captionfile: new Blob([VTT]).stream() },
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.files).toMatchObject([
    { field: "captionfile", filename: "subs.srt", contentType: "application/x-subrip" },
  ]);
});

test("unsniffed bytes go as the first type they could be: a PDF is not the PNG listed first (probe50)", async () => {
  // Receipts and ID documents take `image/png, image/jpeg, application/pdf`: bytes no image
  // signature matched went as `image/png`, which they are known not to be.
  const pdf = new TextEncoder().encode("%PDF-1.7\n%\xe2\xe3\n1 0 obj\n");
  it.mock.reset();
  const result = await it.client.callOperation(it.operations.uploadReceipt!, { file: pdf });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.files).toMatchObject([
    { field: "file", filename: "file.pdf", contentType: "application/pdf" },
  ]);
  // A real PNG still goes as one.
  const png = await it.client.callOperation(it.operations.uploadReceipt!, {
    file: new Blob([PNG]),
  });
  expect(png.ok, png.ok ? "" : png.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.files).toMatchObject([
    { filename: "image.png", contentType: "image/png" },
  ]);
});

test.each([
  ["an MP3 (ID3)", "ID3\x04\x00\x00\x00\x00\x00\x00", "file.mp3", "audio/mpeg"],
  ["an MP3 (a frame)", "\xff\xfb\x90\x64\x00", "file.mp3", "audio/mpeg"],
  ["a WAV", "RIFF\x24\x08\x00\x00WAVEfmt ", "file.wav", "audio/wav"],
  ["a FLAC", "fLaC\x00\x00\x00\x22", "file.flac", "audio/flac"],
  ["an M4A", "\x00\x00\x00\x20ftypM4A \x00\x00", "file.m4a", "audio/mp4"],
  ["a WebM", "\x1a\x45\xdf\xa3\x9f\x42\x86", "file.webm", "video/webm"],
  ["a PDF", "%PDF-1.7\n", "file.pdf", "application/pdf"],
  // Text in UTF-16 (its byte-order mark is no MP3 frame), and bytes of no known kind.
  ["UTF-16 text", "\xff\xfeh\x00i\x00", "file", "application/octet-stream"],
  ["unknown bytes", "\x00\x01\x02\x03", "file", "application/octet-stream"],
])(
  "bytes with no name nor type in a field of any type go as what they look like: %s (probe55)",
  async (_, start, filename, contentType) => {
    // OpenAI's transcriptions read the format from the name: an MP3 from a Buffer went as `file`.
    const bytes = Uint8Array.from(start, (c) => c.charCodeAt(0));
    it.mock.reset();
    const result = await it.client.callOperation(it.operations.createTranscription!, {
      file: bytes,
    });
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    expect(it.mock.requests.at(-1)!.files).toMatchObject([
      { field: "file", filename, contentType },
    ]);
  },
);

test("a guess only names: a name or a type given wins, the field's spelling is used, and a type the bytes are not is never sent", async () => {
  // Bytes that look like a PDF go as one even where captions are asked for (the server says
  // no), not as the field's first type, which they are known not to be (probe56).
  const asCaption = await it.client.callOperation(it.operations.addVideoCaption!, {
    id: "v1",
    captionLanguage: "en",
    requestBody: { captionfile: new TextEncoder().encode("%PDF-1.7\n") },
  });
  expect(asCaption.ok).toBe(false);
  expect(!asCaption.ok && asCaption.error).toMatchObject({
    statusCode: 422,
    message: expect.stringContaining('file content type "application/pdf" is not one of text/vtt'),
  });
  // A WAV where the field spells it `audio/x-wav`: its spelling.
  const wav = await it.client.callOperation(it.operations.createTranslation!, {
    file: Uint8Array.from("RIFF\x24\x08\x00\x00WAVEfmt ", (c) => c.charCodeAt(0)),
  });
  expect(wav.ok, wav.ok ? "" : wav.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.files).toMatchObject([
    { filename: "file.wav", contentType: "audio/x-wav" },
  ]);
  const named = await it.client.callOperation(it.operations.createTranscription!, {
    file: { fileName: "talk.ogg", content: new TextEncoder().encode("ID3 but named") },
  });
  expect(named.ok).toBe(true);
  expect(it.mock.requests.at(-1)!.files).toMatchObject([
    { filename: "talk.ogg", contentType: "audio/ogg" },
  ]);
});

test("a name's type goes in the field's spelling too (probe57)", async () => {
  const result = await it.client.callOperation(it.operations.createTranslation!, {
    file: { fileName: "take1.wav", content: Uint8Array.from([1, 2, 3]) },
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.files).toMatchObject([
    { filename: "take1.wav", contentType: "audio/x-wav" },
  ]);
});

test("one file given to two fields that send it as different types is refused; copies go (probe57)", async () => {
  // Parts are found by their file: one field's type went in both, and the server refused it.
  const wav = Uint8Array.from("RIFF\x24\x08\x00\x00WAVEfmt ", (c) => c.charCodeAt(0));
  it.mock.reset();
  const same = await it.client.callOperation(it.operations.addVoice!, { voice: wav, sample: wav });
  expect(same.ok).toBe(false);
  expect(!same.ok && same.error.message).toMatch(
    /the same file is given to another field that sends it as audio\/(x-)?wav, where this one sends audio\/(x-)?wav: give each field its own copy/,
  );
  expect(it.mock.requests).toEqual([]);
  const copies = await it.client.callOperation(it.operations.addVoice!, {
    voice: wav,
    sample: wav.slice(),
  });
  expect(copies.ok, copies.ok ? "" : copies.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.files).toMatchObject([
    { field: "voice", contentType: "audio/x-wav" },
    { field: "sample", contentType: "audio/wav" },
  ]);
});

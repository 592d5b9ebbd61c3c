/**
 * Formats the SDK checks before sending, as the server and the mock do (fixtures/formats.yaml):
 * an `int32` is a 32-bit integer, an `ipv4` four numbers up to 255, a `byte` base64 text. Each
 * went out, and came back as a 422. A body of a binary media type written as `format: byte`
 * (Xero's attachments) is a file's bytes: it took only text, and refused a file. Or it is their
 * base64 text (Spotify's covers under `image/jpeg`): a text goes as it is, checked as base64.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "formats.yaml"), "formats");
}, 60_000);
afterAll(() => it?.close());

async function send(body: object) {
  const before = it.mock.requests.at(-1);
  const result = await it.client.callOperation(it.operations.createHost!, body);
  const sent = it.mock.requests.at(-1) !== before;
  return { message: result.ok ? undefined : result.error.message, sent };
}

test("an int32 outside 32 bits is refused before sending, naming the bound", async () => {
  expect(await send({ port: 2 ** 31 })).toEqual({
    message: expect.stringMatching(/port must be <= 2147483647/),
    sent: false,
  });
  expect((await send({ port: -(2 ** 31) - 1 })).message).toMatch(/port must be >= -2147483648/);
  expect(await send({ port: 2 ** 31 - 1 })).toEqual({ message: undefined, sent: true });
});

test("the other sized integers too (probe67: Recraft's uint32 took -1)", async () => {
  expect((await send({ percent: -1 })).message).toMatch(/percent must be >= 0/);
  expect((await send({ percent: 2 ** 32 })).message).toMatch(/percent must be <= 4294967295/);
  expect((await send({ level: 128 })).message).toMatch(/level must be <= 127/);
  expect((await send({ level: -129 })).message).toMatch(/level must be >= -128/);
  expect((await send({ count: -1 })).message).toMatch(/count must be >= 0/);
  expect(await send({ percent: 2 ** 32 - 1, level: -128, count: 2 ** 53 })).toEqual({
    message: undefined,
    sent: true,
  });
});

test("bounds the spec gives win, and int64 is left to the number", async () => {
  expect((await send({ weight: 11 })).message).toMatch(/weight must be <= 10/);
  expect(await send({ big: 2 ** 40 })).toEqual({ message: undefined, sent: true });
});

test("an ipv4 is four numbers up to 255", async () => {
  expect((await send({ address: "256.1.1.1" })).message).toMatch(
    /address must be a valid ipv4 \(got "256.1.1.1"\)/,
  );
  expect((await send({ address: "10.0.0.01" })).message).toMatch(/must be a valid ipv4/);
  expect(await send({ address: "192.168.0.255" })).toEqual({ message: undefined, sent: true });
});

test("a byte is base64 text", async () => {
  expect((await send({ checksum: "hello world!" })).message).toMatch(
    /checksum must be a valid byte \(got "hello world!"\)/,
  );
  expect((await send({ checksum: "aGk" })).message).toMatch(/must be a valid byte/);
  expect(await send({ checksum: "aGVsbG8gd29ybGQh" })).toEqual({ message: undefined, sent: true });
});

test("an octet-stream body of format byte is a file's bytes", async () => {
  const bytes = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff]);
  const result = await it.client.callOperation(it.operations.putAttachment!, {
    name: "a.pdf",
    requestBody: new Blob([bytes]),
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  const raw = it.mock.requests.at(-1)!.raw!;
  expect(raw.size).toBe(bytes.byteLength);
});

test("a binary media type's body of format byte takes base64 text too, sent as it is", async () => {
  // (It took only a file, and sent its bytes where Spotify reads base64: probe45 P4.)
  const cover = "/9j/4AAQSkZJRg==";
  const result = await it.client.callOperation(it.operations.uploadCover!, {
    id: "p1",
    requestBody: cover,
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  const request = it.mock.requests.at(-1)!;
  expect(request.headers["content-type"]).toBe("image/jpeg");
  expect(request.raw!.size).toBe(cover.length);
  const wrong = await it.client.callOperation(it.operations.uploadCover!, {
    id: "p1",
    requestBody: "not base64!",
  });
  expect(wrong.ok ? "" : wrong.error.message).toMatch(/must be a valid byte|must be a file/);
  const file = await it.client.callOperation(it.operations.putAttachment!, {
    name: "a.pdf",
    requestBody: "JVBERi0=",
  });
  expect(file.ok, file.ok ? "" : file.error.message).toBe(true);
});

/**
 * Formats the SDK checks before sending, as the server and the mock do (fixtures/formats.yaml):
 * an `int32` is a 32-bit integer, an `ipv4` four numbers up to 255, a `byte` base64 text. Each
 * went out, and came back as a 422. A body of a binary media type written as `format: byte`
 * (Xero's attachments) is a file's bytes: it took only text, and refused a file.
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

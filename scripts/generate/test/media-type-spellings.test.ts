/**
 * Media types written with parameters or capitals (fixtures/media-type-spellings.yaml, probe36
 * F5): a `…urlencoded;charset=UTF-8` or `multipart/form-data; charset=utf-8` body was taken for
 * raw bytes, so every call its types allowed was refused ("must be a file or text"), and an
 * `Application/JSON` answer came back as a string. Against the mock, which reads them so too.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, PNG } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "media-type-spellings.yaml"), "media-spellings");
}, 60_000);
afterAll(() => it?.close());

test("a form body with a charset is a form", async () => {
  const result = await it.client.callOperation(it.operations.sendForm!, {
    userName: "ada",
    tags: ["a", "b"],
  });
  expect(result.ok).toBe(true);
  const received = it.mock.requests.at(-1)!;
  expect(received.contentType).toBe("application/x-www-form-urlencoded");
  expect(received.body).toEqual({ user_name: "ada", tags: ["a", "b"] });
});

test("a multipart body with a charset is multipart", async () => {
  const result = await it.client.callOperation(it.operations.upload!, {
    file: new Blob([PNG], { type: "image/png" }),
    fileLabel: "cat",
  });
  expect(result.ok).toBe(true);
  const received = it.mock.requests.at(-1)!;
  expect(received.parts.map((p) => p.name)).toEqual(["file", "file_label"]);
  expect(received.files[0]?.size).toBe(PNG.length);
});

test("application/form-data is multipart, as meant (probe75)", async () => {
  // Taken for bytes, the object its types asked for was refused: "must be a file or text".
  const result = await it.client.callOperation(it.operations.addToWhitelist!, {
    address: "a@example.com",
    domain: "example.com",
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  const received = it.mock.requests.at(-1)!;
  expect(received.contentType).toMatch(/^multipart\/form-data;/);
  expect(received.status).toBe(204);
  expect(received.parts.map((p) => p.name)).toEqual(["address", "domain"]);
  expect(it.files.get("sdk-types.ts")).not.toMatch(/application\/form-data/);
});

test("Application/JSON is JSON, both ways: sent renamed, read, renamed and typed", async () => {
  const result = await it.client.callOperation(it.operations.makeThing!, { thingName: "x" });
  expect(result).toMatchObject({ ok: true, value: { thingId: "t1" } });
  expect((result as { value: { createdAt: unknown } }).value.createdAt).toBeInstanceOf(Date);
  expect(it.mock.requests.at(-1)!.body).toEqual({ thing_name: "x" });
  expect(it.files.get("sdk-types.ts")).not.toMatch(/Application\/JSON|charset/);
});

/**
 * Files written as `contentEncoding: binary` (fixtures/raw-encoded-files.yaml, Discord's message
 * attachments and stickers, probe44 F1). They were taken for strings: the message body went as
 * JSON, where `files[0]` is no field, and a sticker's file was refused as "must be a string". They
 * are files now: the multipart body is picked, and each goes as a file part. End to end against
 * the mock, which reads the multipart body and wants file parts there.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, PNG } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "raw-encoded-files.yaml"), "raw-encoded-files");
}, 60_000);
afterAll(() => it?.close());

const png = () => new File([PNG], "cat.png", { type: "image/png" });

test("a body offered as JSON or multipart goes as multipart, its files as file parts", async () => {
  expect(it.operations.createMessage!.requestBody!.mediaType).toBe("multipart/form-data");
  const result = await it.client.callOperation(it.operations.createMessage!, {
    channelId: "c1",
    requestBody: { content: "look", embeds: [{ title: "a cat" }], files0: png(), files1: png() },
  });
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  const request = it.mock.requests.at(-1)!;
  expect(request.status).toBe(200);
  expect(request.files).toMatchObject([
    { field: "files[0]", filename: "cat.png", contentType: "image/png", size: PNG.length },
    { field: "files[1]", filename: "cat.png", contentType: "image/png", size: PNG.length },
  ]);
  expect(request.body).toMatchObject({ content: "look", embeds: [{ title: "a cat" }] });
});

test("the same body without files goes as JSON, where a null and an empty list can go", async () => {
  // (As multipart, `content: null` was left out: Discord's "clear the content" did nothing.)
  expect(it.operations.createMessage!.requestBody!.json).toBe("application/json");
  const result = await it.client.callOperation(it.operations.createMessage!, {
    channelId: "c1",
    requestBody: { content: null, stickerIds: [], embeds: [{ title: "a cat" }] },
  });
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  const request = it.mock.requests.at(-1)!;
  expect(request.headers["content-type"]).toBe("application/json");
  expect(request.body).toEqual({ content: null, sticker_ids: [], embeds: [{ title: "a cat" }] });
});

test("the wire's name of a file field is refused, pointing at the SDK's", async () => {
  // (It was refused with no hint: probe46 F7.)
  const result = await it.client.callOperation(it.operations.createMessage!, {
    channelId: "c1",
    requestBody: { content: "look", "files[0]": png() },
  });
  expect(result.ok ? "" : result.error.message).toContain(
    "requestBody.files[0] is not a known field (did you mean files0?)",
  );
});

test("with files, a null has no part: refused before sending, not left out", async () => {
  const before = it.mock.requests.at(-1);
  const result = await it.client.callOperation(it.operations.createMessage!, {
    channelId: "c1",
    requestBody: { content: null, files0: png() },
  });
  expect(result.ok ? "" : result.error.message).toContain(
    "requestBody.content: a null has no part in a multipart body",
  );
  expect(it.mock.requests.at(-1)).toBe(before);
});

test("not where the JSON form takes other fields: there the body is always multipart", () => {
  expect(it.operations.editImage!.requestBody).toMatchObject({ mediaType: "multipart/form-data" });
  expect(it.operations.editImage!.requestBody!.json).toBeUndefined();
});

test("a multipart-only file field takes a file, and refuses text before sending", async () => {
  const ok = await it.client.callOperation(it.operations.createGuildSticker!, {
    guildId: "g1",
    requestBody: { name: "cat", file: png() },
  });
  expect(ok, JSON.stringify(ok)).toMatchObject({ ok: true });
  expect(it.mock.requests.at(-1)!.files).toMatchObject([{ field: "file", size: PNG.length }]);

  const before = it.mock.requests.at(-1);
  const refused = await it.client.callOperation(it.operations.createGuildSticker!, {
    guildId: "g1",
    requestBody: { name: "cat", file: "not a file" },
  });
  const error = refused.ok ? undefined : refused.error;
  expect(error?.name).toBe("ValidationError");
  expect(error?.message).toMatch(/file must be a file/);
  expect(it.mock.requests.at(-1)).toBe(before);
});

test("the mock wants a file part there too", async () => {
  const form = new FormData();
  form.append("name", "cat");
  form.append("file", "not a file");
  const response = await fetch(`${it.mock.url}/guilds/g1/stickers`, {
    method: "POST",
    headers: { authorization: "Bearer k" },
    body: form,
  });
  expect(response.status).toBe(422);
});

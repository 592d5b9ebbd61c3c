/**
 * Multipart fields whose schema says nothing of their values (fixtures/untyped-multipart-fields
 * .yaml, as Telegram's `InputFile`). OpenAPI's default for such a part is
 * `application/octet-stream`: a file. Every Telegram upload was refused before sending, "photo
 * must be a JSON value (got a file)" (probe50); a file goes as a file part now, and any other
 * value as before.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, PNG } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(
    join(fixtures, "untyped-multipart-fields.yaml"),
    "untyped-multipart-fields",
  );
}, 60_000);
afterAll(() => it?.close());

const call = (op: string, request: object) => it.client.callOperation(it.operations[op]!, request);

test("a file goes as a file part, where the field is an InputFile or one of a union", async () => {
  for (const op of ["postSendPhoto", "postSetChatPhoto"]) {
    it.mock.reset();
    const result = await call(op, { chatId: 42, photo: new Blob([PNG], { type: "image/png" }) });
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    expect(it.mock.requests.at(-1)!.files).toMatchObject([
      { field: "photo", contentType: "image/png", size: PNG.length },
    ]);
  }
});

test("a file_id goes as text, as before", async () => {
  it.mock.reset();
  const result = await call("postSendPhoto", { chatId: "@channel", photo: "AgACAgIAAxkBAAIB" });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.files).toEqual([]);
  expect(it.mock.requests.at(-1)!.body).toMatchObject({ photo: "AgACAgIAAxkBAAIB" });
});

test("the types take a file there", () => {
  expect(it.files.get("sdk-types.ts")).toMatch(
    /photo: FileInput \| components\["schemas"\]\["InputFile"\]/,
  );
});

test("in a browser, text there is the file_id, not a URL to fetch; a file-only field's text is (probe52)", async () => {
  // The browser package takes a URL for a file (it fetches it): Telegram's file_id was fetched
  // from the page's own origin, and the call failed with a 404 before reaching the API.
  const src = new URL("../../../packages/core/src/", import.meta.url).href;
  const { webRuntime } = await import(`${src}client/runtime.ts`);
  const fetched: unknown[] = [];
  const browserLike = {
    ...webRuntime,
    isFileInput: (value: unknown) => typeof value === "string",
    toFileInput: async (value: unknown) => {
      fetched.push(value);
      return new Blob([PNG], { type: "image/png" });
    },
  };
  const client = new (it.OrqCore as never as new (o: object, r: object) => typeof it.client)(
    { apiKey: "sk-test-key-5678", serverURL: it.mock.url, retryConfig: { strategy: "none" } },
    browserLike,
  );
  it.mock.reset();
  const result = await client.callOperation(it.operations.postSendPhoto!, {
    chatId: 1,
    photo: "AgACAgIAAxkBAAIB",
    thumb: "https://example.com/thumb.png",
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(fetched).toEqual(["https://example.com/thumb.png"]);
  expect(it.mock.requests.at(-1)!.body).toMatchObject({ photo: "AgACAgIAAxkBAAIB" });
  expect(it.mock.requests.at(-1)!.files).toMatchObject([
    { field: "thumb", contentType: "image/png" },
  ]);
});

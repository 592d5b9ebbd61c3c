import { describe, expect, it } from "vitest";
import type { MockServer, ValidationErrorDetail } from "../src/index.js";
import { mock, post, rawMultipart } from "./helpers.js";

// A multipart field that is "a file or an object", as OpenAI's `POST /videos/extensions` writes
// its `video`: a text part (the object, as JSON text) is as valid as a file part. `image` is a
// file only; `refs` is a list whose items are either.
const videoRef = { type: "object", required: ["id"], properties: { id: { type: "string" } } };
const fileOrRef = { oneOf: [videoRef, { type: "string", format: "binary" }] };
const spec = {
  openapi: "3.1.0",
  info: { title: "file or object", version: "1" },
  paths: {
    "/videos/extensions": {
      post: {
        operationId: "extendVideo",
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["video"],
                properties: {
                  video: fileOrRef,
                  image: { type: "string", format: "binary" },
                  refs: { type: "array", items: fileOrRef },
                  // Together's transcriptions: a file, or the URL of one.
                  audio: {
                    oneOf: [
                      { type: "string", format: "binary" },
                      { type: "string", format: "uri" },
                    ],
                  },
                  // A part read as JSON: a binary field inside it is the text JSON carries.
                  meta: {
                    type: "object",
                    properties: {
                      thumbnail: { type: "string", format: "binary" },
                      frames: { type: "array", items: { type: "string", format: "binary" } },
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "ok",
            content: {
              "application/json": {
                schema: { type: "object", properties: { ok: { type: "boolean" } } },
              },
            },
          },
        },
      },
    },
  },
};

type Part = Parameters<typeof rawMultipart>[0][number];
const text = (name: string, body: string, type?: string): Part => ({
  headers: [
    `Content-Disposition: form-data; name="${name}"`,
    ...(type ? [`Content-Type: ${type}`] : []),
  ],
  body,
});
const file = (name: string): Part => ({
  headers: [
    `Content-Disposition: form-data; name="${name}"; filename="clip.mp4"`,
    "Content-Type: video/mp4",
  ],
  body: "\u0000\u0000\u0000\u0018ftypmp42",
});

async function send(server: MockServer, parts: Part[]) {
  const { body, contentType } = rawMultipart(parts);
  const res = await post(server, "/videos/extensions", body, { "content-type": contentType });
  const json = (await res.json()) as { error?: { details?: ValidationErrorDetail[] } };
  return { status: res.status, details: json.error?.details, record: server.requests.at(-1)! };
}

describe("a multipart field that is a file or an object", () => {
  it("takes a text part: the object as JSON text, with or without a JSON content type", async () => {
    const server = await mock({ spec });
    for (const type of [undefined, "application/json", "text/plain"]) {
      const sent = await send(server, [text("video", '{"id":"video_1"}', type)]);
      expect(sent, String(type)).toMatchObject({
        status: 200,
        record: { operationId: "extendVideo", body: { video: { id: "video_1" } }, files: [] },
      });
    }
  });

  it("takes a file part", async () => {
    const server = await mock({ spec });
    const sent = await send(server, [file("video")]);
    expect(sent.status).toBe(200);
    expect(sent.record.files).toMatchObject([{ field: "video", filename: "clip.mp4" }]);
  });

  it("validates the text part by the branches that are no file", async () => {
    const server = await mock({ spec });
    const missing = await send(server, [text("video", '{"name":"x"}')]);
    expect(missing.status).toBe(422);
    expect(missing.details!.map((d) => d.instancePath)).toContain("/video");
    // Plain text is no object; the file branch does not take it either.
    const plain = await send(server, [text("video", "video_1")]);
    expect(plain.status).toBe(422);
    expect(plain.details).toMatchObject([
      { instancePath: "/video", message: "must be a file part with a filename, or object text" },
    ]);
    const broken = await send(server, [text("video", "{oops", "application/json")]);
    expect(broken.status).toBe(422);
    expect(broken.details).toMatchObject([{ instancePath: "/video", keyword: "json" }]);
  });

  it("takes either in each item of a list, and still wants a file where only a file will do", async () => {
    const server = await mock({ spec });
    const list = await send(server, [
      text("video", '{"id":"v"}'),
      file("refs"),
      text("refs", '{"id":"r2"}'),
    ]);
    expect(list.status).toBe(200);
    expect(list.record.files).toMatchObject([{ field: "refs" }]);
    const image = await send(server, [text("video", '{"id":"v"}'), text("image", "not a file")]);
    expect(image.status).toBe(422);
    expect(image.details).toMatchObject([
      { instancePath: "/image", message: "must be a file part with a filename" },
    ]);
  });
});

describe("a multipart field that is a file or a URL (probe36 F7)", () => {
  it("takes a URL as a text part, and a file as a file part; refuses a text that is no URL", async () => {
    // Any string matched the file branch too (`format: binary` took any string): a URL matched
    // both branches of the `oneOf`, and every such call was refused.
    const server = await mock({ spec });
    const video = text("video", '{"id":"video_1"}');
    const url = await send(server, [video, text("audio", "https://example.com/a.mp3")]);
    expect(url).toMatchObject({
      status: 200,
      record: { body: { audio: "https://example.com/a.mp3" } },
    });
    expect((await send(server, [video, file("audio")])).status).toBe(200);
    const wrong = await send(server, [video, text("audio", "not a url")]);
    expect(wrong.status).toBe(422);
    expect(wrong.details?.map((d) => d.instancePath)).toContain("/audio");
  });
});

describe("a binary field inside a part read as JSON", () => {
  it("is the text JSON carries, while a text where a file part goes is still refused", async () => {
    // The file-part check applied at any depth: the JSON part's `thumbnail` was refused as "not a
    // file part", though JSON can only carry it as text (the SDK sends it so).
    const server = await mock({ spec });
    const video = text("video", '{"id":"video_1"}');
    const meta = text("meta", '{"thumbnail":"aGk=","frames":["aGk=","aGk="]}', "application/json");
    const ok = await send(server, [video, meta]);
    expect(ok.details).toBeUndefined();
    expect(ok).toMatchObject({ status: 200, record: { body: { meta: { thumbnail: "aGk=" } } } });
    const wrong = await send(server, [video, meta, text("image", "aGk=")]);
    expect(wrong.status).toBe(422);
    expect(wrong.details?.map((d) => d.instancePath)).toEqual(["/image"]);
  });
});

import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { tinyPng } from "../src/index.js";
import {
  AUTH,
  EDITS,
  form,
  JPEG,
  mock,
  pngNumber,
  post,
  rawMultipart,
  sha256,
  VARIATIONS,
  WEBP,
} from "./helpers.js";

describe("image edit", () => {
  it("records one image with its exact bytes, part headers and decoded fields", async () => {
    const server = await mock();
    const image = pngNumber(1);
    const res = await post(
      server,
      EDITS,
      form(
        {
          model: "openai/gpt-image-1",
          prompt: "a red fox",
          n: "1",
          quality: "high",
          retry: JSON.stringify({ count: 2, on_codes: [429, 503] }),
          fallbacks: JSON.stringify([{ model: "openai/dall-e-2" }]),
          orq: JSON.stringify({ identity: { id: "contact_1", email: "a@example.com" } }),
        },
        [{ bytes: image, type: "image/png", name: "fox.png" }],
      ),
    );
    expect(res.status).toBe(200);
    const [recorded] = server.requests;
    expect(recorded).toMatchObject({
      operationId: "createImageEdit",
      method: "POST",
      path: EDITS,
      status: 200,
      body: {
        model: "openai/gpt-image-1",
        prompt: "a red fox",
        n: 1,
        quality: "high",
        retry: { count: 2, on_codes: [429, 503] },
        fallbacks: [{ model: "openai/dall-e-2" }],
        orq: { identity: { id: "contact_1", email: "a@example.com" } },
      },
    });
    expect(recorded!.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(recorded!.headers.authorization).toBe("Bearer test-key");
    expect(recorded!.files).toEqual([
      {
        field: "image",
        filename: "fox.png",
        contentType: "image/png",
        size: image.length,
        sha256: sha256(image),
        headers: {
          "content-disposition": 'form-data; name="image"; filename="fox.png"',
          "content-type": "image/png",
        },
      },
    ]);
    expect(recorded!.parts.map((p) => p.name)).toEqual([
      "model",
      "prompt",
      "n",
      "quality",
      "retry",
      "fallbacks",
      "orq",
      "image",
    ]);
    expect(recorded!.parts.at(-1)).toEqual({
      name: "image",
      filename: "fox.png",
      contentType: "image/png",
    });
    expect((recorded!.body as Record<string, unknown>).image).toBeUndefined();
  });

  it("records 16 images in wire order, each with its own hash", async () => {
    const server = await mock();
    const images = Array.from({ length: 16 }, (_, i) => ({
      bytes:
        i % 3 === 0
          ? pngNumber(i)
          : i % 3 === 1
            ? Buffer.concat([JPEG, Buffer.from([i])])
            : Buffer.concat([WEBP, Buffer.from([i])]),
      type: i % 3 === 0 ? "image/png" : i % 3 === 1 ? "image/jpeg" : "image/webp",
      name: `img-${i}.${i % 3 === 0 ? "png" : i % 3 === 1 ? "jpg" : "webp"}`,
    }));
    const res = await post(server, EDITS, form({ model: "m", prompt: "p" }, images));
    expect(res.status).toBe(200);
    const files = server.requests[0]!.files;
    expect(files).toHaveLength(16);
    files.forEach((file, i) => {
      expect(file).toEqual({
        field: "image",
        filename: images[i]!.name,
        contentType: images[i]!.type,
        size: images[i]!.bytes.length,
        sha256: sha256(images[i]!.bytes),
        headers: {
          "content-disposition": `form-data; name="image"; filename="${images[i]!.name}"`,
          "content-type": images[i]!.type,
        },
      });
    });
    expect(new Set(files.map((f) => f.sha256)).size).toBe(16);
  });

  it("keeps raw part headers exactly as sent, including extra ones", async () => {
    const server = await mock();
    const png = tinyPng();
    const { body, contentType } = rawMultipart([
      { headers: ['Content-Disposition: form-data; name="model"'], body: "m" },
      {
        headers: [
          'Content-Disposition: form-data; name="prompt"',
          "Content-Type: text/plain; charset=utf-8",
        ],
        body: "p",
      },
      {
        headers: [
          'Content-Disposition: form-data; name="image"; filename="ünïcode.png"',
          "Content-Type: image/png",
          "X-Trace: abc",
        ],
        body: png,
      },
    ]);
    const res = await post(server, EDITS, body, { ...AUTH, "content-type": contentType });
    expect(res.status).toBe(200);
    const [recorded] = server.requests;
    expect(recorded!.files[0]).toEqual({
      field: "image",
      filename: "ünïcode.png",
      contentType: "image/png",
      size: png.length,
      sha256: sha256(png),
      headers: {
        "content-disposition": 'form-data; name="image"; filename="ünïcode.png"',
        "content-type": "image/png",
        "x-trace": "abc",
      },
    });
    expect(recorded!.parts).toEqual([
      { name: "model" },
      { name: "prompt", contentType: "text/plain; charset=utf-8" },
      { name: "image", filename: "ünïcode.png", contentType: "image/png" },
    ]);
  });

  it("answers n base64 PNGs for response_format b64_json", async () => {
    const server = await mock();
    const res = await post(
      server,
      EDITS,
      form({ model: "m", prompt: "p", n: "3", response_format: "b64_json" }, [
        { bytes: tinyPng(), type: "image/png", name: "a.png" },
      ]),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    const json = (await res.json()) as {
      created: number;
      data: Array<{ b64_json?: string; url?: string }>;
    };
    expect(json.data).toHaveLength(3);
    expect(Math.abs(json.created - Date.now() / 1000)).toBeLessThan(5);
    for (const item of json.data) {
      expect(item.url).toBeUndefined();
      expect(Buffer.from(item.b64_json!, "base64")).toEqual(tinyPng());
    }
  });

  it("answers URLs that the mock serves as PNGs by default", async () => {
    const server = await mock();
    const res = await post(
      server,
      VARIATIONS,
      form({ model: "m", n: "2" }, [{ bytes: tinyPng(), type: "image/png", name: "a.png" }]),
    );
    expect(res.status).toBe(200);
    const json = (await res.json()) as { data: Array<{ b64_json?: string; url?: string }> };
    expect(json.data).toHaveLength(2);
    for (const item of json.data) {
      expect(item.b64_json).toBeUndefined();
      expect(item.url).toMatch(new RegExp(`^${server.url}/files/img_[0-9a-f]+\\.png$`));
      const image = await fetch(item.url!);
      expect(image.status).toBe(200);
      expect(image.headers.get("content-type")).toBe("image/png");
      expect(Buffer.from(await image.arrayBuffer())).toEqual(tinyPng());
    }
    expect((await fetch(`${server.url}/files/img_0000.png`)).status).toBe(404);
  });

  it("decodes repeated text parts of an array field into an array", async () => {
    const server = await mock({
      spec: {
        openapi: "3.1.0",
        info: { title: "t", version: "1" },
        paths: {
          "/tags": {
            post: {
              operationId: "tags",
              requestBody: {
                content: {
                  "multipart/form-data": {
                    schema: {
                      type: "object",
                      properties: {
                        tags: { type: "array", items: { type: "string" } },
                        sizes: { type: "array", items: { type: "integer" } },
                        flag: { type: "boolean" },
                        ratio: { type: "number" },
                      },
                    },
                  },
                },
              },
              responses: { "204": { description: "ok" } },
            },
          },
        },
      },
    });
    const data = new FormData();
    data.append("tags", "a");
    data.append("tags", "b");
    data.append("sizes", "7");
    data.append("flag", "false");
    data.append("ratio", "0.5");
    const res = await post(server, "/tags", data, {});
    expect(res.status).toBe(204);
    expect(server.requests[0]!.body).toEqual({
      tags: ["a", "b"],
      sizes: [7],
      flag: false,
      ratio: 0.5,
    });
  });
});

describe("tinyPng", () => {
  it("is a valid 8x8 PNG with correct chunk CRCs", async () => {
    const png = tinyPng();
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    const { crc32 } = await import("node:zlib");
    let offset = 8;
    const types: string[] = [];
    let idat = Buffer.alloc(0);
    while (offset < png.length) {
      const length = png.readUInt32BE(offset);
      const type = png.subarray(offset + 4, offset + 8).toString("latin1");
      const data = png.subarray(offset + 8, offset + 8 + length);
      if (typeof crc32 === "function") {
        expect(png.readUInt32BE(offset + 8 + length)).toBe(
          crc32(png.subarray(offset + 4, offset + 8 + length)),
        );
      }
      if (type === "IHDR") {
        expect(data.readUInt32BE(0)).toBe(8);
        expect(data.readUInt32BE(4)).toBe(8);
      }
      if (type === "IDAT") idat = Buffer.concat([idat, data]);
      types.push(type);
      offset += 12 + length;
    }
    expect(types).toEqual(["IHDR", "IDAT", "IEND"]);
    expect(inflateSync(idat)).toHaveLength(8 * (1 + 8 * 3));
    expect(tinyPng()).not.toBe(tinyPng());
  });
});

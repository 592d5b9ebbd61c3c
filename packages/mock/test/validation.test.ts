import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readFileSync } from "node:fs";
import { defaultSpecPath, tinyPng, type ValidationErrorDetail } from "../src/index.js";
import { AUTH, EDITS, form, JPEG, mock, post, rawMultipart, VARIATIONS } from "./helpers.js";

interface ErrorResponse {
  error: { message: string; code: string; details?: ValidationErrorDetail[] };
}

const png = { bytes: tinyPng(), type: "image/png", name: "a.png" };

async function expect422(
  res: Response,
  instancePath: string,
  keyword?: string,
): Promise<ErrorResponse> {
  expect(res.status).toBe(422);
  expect(res.headers.get("content-type")).toBe("application/json");
  const json = (await res.json()) as ErrorResponse;
  expect(json.error.code).toBe("validation_error");
  expect(json.error.message).toContain(instancePath);
  expect(json.error.details).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ location: "body", instancePath, ...(keyword ? { keyword } : {}) }),
    ]),
  );
  return json;
}

describe("request validation", () => {
  it("rejects a value outside an enum", async () => {
    const server = await mock();
    const res = await post(
      server,
      EDITS,
      form({ model: "m", prompt: "p", quality: "ultra" }, [png]),
    );
    await expect422(res, "/quality", "enum");
    expect(server.requests[0]).toMatchObject({ status: 422, body: { quality: "ultra" } });
    expect(server.requests[0]!.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ instancePath: "/quality" })]),
    );
  });

  it("rejects numbers below the minimum and above the maximum", async () => {
    const server = await mock();
    await expect422(
      await post(server, EDITS, form({ model: "m", prompt: "p", n: "0" }, [png])),
      "/n",
      "minimum",
    );
    await expect422(
      await post(server, EDITS, form({ model: "m", prompt: "p", n: "11" }, [png])),
      "/n",
      "maximum",
    );
    const retry = JSON.stringify({ count: 9, on_codes: [429] });
    await expect422(
      await post(server, EDITS, form({ model: "m", prompt: "p", retry }, [png])),
      "/retry/count",
      "maximum",
    );
  });

  it("rejects non-numeric text for a number field", async () => {
    const server = await mock();
    await expect422(
      await post(server, EDITS, form({ model: "m", prompt: "p", n: "two" }, [png])),
      "/n",
      "type",
    );
    expect(server.requests[0]!.body).toMatchObject({ n: "two" });
  });

  it("rejects missing required fields", async () => {
    const server = await mock();
    const json = await expect422(
      await post(server, EDITS, form({ model: "m" }, [png])),
      "",
      "required",
    );
    expect(json.error.message).toContain("prompt");
  });

  it("rejects JSON fields that are not JSON", async () => {
    const server = await mock();
    await expect422(
      await post(server, EDITS, form({ model: "m", prompt: "p", retry: "{count: 2" }, [png])),
      "/retry",
      "json",
    );
  });

  it("rejects more than 16 images", async () => {
    const server = await mock();
    const images = Array.from({ length: 17 }, () => png);
    const res = await post(server, EDITS, form({ model: "m", prompt: "p" }, images));
    expect(res.status).toBe(422);
    expect(server.requests[0]!.files).toHaveLength(17);
  });

  it("rejects a file type that the encoding does not list", async () => {
    const server = await mock();
    const gif = Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1");
    const res = await post(
      server,
      VARIATIONS,
      form({ model: "m" }, [{ bytes: gif, type: "image/gif", name: "a.gif" }]),
    );
    const json = await expect422(res, "/image", "contentType");
    expect(json.error.details![0]!.message).toContain("image/png, image/jpeg, image/webp");
  });

  it("rejects bytes that do not match the declared image type", async () => {
    const server = await mock();
    const res = await post(
      server,
      VARIATIONS,
      form({ model: "m" }, [{ bytes: JPEG, type: "image/png", name: "a.png" }]),
    );
    const json = await expect422(res, "/image", "magic");
    expect(json.error.details![0]!.params).toEqual({
      declared: "image/png",
      detected: "image/jpeg",
    });
  });

  it("rejects empty files and reports each file of an array at its index", async () => {
    const server = await mock();
    const res = await post(
      server,
      EDITS,
      form({ model: "m", prompt: "p" }, [
        png,
        { bytes: new Uint8Array(0), type: "image/png", name: "empty.png" },
      ]),
    );
    await expect422(res, "/image/1", "empty");
  });

  it("rejects a file part without a filename", async () => {
    const server = await mock();
    const { body, contentType } = rawMultipart([
      { headers: ['Content-Disposition: form-data; name="model"'], body: "m" },
      {
        headers: [
          'Content-Disposition: form-data; name="image"',
          "Content-Type: application/octet-stream",
        ],
        body: tinyPng(),
      },
    ]);
    await expect422(
      await post(server, VARIATIONS, body, { ...AUTH, "content-type": contentType }),
      "/image",
      "filename",
    );
  });

  it("rejects files larger than x-max-bytes", async () => {
    const spec = parse(readFileSync(defaultSpecPath(), "utf8")) as Record<string, any>;
    const schema = spec.paths[VARIATIONS].post.requestBody.content["multipart/form-data"].schema;
    schema.properties.image["x-max-bytes"] = 100;
    const server = await mock({ spec });
    const big = Buffer.concat([tinyPng(), Buffer.alloc(100)]);
    const json = await expect422(
      await post(server, VARIATIONS, form({ model: "m" }, [{ ...png, bytes: big }])),
      "/image",
      "x-max-bytes",
    );
    expect(json.error.details![0]!.params).toEqual({ limit: 100, size: big.length });
  });

  it("answers 415 for a content type the operation does not take", async () => {
    const server = await mock();
    const res = await post(server, EDITS, JSON.stringify({ model: "m", prompt: "p" }), {
      ...AUTH,
      "content-type": "application/json",
    });
    expect(res.status).toBe(415);
    expect(((await res.json()) as ErrorResponse).error.code).toBe("unsupported_media_type");
  });

  it("answers 422 when a required body is missing and 400 for a malformed one", async () => {
    const server = await mock();
    expect((await fetch(server.url + EDITS, { method: "POST", headers: AUTH })).status).toBe(422);
    const res = await post(server, EDITS, "--nope\r\n", {
      ...AUTH,
      "content-type": "multipart/form-data; boundary=x",
    });
    expect(res.status).toBe(400);
  });
});

describe("auth and routing", () => {
  it("answers 401 without a bearer token", async () => {
    const server = await mock();
    const headerSets: Array<Record<string, string>> = [
      {},
      { authorization: "Bearer " },
      { authorization: "Basic abc" },
    ];
    for (const headers of headerSets) {
      const res = await post(server, EDITS, form({ model: "m", prompt: "p" }, [png]), headers);
      expect(res.status).toBe(401);
      const json = (await res.json()) as ErrorResponse;
      expect(json.error).toMatchObject({ code: "unauthorized" });
      expect(json.error.message).toContain("Bearer");
    }
    expect(server.requests.map((r) => r.status)).toEqual([401, 401, 401]);
    expect(server.requests[0]!.operationId).toBe("createImageEdit");
  });

  it("answers 404 JSON for unknown routes and methods", async () => {
    const server = await mock();
    const res = await fetch(server.url + "/v2/nope", { headers: AUTH });
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorResponse).error.code).toBe("not_found");
    const wrongMethod = await fetch(server.url + EDITS, { headers: AUTH });
    expect(wrongMethod.status).toBe(404);
    expect(wrongMethod.headers.get("allow")).toBe("POST");
    expect(server.requests.map((r) => [r.operationId, r.status])).toEqual([
      [undefined, 404],
      [undefined, 404],
    ]);
  });

  it("routes path templates, validates parameters and JSON bodies", async () => {
    const server = await mock({
      spec: {
        openapi: "3.0.3",
        info: { title: "t", version: "1" },
        paths: {
          "/things/{id}": {
            parameters: [
              { name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } },
            ],
            put: {
              operationId: "putThing",
              parameters: [
                {
                  name: "limit",
                  in: "query",
                  required: true,
                  schema: { type: "integer", maximum: 10 },
                },
                { name: "tags", in: "query", schema: { type: "array", items: { type: "string" } } },
              ],
              requestBody: {
                required: true,
                content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
              },
              responses: {
                "200": {
                  description: "ok",
                  content: {
                    "application/json": { schema: { $ref: "#/components/schemas/Thing" } },
                  },
                },
              },
            },
          },
          "/things/special": {
            get: { operationId: "special", responses: { "204": { description: "none" } } },
          },
        },
        components: {
          schemas: {
            Thing: {
              type: "object",
              required: ["name"],
              properties: {
                name: { type: "string", nullable: true },
                size: { type: "number", minimum: 0, exclusiveMinimum: true },
              },
            },
          },
        },
      },
    });
    const ok = await fetch(server.url + "/things/5?limit=3&tags=a&tags=b", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: null, size: 2 }),
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ name: "string", size: 1 });
    expect(server.requests[0]).toMatchObject({
      operationId: "putThing",
      query: { limit: "3", tags: ["a", "b"] },
      body: { name: null, size: 2 },
    });

    const bad = await fetch(server.url + "/things/0?limit=30", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ size: 0 }),
    });
    expect(bad.status).toBe(422);
    const details = ((await bad.json()) as ErrorResponse).error.details!;
    const where = details.map((d) => `${d.location}:${d.instancePath}:${d.keyword}`);
    expect(where).toEqual(
      expect.arrayContaining([
        "path:/id:minimum",
        "query:/limit:maximum",
        "body::required",
        "body:/size:exclusiveMinimum",
      ]),
    );

    const missing = await fetch(server.url + "/things/1", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as ErrorResponse).error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          location: "query",
          keyword: "required",
          params: { missingProperty: "limit" },
        }),
      ]),
    );

    const special = await fetch(server.url + "/things/special");
    expect(special.status).toBe(204);
    expect(server.requests.at(-1)!.operationId).toBe("special");
  });
});

describe("urlencoded bodies", () => {
  it("are decoded by the schema like multipart text parts", async () => {
    const server = await mock({
      spec: {
        openapi: "3.1.0",
        info: { title: "t", version: "1" },
        paths: {
          "/login": {
            post: {
              operationId: "login",
              requestBody: {
                content: {
                  "application/x-www-form-urlencoded": {
                    schema: {
                      type: "object",
                      required: ["user"],
                      properties: {
                        user: { type: "string" },
                        remember: { type: "boolean" },
                        age: { type: "integer", minimum: 18 },
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
                      schema: {
                        type: "object",
                        properties: { ok: { const: true } },
                        required: ["ok"],
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    });
    const ok = await post(
      server,
      "/login",
      new URLSearchParams({ user: "ada", remember: "true", age: "36" }),
      {},
    );
    expect([ok.status, await ok.json()]).toEqual([200, { ok: true }]);
    expect(server.requests[0]).toMatchObject({
      body: { user: "ada", remember: true, age: 36 },
      parts: [{ name: "user" }, { name: "remember" }, { name: "age" }],
    });
    const young = await post(server, "/login", new URLSearchParams({ user: "kid", age: "9" }), {});
    expect(young.status).toBe(422);
  });

  // ElevenLabs' `anyOf: [boolean, enum of model names]`: "false" is the boolean, since no string
  // the schema allows is "false"; a free string branch still takes any text as text.
  it("read a text field of a union with strings as the value a branch takes", async () => {
    const server = await mock({
      spec: {
        openapi: "3.1.0",
        info: { title: "t", version: "1" },
        paths: {
          "/songs": {
            post: {
              operationId: "upload",
              requestBody: {
                content: {
                  "application/x-www-form-urlencoded": {
                    schema: {
                      type: "object",
                      properties: {
                        plan: { anyOf: [{ type: "boolean" }, { type: "string", enum: ["v2"] }] },
                        count: { anyOf: [{ type: "integer" }, { const: "auto" }] },
                        label: { anyOf: [{ type: "integer" }, { type: "string" }] },
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
    const cases: [Record<string, string>, object][] = [
      [
        { plan: "false", count: "3", label: "7" },
        { plan: false, count: 3, label: "7" },
      ],
      [
        { plan: "v2", count: "auto", label: "x" },
        { plan: "v2", count: "auto", label: "x" },
      ],
    ];
    for (const [fields, body] of cases) {
      const res = await post(server, "/songs", new URLSearchParams(fields), {});
      expect(res.status).toBe(204);
      expect(server.requests.at(-1)!.body).toEqual(body);
    }
  });
});

describe("file fields", () => {
  it("are found by contentMediaType too, and encoding wildcards are honoured", async () => {
    const server = await mock({
      spec: {
        openapi: "3.1.0",
        info: { title: "t", version: "1" },
        paths: {
          "/upload": {
            post: {
              operationId: "upload",
              requestBody: {
                content: {
                  "multipart/form-data": {
                    schema: {
                      type: "object",
                      properties: {
                        avatar: { type: "string", contentMediaType: "image/png" },
                        any: { type: "array", items: { type: "string", format: "binary" } },
                        // Any bytes (Topaz's images, probe76): a JPEG labelled so is one.
                        image: { type: "string", contentMediaType: "application/octet-stream" },
                        // A branch that names no type takes any file, as the SDK reads it.
                        scan: {
                          anyOf: [
                            { type: "string", contentMediaType: "application/pdf" },
                            { type: "string", format: "binary" },
                          ],
                        },
                      },
                    },
                    encoding: { any: { contentType: "image/*" } },
                  },
                },
              },
              responses: { "204": { description: "ok" } },
            },
          },
        },
      },
    });
    const ok = await post(
      server,
      "/upload",
      form({}, [
        { field: "avatar", bytes: tinyPng(), type: "image/png", name: "a.png" },
        { field: "any", bytes: JPEG, type: "image/jpeg", name: "b.jpg" },
        { field: "scan", bytes: tinyPng(), type: "image/png", name: "c.png" },
        { field: "image", bytes: JPEG, type: "image/jpeg", name: "d.jpg" },
      ]),
      {},
    );
    expect(ok.status, JSON.stringify(server.requests[0]?.errors)).toBe(204);
    // A single part for an array-only field is still an array of one.
    expect(server.requests[0]!.files.map((f) => f.field)).toEqual([
      "avatar",
      "any",
      "scan",
      "image",
    ]);
    const bad = await post(
      server,
      "/upload",
      form({}, [
        { field: "avatar", bytes: JPEG, type: "image/jpeg", name: "a.jpg" },
        { field: "any", bytes: Buffer.from("hi"), type: "text/plain", name: "b.txt" },
      ]),
      {},
    );
    expect(bad.status).toBe(422);
    expect(server.requests[1]!.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ instancePath: "/avatar", keyword: "contentType" }),
        expect.objectContaining({ instancePath: "/any/0", keyword: "contentType" }),
      ]),
    );
  });
});

describe("readOnly and writeOnly properties", () => {
  const pet = {
    type: "object",
    required: ["id", "name", "secret", "created"],
    properties: {
      id: { type: "string", readOnly: true },
      name: { type: "string" },
      secret: { type: "string", writeOnly: true },
      // 3.0 cannot mark a $ref itself: an allOf of one carries the marker.
      created: { allOf: [{ $ref: "#/components/schemas/Stamp" }], readOnly: true },
    },
  };
  const spec = {
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    paths: {
      "/pets": {
        post: {
          operationId: "createPet",
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } },
          },
          responses: {
            "201": {
              description: "ok",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } },
            },
          },
        },
      },
    },
    components: { schemas: { Pet: pet, Stamp: { type: "string", format: "date-time" } } },
  };
  const send = (url: string, body: object) =>
    fetch(url + "/pets", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it("a request needs none of the server's fields, and an answer has them but no secret", async () => {
    const server = await mock({ spec });
    const created = await send(server.url, { name: "Rex", secret: "s" });
    expect(created.status).toBe(201);
    const answer = await created.json();
    expect(Object.keys(answer).sort()).toEqual(["created", "id", "name"]);
    expect(answer.created).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("the write-only field is still required in a request", async () => {
    const server = await mock({ spec });
    const { error } = await expect422(await send(server.url, { name: "Rex" }), "", "required");
    expect(error.details?.map((e) => e.params)).toEqual([{ missingProperty: "secret" }]);
  });
});

describe("the message of a 422", () => {
  it("says a problem once, where each part of an allOf found it (probe57)", async () => {
    const { summarize } = await import("../src/respond.js");
    const detail = (instancePath: string): ValidationErrorDetail =>
      ({
        location: "body",
        instancePath,
        keyword: "type",
        message: "must be object",
        params: {},
      }) as unknown as ValidationErrorDetail;
    expect(summarize([detail("/owner"), detail("/owner"), detail("/parent")])).toBe(
      "Request validation failed: /owner must be object; /parent must be object",
    );
    expect(summarize([detail("/a"), detail("/a"), detail("/b"), detail("/c")], 2)).toBe(
      "Request validation failed: /a must be object; /b must be object; and 1 more",
    );
  });
});

import { startMockServer, type MockServer } from "@orq-sdk/mock";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  APIError,
  encodeMultipartStream,
  Orq,
  OrqCore,
  refuseMisspeltOptions,
  ResponseValidationError,
  routerImagesEditsCreate,
  routerImagesVariationsCreate,
  ValidationError,
  webRuntime,
  type Runtime,
} from "../src/index.js";
import type { SchemaNode, SchemaRef } from "../src/generated/contract.js";
import { createImageEdit } from "../src/generated/operations.js";
import { oneSlipFrom } from "../src/client/option-names.js";
import { images, sha256 } from "./helpers/images.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

// Both multipart encoders, over the platform's own fetch: what browsers and Deno get.
const runtimes: Array<[string, Runtime]> = [
  ["FormData", webRuntime],
  ["streaming encoder", { name: "stream", encodeMultipart: encodeMultipartStream }],
];

describe.each(runtimes)("through %s", (_, runtime) => {
  const client = () =>
    new Orq(
      { apiKey: "test-key", serverURL: mock.url, retryConfig: { strategy: "none" } },
      runtime,
    );

  it("an edit with every kind of field arrives as the spec says", async () => {
    const png = images.png();
    const result = await client().router.images.edits.create({
      model: "openai/gpt-image-1",
      prompt: 'a hat; with "quotes"\r\nand lines',
      image: new Blob([png]),
      n: 2,
      quality: "high",
      responseFormat: "b64_json",
      fallbacks: [{ model: "openai/gpt-4o-mini" }],
      retry: { count: 3, onCodes: [429, 500] },
      loadBalancer: { type: "weight_based", models: [{ model: "openai/gpt-4o", weight: 0.7 }] },
      timeout: { callTimeout: 30000 },
      orq: {
        identity: {
          id: "contact_1",
          displayName: "Jane",
          metadata: [{ cost_center: "cc-7", teamName: "x" }],
        },
      },
    });

    expect(result.data).toHaveLength(2);
    expect(result.data[0]?.b64Json).toMatch(/^iVBORw0KGgo/); // a PNG, in camelCase
    expect(typeof result.created).toBe("number");

    const [received] = mock.requests;
    expect(received?.status).toBe(200);
    expect(received?.headers.authorization).toBe("Bearer test-key");
    expect(received?.body).toEqual({
      model: "openai/gpt-image-1",
      prompt: 'a hat; with "quotes"\r\nand lines',
      n: 2,
      quality: "high",
      response_format: "b64_json",
      fallbacks: [{ model: "openai/gpt-4o-mini" }],
      retry: { count: 3, on_codes: [429, 500] },
      load_balancer: { type: "weight_based", models: [{ model: "openai/gpt-4o", weight: 0.7 }] },
      timeout: { call_timeout: 30000 },
      orq: {
        identity: {
          id: "contact_1",
          display_name: "Jane",
          metadata: [{ cost_center: "cc-7", teamName: "x" }],
        },
      },
    });
    expect(received?.files).toEqual([
      expect.objectContaining({
        field: "image",
        filename: "image.png",
        contentType: "image/png",
        size: png.byteLength,
        sha256: sha256(png),
      }),
    ]);
    // Only what the caller set, scalars as text parts, objects as JSON text parts; in the order
    // the schema lists the fields (its `image` last), not the order of the caller's keys.
    expect(received?.parts.map((p) => p.name)).toEqual([
      "model",
      "prompt",
      "n",
      "quality",
      "response_format",
      "fallbacks",
      "retry",
      "load_balancer",
      "timeout",
      "orq",
      "image",
    ]);
    expect(received?.parts.filter((p) => p.contentType)).toEqual([
      { name: "image", filename: "image.png", contentType: "image/png" },
    ]);
  });

  it("16 images of each format, as repeated image parts with their real media types", async () => {
    const kinds = [images.png(), images.jpeg(), images.webp()];
    const inputs = Array.from({ length: 16 }, (_, i) => kinds[i % 3]!);
    await client().router.images.edits.create({
      model: "m",
      prompt: "p",
      // a name that lies about the type: the bytes win
      image: inputs.map((bytes, i) => ({ fileName: `photo-${i}.png`, content: bytes })),
    });
    const files = mock.requests[0]!.files;
    expect(files).toHaveLength(16);
    expect(files.map((f) => f.contentType)).toEqual(
      inputs.map((_, i) => ["image/png", "image/jpeg", "image/webp"][i % 3]),
    );
    expect(files.map((f) => f.sha256)).toEqual(inputs.map(sha256));
    expect(files.map((f) => f.filename)).toEqual(inputs.map((_, i) => `photo-${i}.png`));
  });

  it("a variation from a ReadableStream", async () => {
    const png = images.png();
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(png.subarray(0, 5));
        c.enqueue(png.subarray(5));
        c.close();
      },
    });
    const result = await client().router.images.variations.create({
      model: "dall-e-2",
      image: stream,
      size: "256x256",
    });
    expect(result.data[0]?.url).toMatch(/^http/);
    expect(mock.requests[0]?.files[0]).toMatchObject({
      contentType: "image/png",
      sha256: sha256(png),
    });
    expect(mock.requests[0]?.body).toEqual({ model: "dall-e-2", size: "256x256" });
  });
});

describe("serverURL", () => {
  it("is made absolute and loses trailing slashes", () => {
    expect(new OrqCore({ serverURL: "http://127.0.0.1:9/base//" }).serverURL).toBe(
      "http://127.0.0.1:9/base",
    );
    expect(new OrqCore().serverURL).toBe("https://api.orq.ai");
  });

  // A path such as "/api/orq" resolves against a page's address in browsers (tested in
  // Chromium by @orq-sdk/browser); Node has no page, so it is refused like any non-URL.
  it.each(["/api/orq", "api.orq.ai", "ftp://api.orq.ai", ""])(
    "refuses %j with a ValidationError naming the field",
    (serverURL) => {
      expect(() => new OrqCore({ serverURL })).toThrow(
        expect.objectContaining({
          name: "ValidationError",
          message: expect.stringContaining("serverURL must be an http or https URL"),
        }),
      );
    },
  );
});

describe("an option written another way is refused, not ignored", () => {
  // Ignored, `serverUrl` sent the calls meant for a mock or a proxy to the real API, with the
  // real key; `apikey` sent none. (The Node and Deno runtimes check; a runtime that passes the
  // check, as they do.)
  const checked = { ...webRuntime, checkOptions: refuseMisspeltOptions };
  it.each([
    ["serverUrl", "serverURL"],
    ["apikey", "apiKey"],
    ["timeout_ms", "timeoutMs"],
    ["RetryConfig", "retryConfig"],
    // A slip of the keys.
    ["retyConfig", "retryConfig"],
    ["loger", "logger"],
    ["serverIx", "serverIdx"],
    ["apiKye", "apiKey"],
    // Other SDKs' names (openai's): `baseURL` sent the calls meant for a proxy to the API.
    ["baseURL", "serverURL"],
    ["base_url", "serverURL"],
    ["timeout", "timeoutMs"],
    ["maxRetries", "retryConfig"],
  ])("%s: did you mean %s?", (name, meant) => {
    let error: unknown;
    try {
      new Orq({ apiKey: "k", [name]: "http://127.0.0.1:9" } as object, checked);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { path: name, message: `${name} is not an option: did you mean ${meant}?` },
    ]);
  });

  it("other SDKs' options with no one equal here say what does their work", () => {
    // openai's `defaultHeaders` was ignored: the calls went out without the headers (probe56).
    expect(() => new Orq({ defaultHeaders: { "x-team": "a" } } as object, checked)).toThrow(
      'defaultHeaders is not an option: headers for every call go through an httpClient (new HTTPClient().addHook("beforeRequest", …))',
    );
    expect(() => new Orq({ httpAgent: {} } as object, checked)).toThrow(
      "httpAgent is not an option: give a fetch that uses your agent",
    );
    expect(() => new Orq({ httpsAgent: {} } as object, checked)).toThrow(
      "httpsAgent is not an option: give a fetch that uses your agent",
    );
    expect(() => new Orq({ defaultQuery: { a: "1" } } as object, checked)).toThrow(
      "defaultQuery is not an option: query parameters are a call's own request fields",
    );
  });

  it("every one is said at once (probe57)", () => {
    let error: unknown;
    try {
      new Orq({ baseURL: "http://127.0.0.1:9", timeout: 5, extra: 1 } as object, checked);
    } catch (e) {
      error = e;
    }
    expect((error as ValidationError).issues).toEqual([
      { path: "baseURL", message: "baseURL is not an option: did you mean serverURL?" },
      { path: "timeout", message: "timeout is not an option: did you mean timeoutMs?" },
    ]);
  });

  it("other names are left alone, and the real ones pass", () => {
    expect(
      () => new OrqCore({ apiKey: "k", extra: 1, name: "n", mode: "m" } as object, checked),
    ).not.toThrow();
    // A runtime without the check (a browser bundle's) takes what it is given.
    expect(() => new OrqCore({ apiKey: "k", serverUrl: "x" } as object)).not.toThrow();
    expect(
      () =>
        new OrqCore(
          {
            apiKey: "k",
            serverURL: "http://127.0.0.1:9",
            timeoutMs: 5,
            retryConfig: { strategy: "none" },
          },
          checked,
        ),
    ).not.toThrow();
  });
});

describe("one slip of the keys", () => {
  it.each([
    ["tokn", "token"],
    ["tokne", "token"],
    ["tokenn", "token"],
    ["toke", "token"],
    ["tiken", "token"],
    ["Retry_Confg", "retryConfig"],
  ])("%s is %s with one", (typed, known) => expect(oneSlipFrom(typed, known)).toBe(true));

  it.each([
    ["token", "token"],
    ["tkn", "token"],
    ["takens", "token"],
    ["otnek", "token"],
    // Names of three letters or fewer: one slip from them is another word.
    ["ur", "url"],
    ["pot", "pat"],
  ])("%s is not %s with one", (typed, known) => expect(oneSlipFrom(typed, known)).toBe(false));
});

describe("standalone functions", () => {
  it("resolve to a result, never throw", async () => {
    const core = new OrqCore({ apiKey: "k", serverURL: mock.url });
    const ok = await routerImagesVariationsCreate(core, { model: "m", image: images.png() });
    expect(ok.ok).toBe(true);
    const bad = await routerImagesEditsCreate(core, { model: "m", prompt: "p", n: 99 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toBeInstanceOf(ValidationError);
  });
});

// A field's schema and its union branches (a nullable field may be written either way).
const branches = (ref: SchemaRef | undefined): SchemaNode[] => {
  const node = typeof ref === "function" ? ref() : (ref ?? {});
  return [node, ...[...(node.anyOf ?? []), ...(node.oneOf ?? [])].flatMap(branches)];
};
const editFields = branches(createImageEdit.requestBody!.schema)[0]!.properties!;
const nMax = branches(editFields.n).find((b) => b.maximum !== undefined)!.maximum!;
const qualities = branches(editFields.quality)
  .flatMap((b) => b.enum ?? [])
  .map(String);

describe("bad input is refused before a byte is sent", () => {
  const orq = () => new Orq({ apiKey: "k", serverURL: mock.url });
  it.each([
    // The limit and the list as the spec has them today (validate.test.ts pins the values).
    ["n too large", { model: "m", prompt: "p", n: nMax + 1 }, `n must be <= ${nMax}`],
    [
      "quality",
      { model: "m", prompt: "p", quality: "not-a-quality" },
      `quality must be one of ${qualities.join(", ")}`,
    ],
    [
      "17 images",
      { model: "m", prompt: "p", image: Array(17).fill(images.png()) },
      "image: 17 files, at most 16",
    ],
    [
      "a GIF",
      { model: "m", prompt: "p", image: images.gif() },
      "image: must be PNG, JPEG or WebP, but it is GIF",
    ],
    [
      "not an image",
      { model: "m", prompt: "p", image: [images.png(), images.text()] },
      "image[1]: must be PNG, JPEG or WebP, but its content is not a known image format",
    ],
    ["an empty file", { model: "m", prompt: "p", image: new Blob([]) }, "image: empty file"],
    ["missing prompt", { model: "m" }, "prompt is required"],
    [
      "wire names",
      { model: "m", prompt: "p", response_format: "url" },
      "response_format is not a known field (did you mean responseFormat?)",
    ],
  ])("%s", async (_, request, message) => {
    const error = await orq()
      .router.images.edits.create(request as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain(message);
    expect(mock.requests).toHaveLength(0);
  });

  it("more than 50 MB, without reading it", async () => {
    const big = new Blob([images.png(), new Uint8Array(50 * 1024 * 1024)]);
    const error = await orq()
      .router.images.edits.create({ model: "m", prompt: "p", image: big })
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain(
      `image: ${big.size} bytes, at most 52428800 (50 MB)`,
    );
    expect(mock.requests).toHaveLength(0);
  });
});

describe("answers that are not success", () => {
  it("401 without a key", async () => {
    const error = await new Orq({ serverURL: mock.url }).router.images.edits
      .create({ model: "m", prompt: "p" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).statusCode).toBe(401);
    expect((error as APIError).message).toMatch(/^router\.images\.edits\.create\(\) failed: 401/);
    expect((error as APIError).headers.get("content-type")).toContain("json");
    // The official SDK's members too.
    expect((error as APIError).contentType).toBe((error as APIError).headers.get("content-type"));
    expect((error as APIError).rawResponse).toBeInstanceOf(Response);
    expect((error as APIError).rawResponse.status).toBe(401);
    expect((error as APIError).pretty()).toBe(`APIError: ${(error as Error).message}`);
  });

  it("500 from the server, after the default retries", async () => {
    mock.faults.push({
      kind: "status",
      status: 500,
      body: { error: { message: "boom" } },
      times: 3,
    });
    const error = await new Orq({
      apiKey: "k",
      serverURL: mock.url,
      retryConfig: { strategy: "backoff", backoff: { initialInterval: 10 }, maxRetries: 2 },
    }).router.images.edits
      .create({ model: "m", prompt: "p" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).statusCode).toBe(500);
    expect((error as APIError).body).toEqual({ error: { message: "boom" } });
    expect((error as Error).message).toContain("boom");
    expect(mock.requests).toHaveLength(3);
  });

  it("503 then success: retried with the whole body again", async () => {
    mock.faults.push({ kind: "status", status: 503, headers: { "retry-after": "0" } });
    const png = images.png();
    const result = await new Orq({ apiKey: "k", serverURL: mock.url }).router.images.edits.create({
      model: "m",
      prompt: "p",
      image: png,
    });
    expect(result.data).toHaveLength(1);
    expect(mock.requests.map((r) => r.status)).toEqual([503, 200]);
    expect(mock.requests[1]?.files[0]?.sha256).toBe(sha256(png));
  });

  it.each([
    ["empty-200", "the body is empty"],
    ["truncated-json", "the body is not valid JSON"],
  ] as const)("%s → ResponseValidationError with the raw body", async (kind, message) => {
    mock.faults.push({ kind });
    const error = await new Orq({ apiKey: "k", serverURL: mock.url }).router.images.edits
      .create({ model: "m", prompt: "p" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toContain(message);
    expect(typeof (error as ResponseValidationError).rawBody).toBe("string");
    // Not JSON: the value that failed is the text itself.
    expect((error as ResponseValidationError).rawValue).toBe(
      (error as ResponseValidationError).rawBody,
    );
    expect((error as ResponseValidationError).rawResponse.status).toBe(200);
  });
});

describe("pretty(): every broken rule on a line of its own", () => {
  it("a ValidationError lists them all, where its message shows ten", async () => {
    const error = await new Orq({ apiKey: "k", serverURL: mock.url }).router.images.edits
      .create({
        model: "m",
        prompt: "p",
        fallbacks: Array.from({ length: 12 }, () => ({})) as never,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/; and 2 more$/);
    expect((error as ValidationError).pretty()).toBe(
      [
        "ValidationError: router.images.edits.create(): invalid input:",
        ...Array.from({ length: 12 }, (_, i) => `  - fallbacks[${i}].model is required`),
      ].join("\n"),
    );
    expect(mock.requests).toHaveLength(0);
  });
});

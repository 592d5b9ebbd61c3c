// `createOrqClient`: openapi-fetch typed by the spec, in wire names. Its multipart operations
// take the plain object their types ask for and send it as multipart (openapi-fetch alone sent
// it as JSON, which the API refuses with a 415: probe39), checked by the mock's own multipart
// parser and the spec's rules.
import { startMockServer, type MockServer } from "@orq-sdk/mock";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createOrqClient } from "../src/index.js";
import { withFormBody } from "../src/client/form-body.js";
import { startServer } from "./helpers/http-server.js";
import { images, sha256 } from "./helpers/images.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

describe("createOrqClient", () => {
  it("refuses credentials of security schemes, where fetch takes its own (probe62)", () => {
    // They went to fetch, which threw a TypeError on every call.
    const make = () =>
      createOrqClient({
        serverURL: mock.url,
        credentials: { ApiKeyAuth: "k" } as unknown as RequestCredentials,
      });
    expect(make).toThrow(/credentials: here fetch's \("include", "omit" or "same-origin"\)/);
    expect(() => createOrqClient({ serverURL: mock.url, credentials: "include" })).not.toThrow();
  });

  it("an edit given as the object its types ask for goes as multipart, every field as the spec says", async () => {
    const client = createOrqClient({ apiKey: "test-key", serverURL: mock.url });
    const [png, jpeg] = [images.png(), images.jpeg()];
    const { data, error, response } = await client.POST("/v2/router/images/edits", {
      body: {
        model: "openai/gpt-image-1",
        prompt: "a hat",
        image: [
          new File([png], "otter.png", { type: "image/png" }),
          new Blob([jpeg], { type: "image/jpeg" }),
        ],
        n: 2,
        response_format: "b64_json",
        fallbacks: [{ model: "openai/gpt-4o-mini" }],
        retry: { count: 3, on_codes: [429, 500] },
        user: undefined,
      },
    });
    expect(error, JSON.stringify(error)).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.data[0]?.b64_json).toMatch(/^iVBORw0KGgo/);

    const [received] = mock.requests;
    expect(received?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(received?.headers.authorization).toBe("Bearer test-key");
    expect(received?.body).toEqual({
      model: "openai/gpt-image-1",
      prompt: "a hat",
      n: 2,
      response_format: "b64_json",
      fallbacks: [{ model: "openai/gpt-4o-mini" }],
      retry: { count: 3, on_codes: [429, 500] },
    });
    expect(
      received?.files.map(({ field, filename, size, sha256 }) => [field, filename, size, sha256]),
    ).toEqual([
      ["image", "otter.png", png.byteLength, sha256(png)],
      ["image", "blob", jpeg.byteLength, sha256(jpeg)],
    ]);
  });

  it("a variation with one image; a FormData or a serializer of the caller's own goes as it is", async () => {
    const client = createOrqClient({ serverURL: mock.url, apiKey: "k" });
    const png = images.png();
    const one = await client.POST("/v2/router/images/variations", {
      body: { model: "openai/dall-e-2", image: new Blob([png], { type: "image/png" }) },
    });
    expect(one.response.status).toBe(200);
    expect(mock.requests[0]?.files[0]?.sha256).toBe(sha256(png));

    const form = new FormData();
    form.append("model", "openai/dall-e-2");
    form.append("image", new Blob([png], { type: "image/png" }), "mine.png");
    const own = await client.POST("/v2/router/images/variations", {
      // The FormData escape hatch openapi-fetch documents: typed as the object, sent as built.
      body: {} as never,
      bodySerializer: () => form,
    });
    expect(own.response.status).toBe(200);
    expect(mock.requests[1]?.files[0]?.filename).toBe("mine.png");
  });

  it("a client given a bodySerializer of its own uses it for every call, forms too (probe41)", async () => {
    let called = 0;
    const client = createOrqClient({
      serverURL: mock.url,
      apiKey: "k",
      bodySerializer: (body: unknown) => {
        called++;
        const form = new FormData();
        form.append("model", String((body as { model: string }).model));
        form.append("image", new Blob([images.png()], { type: "image/png" }), "own.png");
        return form;
      },
    });
    const { response } = await client.POST("/v2/router/images/variations", {
      body: { model: "openai/dall-e-2", image: new Blob([]) },
    });
    expect(called).toBe(1);
    expect(response.status).toBe(200);
    expect(mock.requests[0]?.files[0]?.filename).toBe("own.png");
  });

  it("a file inside an object is refused before sending, not written as {} (probe41)", async () => {
    const client = createOrqClient({ serverURL: mock.url, apiKey: "k" });
    await expect(
      client.POST("/v2/router/images/variations", {
        body: {
          model: "openai/dall-e-2",
          image: new Blob([images.png()], { type: "image/png" }),
          orq: { identity: { id: "x", metadata: [{ file: new Blob([]) }] } },
        } as never,
      }),
    ).rejects.toThrow(/a file inside an object cannot be sent/);
    expect(mock.requests).toHaveLength(0);
  });

  it("a request refused by the spec comes back as openapi-fetch's error, not a crash", async () => {
    const client = createOrqClient({ serverURL: mock.url, apiKey: "k" });
    const { error, response } = await client.POST("/v2/router/images/variations", {
      body: { model: "openai/dall-e-2", image: new Blob([images.png()]), n: 11 },
    });
    expect(response.status).toBe(422);
    expect(JSON.stringify(error)).toMatch(/\bn\b/);
    // Nothing is sniffed here: a Blob without a type goes as application/octet-stream.
    const untyped = await client.POST("/v2/router/images/variations", {
      body: { model: "openai/dall-e-2", image: new Blob([images.png()]) },
    });
    expect(untyped.response.status).toBe(422);
    expect(JSON.stringify(untyped.error)).toMatch(/application\/octet-stream/);
  });
});

describe("withFormBody", () => {
  it("a URL-encoded form: fields as text, objects as JSON, lists repeated, its Content-Type set", async () => {
    let seen: { type?: string; body: string } | undefined;
    const server = await startServer((req, res, body) => {
      seen = { type: req.headers["content-type"], body: body.toString() };
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
    try {
      const client = createOrqClient({ serverURL: server.url, apiKey: "k" });
      const init = withFormBody("application/x-www-form-urlencoded", {
        body: { a: "x y", n: 2, tags: ["p", "q"], meta: { k: 1 }, skip: undefined, none: null },
        headers: { "x-trace": "1" },
      });
      await (client.POST as (path: string, init?: object) => Promise<unknown>)("/any", init);
      expect(seen?.type).toBe("application/x-www-form-urlencoded");
      expect([...new URLSearchParams(seen!.body)]).toEqual([
        ["a", "x y"],
        ["n", "2"],
        ["tags", "p"],
        ["tags", "q"],
        ["meta", '{"k":1}'],
      ]);
    } finally {
      await server.close();
    }
    const withFile = withFormBody("application/x-www-form-urlencoded", {
      body: { f: new Blob([]) },
    });
    expect(() => withFile!.bodySerializer!({ f: new Blob([]) })).toThrow(
      /f is a file, which a URL-encoded form cannot hold/,
    );
  });

  it("leaves a JSON operation, a FormData and a caller's serializer alone", () => {
    const form = new FormData();
    const serializer = (b: unknown) => b;
    expect(withFormBody(undefined, { body: { a: 1 } })).toEqual({ body: { a: 1 } });
    expect(withFormBody("multipart/form-data", { body: form })).toEqual({ body: form });
    const own = { body: { a: 1 }, bodySerializer: serializer };
    expect(withFormBody("multipart/form-data", own)).toBe(own);
  });
});

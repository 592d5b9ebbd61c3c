// End to end in a real Chromium: a page on one 127.0.0.1 port imports the built bundle and calls
// the mock orq server on another, so every call is a cross-origin request with CORS.
import { startMockServer, type MockServer, type RecordedRequest } from "@orq-sdk/mock";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchChromium } from "./helpers/chromium.js";
import type { PageError } from "./helpers/page-globals.js";
import { makePng, sha256 } from "./helpers/png.js";
import { startStaticServer, type StaticServer } from "./helpers/static-server.js";

let mock: MockServer;
let web: StaticServer;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const pageErrors: string[] = [];

const EDITS = "/v2/router/images/edits";
const VARIATIONS = "/v2/router/images/variations";
const posts = (path: string): RecordedRequest[] =>
  mock.requests.filter((r) => r.method === "POST" && r.path === path);

beforeAll(async () => {
  mock = await startMockServer();
  web = await startStaticServer({ orqURL: mock.url, apiKey: "server-side-key" });
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  await page.goto(`${web.url}/`);
  await page.waitForSelector("html[data-ready=true]", { timeout: 15_000 });
});

afterAll(async () => {
  await chromium?.close();
  await web?.close();
  await mock?.close();
});

beforeEach(async () => {
  mock.reset();
  web.proxied.length = 0;
  web.assets.clear();
  pageErrors.length = 0;
  await page.evaluate(() => {
    for (const id of ["picker", "single"])
      (document.getElementById(id) as HTMLInputElement).value = "";
  });
});

describe("@orq-sdk/browser in Chromium", () => {
  it("loads from another origin than the API's", () => {
    expect(new URL(web.url).port).not.toBe(new URL(mock.url).port);
    expect(pageErrors).toEqual([]);
  });

  it("edits a PNG picked with <input type=file>: CORS preflight, exact bytes, part headers", async () => {
    const png = makePng(96, 64, 1);
    await page.setInputFiles("#picker", { name: "otter.png", mimeType: "image/png", buffer: png });
    const out = await page.evaluate(async (serverURL) => {
      const { Orq, objectURLFromB64, blobFromB64 } = window.sdk;
      // A short-lived token from "your backend": the supported way to send a key from a page.
      const orq = new Orq({ serverURL, apiKey: async () => "short-lived-token" });
      const input = document.getElementById("picker") as HTMLInputElement;
      const result = await orq.router.images.edits.create({
        model: "openai/gpt-image-1",
        prompt: "Give the otter a tiny hat",
        image: input.files!,
        n: 1,
        responseFormat: "b64_json",
      });
      const b64 = result.data[0]!.b64Json!;
      const img = document.getElementById("result") as HTMLImageElement;
      img.src = objectURLFromB64(b64);
      await img.decode();
      return {
        count: result.data.length,
        width: img.naturalWidth,
        blobType: blobFromB64(b64).type,
        fromObjectURL: img.src.startsWith("blob:"),
      };
    }, mock.url);
    expect(out).toEqual({ count: 1, width: 8, blobType: "image/png", fromObjectURL: true });

    // The page's first call to the API's origin: Authorization is not a simple header, so the
    // browser asked first (it then caches the answer for the mock's Access-Control-Max-Age).
    const preflight = mock.requests[0]!;
    expect(preflight).toMatchObject({ method: "OPTIONS", path: EDITS, status: 204 });
    expect(preflight.headers["origin"]).toBe(web.url);
    expect(preflight.headers["access-control-request-method"]).toBe("POST");
    expect(preflight.headers["access-control-request-headers"]).toContain("authorization");

    const [edit] = posts(EDITS);
    expect(mock.requests.indexOf(edit!)).toBe(1);
    expect(edit!.status).toBe(200);
    expect(edit!.headers["origin"]).toBe(web.url);
    expect(edit!.headers["authorization"]).toBe("Bearer short-lived-token");
    expect(edit!.body).toEqual({
      model: "openai/gpt-image-1",
      prompt: "Give the otter a tiny hat",
      n: 1,
      response_format: "b64_json",
    });
    expect(edit!.files).toHaveLength(1);
    expect(edit!.files[0]).toMatchObject({
      field: "image",
      filename: "otter.png",
      contentType: "image/png",
      size: png.byteLength,
      sha256: sha256(png),
    });
    expect(edit!.files[0]!.headers).toEqual({
      "content-disposition": 'form-data; name="image"; filename="otter.png"',
      "content-type": "image/png",
    });
  });

  it("creates a variation from the one file of an input", async () => {
    const png = makePng(32, 32, 2);
    await page.setInputFiles("#single", { name: "cat.png", mimeType: "image/png", buffer: png });
    const count = await page.evaluate(async (serverURL) => {
      const orq = new window.sdk.Orq({ serverURL, apiKey: async () => "t" });
      const input = document.getElementById("single") as HTMLInputElement;
      const result = await orq.router.images.variations.create({
        model: "openai/dall-e-2",
        image: input.files!,
        n: 2,
        size: "256x256",
      });
      return result.data.length;
    }, mock.url);
    expect(count).toBe(2);
    const [variation] = posts(VARIATIONS);
    expect(variation!.status).toBe(200);
    expect(variation!.body).toEqual({ model: "openai/dall-e-2", n: 2, size: "256x256" });
    expect(variation!.files).toEqual([
      expect.objectContaining({ field: "image", filename: "cat.png", sha256: sha256(png) }),
    ]);
    expect(variation!.files[0]!.headers["content-type"]).toBe("image/png");
  });

  it("uploads a canvas and an OffscreenCanvas as PNGs", async () => {
    const expected = await page.evaluate(async (serverURL) => {
      const canvas = document.getElementById("canvas") as HTMLCanvasElement;
      const ctx = canvas.getContext("2d")!;
      ctx.fillStyle = "#3a7";
      ctx.fillRect(0, 0, 64, 48);
      ctx.fillStyle = "#fc0";
      ctx.fillRect(8, 8, 20, 12);
      const offscreen = new OffscreenCanvas(16, 16);
      const octx = offscreen.getContext("2d")!;
      octx.fillStyle = "#c33";
      octx.fillRect(0, 0, 16, 16);

      const orq = new window.sdk.Orq({ serverURL, apiKey: async () => "t" });
      await orq.router.images.edits.create({ model: "m", prompt: "p", image: [canvas, offscreen] });
      // What the browser's PNG encoder gives for the same pixels: what the mock must have got.
      const a = await new Promise<Blob>((done) => canvas.toBlob((b) => done(b!), "image/png"));
      const b = await offscreen.convertToBlob({ type: "image/png" });
      return [await window.sha256(a), await window.sha256(b)];
    }, mock.url);
    const [edit] = posts(EDITS);
    expect(edit!.status).toBe(200);
    expect(edit!.files.map((f) => [f.filename, f.contentType, f.sha256])).toEqual([
      ["canvas.png", "image/png", expected[0]],
      ["canvas.png", "image/png", expected[1]],
    ]);
  });

  it("uploads 16 files from one input, in order; 17 are refused before sending", async () => {
    const pngs = Array.from({ length: 17 }, (_, i) => makePng(16 + i, 16, i));
    const files = pngs.map((buffer, i) => ({
      name: `img-${i}.png`,
      mimeType: "image/png",
      buffer,
    }));
    await page.setInputFiles("#picker", files.slice(0, 16));
    const run = () =>
      page.evaluate(async (serverURL) => {
        const orq = new window.sdk.Orq({ serverURL, apiKey: async () => "t" });
        const input = document.getElementById("picker") as HTMLInputElement;
        try {
          const result = await orq.router.images.edits.create({
            model: "m",
            prompt: "p",
            image: input.files!,
          });
          return { ok: true as const, count: result.data.length };
        } catch (error) {
          return { ok: false as const, error: window.describeError(error) };
        }
      }, mock.url);
    expect(await run()).toEqual({ ok: true, count: 1 });
    const [edit] = posts(EDITS);
    expect(edit!.files.map((f) => [f.filename, f.sha256])).toEqual(
      pngs.slice(0, 16).map((png, i) => [`img-${i}.png`, sha256(png)]),
    );

    mock.reset();
    await page.setInputFiles("#picker", files);
    const refused = await run();
    expect(refused.ok).toBe(false);
    const error = (refused as { error: PageError }).error;
    expect(error.validation).toBe(true);
    expect(error.issues?.[0]?.path).toBe("image");
    expect(error.message).toMatch(/at most 16/);
    expect(mock.requests).toEqual([]);
  });

  it("throws a ValidationError in the page and sends nothing", async () => {
    const gif = Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1");
    await page.setInputFiles("#picker", { name: "cat.gif", mimeType: "image/gif", buffer: gif });
    await page.setInputFiles("#single", {
      name: "a.png",
      mimeType: "image/png",
      buffer: makePng(8, 8),
    });
    const errors = await page.evaluate(async (serverURL) => {
      const orq = new window.sdk.Orq({ serverURL, apiKey: async () => "t" });
      const picker = document.getElementById("picker") as HTMLInputElement;
      const single = document.getElementById("single") as HTMLInputElement;
      const out: PageError[] = [];
      for (const request of [
        { model: "m", prompt: "p", image: picker.files! },
        { model: "m", prompt: "p", image: single.files!, n: 99 },
      ]) {
        await orq.router.images.edits
          .create(request)
          .catch((e) => out.push(window.describeError(e)));
      }
      return out;
    }, mock.url);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({ name: "ValidationError", validation: true, orq: true });
    expect(errors[0]!.message).toMatch(/must be PNG, JPEG or WebP, but it is GIF/);
    expect(errors[1]).toMatchObject({ name: "ValidationError", validation: true });
    expect(errors[1]!.issues).toEqual([expect.objectContaining({ path: "n" })]);
    expect(mock.requests).toEqual([]); // not even a preflight
  });

  it("throws an APIError for a 500, and retries one by default with the same bytes", async () => {
    const png = makePng(24, 24, 5);
    await page.setInputFiles("#single", { name: "a.png", mimeType: "image/png", buffer: png });
    mock.faults.push({ kind: "status", status: 500, body: { error: { message: "boom" } } });
    const error = await page.evaluate(async (serverURL) => {
      const orq = new window.sdk.Orq({ serverURL, apiKey: async () => "t" });
      const input = document.getElementById("single") as HTMLInputElement;
      return orq.router.images.edits
        .create({ model: "m", prompt: "p", image: input.files! }, { retries: { strategy: "none" } })
        .then(() => undefined, window.describeError);
    }, mock.url);
    expect(error).toMatchObject({ name: "APIError", api: true, orq: true, statusCode: 500 });
    expect(error!.message).toContain("boom");
    expect(posts(EDITS)).toHaveLength(1);

    mock.reset();
    mock.faults.push({ kind: "status", status: 500 });
    const count = await page.evaluate(async (serverURL) => {
      const orq = new window.sdk.Orq({
        serverURL,
        apiKey: async () => "t",
        retryConfig: {
          strategy: "backoff",
          backoff: { initialInterval: 10, maxInterval: 50, exponent: 1.5, maxElapsedTime: 5000 },
        },
      });
      const input = document.getElementById("single") as HTMLInputElement;
      const result = await orq.router.images.edits.create({
        model: "m",
        prompt: "p",
        image: input.files!,
      });
      return result.data.length;
    }, mock.url);
    expect(count).toBe(1);
    const tries = posts(EDITS);
    expect(tries.map((r) => r.status)).toEqual([500, 200]);
    expect(tries.map((r) => r.files[0]?.sha256)).toEqual([sha256(png), sha256(png)]);
  });

  it("aborts a request in flight through an AbortController", async () => {
    await page.setInputFiles("#single", {
      name: "a.png",
      mimeType: "image/png",
      buffer: makePng(8, 8),
    });
    mock.faults.push({ kind: "hang" });
    await page.evaluate((serverURL) => {
      const orq = new window.sdk.Orq({ serverURL, apiKey: async () => "t" });
      const input = document.getElementById("single") as HTMLInputElement;
      window.controller = new AbortController();
      window.pending = orq.router.images.edits
        .create(
          { model: "m", prompt: "p", image: input.files! },
          { signal: window.controller.signal },
        )
        .then(() => undefined, window.describeError);
    }, mock.url);
    // The whole request reached the server, which is holding its answer back.
    await expect.poll(() => posts(EDITS).length, { timeout: 10_000 }).toBe(1);
    const started = Date.now();
    const error = await page.evaluate(() => {
      window.controller!.abort(new Error("the user left"));
      return window.pending;
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error).toMatchObject({ name: "RequestAbortedError", aborted: true, orq: true });
    expect(posts(EDITS)).toHaveLength(1); // not retried
  });

  it("takes a data: URL, a URL (string or URL object) and a Response", async () => {
    const pngs = [1, 2, 3, 4].map((seed) => makePng(10, 10, 10 + seed));
    web.assets.set("/assets/from-string.png", { body: pngs[1]!, type: "image/png" });
    web.assets.set("/assets/from-url.png", { body: pngs[2]!, type: "image/png" });
    web.assets.set("/assets/from-response.png", { body: pngs[3]!, type: "image/png" });
    const dataURL = `data:image/png;base64,${pngs[0]!.toString("base64")}`;
    await page.evaluate(
      async ([serverURL, dataURL]) => {
        const orq = new window.sdk.Orq({ serverURL: serverURL!, apiKey: async () => "t" });
        await orq.router.images.edits.create({
          model: "m",
          prompt: "p",
          image: [
            dataURL!,
            "/assets/from-string.png",
            new URL("/assets/from-url.png", location.href),
            await fetch("/assets/from-response.png"),
          ],
        });
      },
      [mock.url, dataURL],
    );
    const [edit] = posts(EDITS);
    expect(edit!.status).toBe(200);
    expect(edit!.files.map((f) => [f.filename, f.contentType, f.sha256])).toEqual([
      ["image.png", "image/png", sha256(pngs[0]!)],
      ["from-string.png", "image/png", sha256(pngs[1]!)],
      ["from-url.png", "image/png", sha256(pngs[2]!)],
      ["from-response.png", "image/png", sha256(pngs[3]!)],
    ]);
  });

  it("refuses a URL that does not answer 2XX, before calling the API", async () => {
    const error = await page.evaluate(async (serverURL) => {
      const orq = new window.sdk.Orq({ serverURL, apiKey: async () => "t" });
      return orq.router.images.edits
        .create({ model: "m", prompt: "p", image: "/assets/missing.png" })
        .then(() => undefined, window.describeError);
    }, mock.url);
    expect(error).toMatchObject({ validation: true });
    expect(error!.message).toMatch(/missing\.png answered 404/);
    expect(mock.requests).toEqual([]);
  });

  it("a data: URL with no comma (the type forgotten): a ValidationError at once, not a fetch (probe29 B2)", async () => {
    // A pattern matched it whole, backtracking quadratically: 160k characters froze the page for
    // 17 s, and then the text was fetched and failed as a ConnectionError.
    const base64 = makePng(64, 64, 36).toString("base64").repeat(40);
    const outcome = await page.evaluate(
      async ([serverURL, text]) => {
        const orq = new window.sdk.Orq({ serverURL: serverURL!, apiKey: async () => "t" });
        const error = await orq.router.images.edits
          .create({ model: "m", prompt: "p", image: `data:${text!}` })
          .then(() => undefined, window.describeError);
        return { error };
      },
      [mock.url, base64],
    );
    expect(base64.length).toBeGreaterThan(100_000);
    expect(outcome.error).toMatchObject({ validation: true });
    expect(outcome.error!.message).toMatch(
      /image: a data: URL needs a comma before its data: data:iVBOR/,
    );
    expect(mock.requests).toEqual([]);
  });

  it("a URL input that cannot be fetched: a ConnectionError naming the call and the field (probe29 B6)", async () => {
    web.assets.set("/assets/fine.png", { body: makePng(4, 4, 37), type: "image/png" });
    const error = await page.evaluate(async (serverURL) => {
      const orq = new window.sdk.Orq({ serverURL, apiKey: async () => "t" });
      return orq.router.images.edits
        .create({
          model: "m",
          prompt: "p",
          image: ["/assets/fine.png", "http://user:hunter2@127.0.0.1:9/nope.png"],
        })
        .then(() => undefined, window.describeError);
    }, mock.url);
    expect(error).toMatchObject({ name: "ConnectionError" });
    expect(error!.message).toBe(
      "router.images.edits.create(): image[1]: could not fetch the image at http://127.0.0.1:9/nope.png",
    );
    expect(mock.requests).toEqual([]);
  });

  it("the b64_json helpers given no base64 (an answer of URLs): the SDK's ValidationError (probe29 B10)", async () => {
    // It was a TypeError from `undefined.replace`, or atob's DOMException.
    const errors = await page.evaluate(() => {
      const { objectURLFromB64, blobFromB64 } = window.sdk;
      const attempt = (make: () => unknown) => {
        try {
          make();
          return undefined;
        } catch (error) {
          return window.describeError(error);
        }
      };
      return [
        attempt(() => objectURLFromB64(undefined as unknown as string)),
        attempt(() => blobFromB64("!!not base64!!")),
      ];
    });
    expect(errors).toMatchObject([{ validation: true }, { validation: true }]);
    expect(errors[0]!.message).toBe(
      'blobFromB64(): invalid input: b64Json must be base64 (got undefined): ask for responseFormat "b64_json"',
    );
    expect(errors[1]!.message).toMatch(/b64Json must be base64 \(got string\)/);
  });

  it("decodes a percent-encoded data: URL in the page, and resolves URLs against <base href>", async () => {
    const [inline, based, spaced] = [makePng(6, 6, 31), makePng(6, 6, 32), makePng(6, 6, 35)];
    web.assets.set("/assets/deep/based.png", { body: based, type: "image/png" });
    const percentEncoded = `data:image/png,${[...inline].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("")}`;
    // `; base64` with a space, as fetch reads it too.
    const spacedURL = `data:image/png; base64,${spaced.toString("base64")}`;
    await page.evaluate(
      async ([serverURL, dataURL, spacedURL]) => {
        const base = document.head.appendChild(document.createElement("base"));
        base.href = "/assets/deep/";
        try {
          const orq = new window.sdk.Orq({ serverURL: serverURL!, apiKey: async () => "t" });
          await orq.router.images.edits.create({
            model: "m",
            prompt: "p",
            image: [dataURL!, "based.png", spacedURL!],
          });
        } finally {
          base.remove();
        }
      },
      [mock.url, percentEncoded, spacedURL],
    );
    expect(posts(EDITS)[0]!.files.map((f) => [f.filename, f.sha256])).toEqual([
      ["image.png", sha256(inline)],
      ["based.png", sha256(based)],
      ["image.png", sha256(spaced)],
    ]);
  });

  it("a canvas the page may not read, or a Response already read: a ValidationError at the field", async () => {
    web.assets.set("/assets/elsewhere.png", { body: makePng(4, 4, 33), type: "image/png" });
    const errors = await page.evaluate(async (serverURL) => {
      const orq = new window.sdk.Orq({ serverURL, apiKey: async () => "t" });
      // The same server under another origin (localhost vs 127.0.0.1), without CORS: drawing
      // its image taints the canvas.
      const img = new Image();
      img.src = location.href
        .replace("127.0.0.1", "localhost")
        .replace(/\/[^/]*$/, "/assets/elsewhere.png");
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.getContext("2d")!.drawImage(img, 0, 0);
      const used = await fetch("/assets/elsewhere.png");
      await used.arrayBuffer();
      const edit = (image: HTMLCanvasElement | Response) =>
        orq.router.images.edits
          .create({ model: "m", prompt: "p", image })
          .then(() => undefined, window.describeError);
      return [await edit(canvas), await edit(used)];
    }, mock.url);
    expect(errors[0]).toMatchObject({
      validation: true,
      issues: [
        {
          path: "image",
          message: expect.stringMatching(/^image: the canvas cannot be read \(SecurityError/),
        },
      ],
    });
    expect(errors[0]!.message).toMatch(
      /^router\.images\.edits\.create\(\): invalid input: image: /,
    );
    expect(errors[1]).toMatchObject({
      validation: true,
      issues: [{ path: "image", message: "image: the Response's body was already read" }],
    });
    expect(mock.requests).toEqual([]);
  });

  it("an abort while a URL input downloads stops the call at once", async () => {
    web.assets.set("/assets/slow.png", {
      body: makePng(4, 4, 34),
      type: "image/png",
      delayMs: 5_000,
    });
    const started = Date.now();
    const error = await page.evaluate(async (serverURL) => {
      const orq = new window.sdk.Orq({ serverURL, apiKey: async () => "t" });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      return orq.router.images.edits
        .create(
          { model: "m", prompt: "p", image: "/assets/slow.png" },
          { signal: controller.signal },
        )
        .then(() => undefined, window.describeError);
    }, mock.url);
    expect(error).toMatchObject({ name: "RequestAbortedError", aborted: true });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(mock.requests).toEqual([]);
  });

  it("a URL input that never finishes downloading times out with the call's timeoutMs", async () => {
    // A server that never answers held the call for ever: the timeout started after the download.
    web.assets.set("/assets/stalled.png", {
      body: makePng(4, 4, 35),
      type: "image/png",
      delayMs: 15_000,
    });
    const started = Date.now();
    const error = await page.evaluate(async (serverURL) => {
      const orq = new window.sdk.Orq({ serverURL, apiKey: async () => "t" });
      return orq.router.images.edits
        .create({ model: "m", prompt: "p", image: "/assets/stalled.png" }, { timeoutMs: 300 })
        .then(() => undefined, window.describeError);
    }, mock.url);
    expect(error).toMatchObject({
      name: "RequestTimeoutError",
      message: "router.images.edits.create() timed out after 300 ms",
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(mock.requests).toEqual([]);
  });

  it("a Response input whose body never ends times out, or aborts, by the call", async () => {
    // `response.blob()` takes no signal: the conversion is raced against the call's abort.
    web.assets.set("/assets/stalled.png", {
      body: makePng(4, 4, 36),
      type: "image/png",
      delayMs: 15_000,
    });
    const started = Date.now();
    const errors = await page.evaluate(async (serverURL) => {
      const orq = new window.sdk.Orq({ serverURL, apiKey: async () => "t" });
      const stalled = () => new Response(new ReadableStream({ start() {} }));
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 300);
      return Promise.all([
        orq.router.images.edits
          .create({ model: "m", prompt: "p", image: stalled() }, { timeoutMs: 300 })
          .then(() => undefined, window.describeError),
        orq.router.images.edits
          .create({ model: "m", prompt: "p", image: stalled() }, { signal: controller.signal })
          .then(() => undefined, window.describeError),
        // A negative timeout has run out already: no download at all.
        orq.router.images.edits
          .create({ model: "m", prompt: "p", image: "/assets/stalled.png" }, { timeoutMs: -1 })
          .then(() => undefined, window.describeError),
      ]);
    }, mock.url);
    expect(errors).toMatchObject([
      { name: "RequestTimeoutError" },
      { name: "RequestAbortedError", aborted: true },
      {
        name: "RequestTimeoutError",
        message: "router.images.edits.create() timed out after -1 ms",
      },
    ]);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(mock.requests).toEqual([]);
  });

  it("runs the standalone functions with OrqCore", async () => {
    const png = makePng(8, 8, 9);
    await page.setInputFiles("#single", { name: "s.png", mimeType: "image/png", buffer: png });
    const result = await page.evaluate(async (serverURL) => {
      const { OrqCore, routerImagesEditsCreate } = window.sdk;
      const core = new OrqCore({ serverURL, apiKey: async () => "t" });
      const input = document.getElementById("single") as HTMLInputElement;
      const result = await routerImagesEditsCreate(core, {
        model: "m",
        prompt: "p",
        image: input.files!,
      });
      return result.ok ? { ok: true, count: result.value.data.length } : { ok: false };
    }, mock.url);
    expect(result).toEqual({ ok: true, count: 1 });
    expect(posts(EDITS)[0]!.files[0]!.sha256).toBe(sha256(png));
  });

  it("$inspect() gives the exchange: the answer's headers, the request without its key", async () => {
    const png = makePng(8, 8, 10);
    await page.setInputFiles("#single", { name: "s.png", mimeType: "image/png", buffer: png });
    const seen = await page.evaluate(async (serverURL) => {
      const { OrqCore, routerImagesEditsCreate } = window.sdk;
      const core = new OrqCore({ serverURL, apiKey: async () => "page-token-7f3e" });
      const input = document.getElementById("single") as HTMLInputElement;
      const [result, call] = await routerImagesEditsCreate(core, {
        model: "m",
        prompt: "p",
        image: input.files!,
      }).$inspect();
      return {
        ok: result.ok,
        status: call.status,
        answer: call.response?.status,
        contentType: call.response?.headers.get("content-type"),
        method: call.request?.method,
        url: call.request?.url,
        authorization: call.request?.headers.get("authorization"),
      };
    }, mock.url);
    expect(seen).toEqual({
      ok: true,
      status: "complete",
      answer: 200,
      contentType: expect.stringMatching(/^application\/json/),
      method: "POST",
      url: `${mock.url}${EDITS}`,
      authorization: "Bearer [redacted]",
    });
    expect(posts(EDITS)[0]!.headers.authorization).toBe("Bearer page-token-7f3e");
  });
});

describe("API keys in the page", () => {
  it("refuses a string key unless dangerouslyAllowBrowser is set, without showing the key", async () => {
    web.assets.set("/assets/ok.png", { body: makePng(8, 8), type: "image/png" });
    const out = await page.evaluate(async (serverURL) => {
      const { Orq, OrqCore, createOrqClient } = window.sdk;
      const attempts: [string, () => unknown][] = [
        ["Orq", () => new Orq({ serverURL, apiKey: "sk-secret-123" })],
        ["OrqCore", () => new OrqCore({ serverURL, apiKey: "sk-secret-123" })],
        ["createOrqClient", () => createOrqClient({ serverURL, apiKey: "sk-secret-123" })],
      ];
      const errors = attempts.map(([name, make]) => {
        try {
          make();
          return [name, undefined] as const;
        } catch (error) {
          return [name, window.describeError(error)] as const;
        }
      });
      // Allowed on purpose: the key is sent.
      const orq = new Orq({ serverURL, apiKey: "sk-secret-123", dangerouslyAllowBrowser: true });
      const blob = new Blob([await (await fetch("/assets/ok.png")).arrayBuffer()]);
      await orq.router.images.edits.create({ model: "m", prompt: "p", image: blob });
      // No key at all, or a key function: allowed.
      new Orq({ serverURL });
      new OrqCore({ serverURL, apiKey: async () => "token" });
      return errors;
    }, mock.url);
    for (const [name, error] of out) {
      expect(error, name).toMatchObject({ validation: true });
      expect(error!.message).toMatch(/readable by every visitor/);
      expect(error!.message).toMatch(/dangerouslyAllowBrowser: true/);
      expect(error!.message).not.toContain("sk-secret-123");
    }
    expect(posts(EDITS)[0]!.headers["authorization"]).toBe("Bearer sk-secret-123");
  });

  it("calls the API through the app's own backend, which adds the key (no key in the page)", async () => {
    const png = makePng(12, 12, 3);
    await page.setInputFiles("#single", { name: "p.png", mimeType: "image/png", buffer: png });
    const count = await page.evaluate(async () => {
      // A path on the page's own origin: no CORS, and the key stays on the server.
      const orq = new window.sdk.Orq({ serverURL: "/api/orq" });
      const input = document.getElementById("single") as HTMLInputElement;
      const result = await orq.router.images.edits.create({
        model: "m",
        prompt: "p",
        image: input.files!,
      });
      return result.data.length;
    });
    expect(count).toBe(1);
    expect(web.proxied).toHaveLength(1);
    expect(web.proxied[0]!.path).toBe(`/api/orq${EDITS}`);
    expect(web.proxied[0]!.headers["authorization"]).toBeUndefined();
    const [edit] = posts(EDITS);
    expect(edit!.headers["authorization"]).toBe("Bearer server-side-key");
    expect(edit!.files[0]!.sha256).toBe(sha256(png));
  });
});

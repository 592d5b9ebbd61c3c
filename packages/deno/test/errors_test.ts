// What goes wrong, and what the caller gets: a ValidationError before anything is sent (the
// mock records nothing), an APIError for 401, 422 and 500 answers, after the retries 500 earns.
import assert from "node:assert/strict";
import {
  APIError,
  type DenoFileInput,
  fileFromPath,
  HTTPClient,
  Orq,
  OrqError,
  ValidationError,
} from "../mod.ts";
import { startMock } from "./_mock.ts";
import { fastRetries, otter, otterPath, otterUrl, pngOfSize, scratchDir } from "./_helpers.ts";

Deno.test("ValidationError: the request breaks a rule, nothing is sent", async (t) => {
  const mock = await startMock();
  const orq = new Orq({ apiKey: "k", serverURL: mock.url });
  const refused = async (request: unknown, pattern: RegExp) => {
    await mock.reset();
    const error = await orq.router.images.edits
      .create(request as Parameters<typeof orq.router.images.edits.create>[0])
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    assert.ok(error instanceof ValidationError, `a ValidationError, got ${error}`);
    assert.ok(error instanceof OrqError);
    assert.match(error.message, pattern);
    assert.deepEqual(await mock.requests(), [], "nothing reached the server");
    return error;
  };
  try {
    await t.step("17 images (16 at most), from disk and open files", async () => {
      using file = await Deno.open(otterUrl);
      const image: DenoFileInput[] = [];
      for (let i = 0; i < 17; i++) {
        image.push(i % 2 ? file : await fileFromPath(otterPath));
      }
      const error = await refused({ model: "m", prompt: "p", image }, /16/);
      assert.equal(error.issues[0]!.path, "image");
    });
    await t.step("a GIF in a Deno.FsFile (PNG, JPEG or WebP only)", async () => {
      await using dir = await scratchDir();
      const gif = `${dir.path}/not-a-png.png`;
      await Deno.writeFile(gif, new TextEncoder().encode("GIF89a\x01\x00\x01\x00\x00\x00\x00;"));
      using file = await Deno.open(gif);
      await refused({ model: "m", prompt: "p", image: file }, /PNG, JPEG or WebP/);
    });
    await t.step("an empty file from disk", async () => {
      await using dir = await scratchDir();
      await Deno.writeFile(`${dir.path}/empty.png`, new Uint8Array());
      await refused(
        {
          model: "m",
          prompt: "p",
          image: await fileFromPath(`${dir.path}/empty.png`),
        },
        /empty file/,
      );
    });
    await t.step("a file over 50 MB, refused by its size alone (never read)", async () => {
      await using dir = await scratchDir();
      const path = `${dir.path}/big.png`;
      using big = await Deno.open(path, { create: true, write: true });
      await big.write(pngOfSize(64));
      await big.truncate(50 * 1024 * 1024 + 1);
      await refused(
        {
          model: "m",
          prompt: "p",
          image: await fileFromPath(path),
        },
        /at most/,
      );
    });
    await t.step("a stream past 50 MB: stopped as a ValidationError, as on Node", async () => {
      // Deno's fetch turned the stream's error into a plain Error: it came out a
      // ConnectionError, "connection failed: … invalid input …" (probe64).
      const big = new Uint8Array(50 * 1024 * 1024 + 1024);
      big.set(pngOfSize(64));
      const error = await orq.router.images.edits
        .create({ model: "m", prompt: "p", image: new Blob([big]).stream() })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      assert.ok(error instanceof ValidationError, `a ValidationError, got ${error}`);
      assert.match(
        error.message,
        /^router\.images\.edits\.create\(\): invalid input: image: more than/,
      );
    });
    await t.step("fields: a missing prompt, n out of range, together", async () => {
      const error = await refused({ model: "m", image: otter, n: 11 }, /prompt/);
      assert.deepEqual(error.issues.map((i) => i.path).sort(), ["n", "prompt"]);
    });
  } finally {
    await mock.close();
  }
});

Deno.test("APIError: 401, 422 and 500 answers", async (t) => {
  const mock = await startMock();
  try {
    const failed = async (orq: Orq, status: number) => {
      const error = await orq.router.images.edits
        .create({
          model: "m",
          prompt: "p",
          image: await fileFromPath(otterPath),
        })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      assert.ok(error instanceof APIError, `an APIError, got ${error}`);
      assert.equal(error.statusCode, status);
      return error;
    };
    await t.step("401: the mock's own answer to a request without a key", async () => {
      await mock.reset();
      // A key function that returns nothing: the request goes without Authorization.
      const error = await failed(new Orq({ apiKey: () => "", serverURL: mock.url }), 401);
      assert.match(error.message, /401/);
      const requests = await mock.requests();
      assert.equal(requests.length, 1, "401 is not retried");
      assert.equal(requests[0]!.headers.authorization, undefined);
    });
    await t.step("422 with the server's details", async () => {
      await mock.reset();
      await mock.fault({
        kind: "status",
        status: 422,
        body: {
          error: {
            message: "image: unsupported model",
            code: "validation_error",
          },
        },
      });
      const error = await failed(new Orq({ apiKey: "k", serverURL: mock.url }), 422);
      assert.match(error.message, /unsupported model/);
      assert.deepEqual(error.body, {
        error: {
          message: "image: unsupported model",
          code: "validation_error",
        },
      });
      assert.equal((await mock.requests()).length, 1, "422 is not retried");
    });
    await t.step("500, after two retries that re-sent the file from disk", async () => {
      await mock.reset();
      await mock.fault({ kind: "status", status: 500, times: 3 });
      // fastRetries alone retries until maxElapsedTime; 2 retries is the default's count.
      const retryConfig = { ...fastRetries, maxRetries: 2 };
      const error = await failed(new Orq({ apiKey: "k", serverURL: mock.url, retryConfig }), 500);
      assert.match(error.message, /500/);
      const requests = await mock.requests();
      assert.deepEqual(
        requests.map((r) => [r.status, r.files[0]?.size]),
        [
          [500, otter.byteLength],
          [500, otter.byteLength],
          [500, otter.byteLength],
        ],
      );
    });
  } finally {
    await mock.close();
  }
});

Deno.test("options Deno refuses: a misspelt name, a fetch beside an httpClient", () => {
  assert.throws(
    () => new Orq({ apiKey: "k", serverUrl: "http://127.0.0.1:9" } as object),
    (error) =>
      error instanceof ValidationError &&
      /serverUrl is not an option: did you mean serverURL\?/.test(error.message),
  );
  // The fetch would carry every call, and the httpClient's hooks would never run.
  assert.throws(
    () => new Orq({ apiKey: "k", fetch, httpClient: new HTTPClient() }),
    (error) =>
      error instanceof ValidationError &&
      /httpClient and fetch are both given: give one/.test(error.message),
  );
});

Deno.test("options Deno refuses: values that would be misread, a call's own options", async () => {
  // A timeoutMs of NaN meant no timeout; a misspelt call option was ignored by fetch.
  assert.throws(
    () => new Orq({ apiKey: "k", timeoutMs: Number.NaN }),
    (error) =>
      error instanceof ValidationError &&
      /timeoutMs must be a number of milliseconds \(got NaN\)/.test(error.message),
  );
  const mock = await startMock();
  try {
    const orq = new Orq({ apiKey: "k", serverURL: mock.url });
    const request = {
      model: "m",
      prompt: "p",
      image: await fileFromPath(otterPath),
    };
    for (const [options, pattern] of [
      [{ timeoutMS: 100 }, /timeoutMS is not an option: did you mean timeoutMs\?/],
      [{ retryCodes: "5XX" }, /retryCodes must be a list of statuses or ranges/],
      [{ serverURL: `${mock.url}?tenant=1` }, /without a user name, password, query or fragment/],
      [{ headers: { "transfer-encoding": "chunked" } }, /transfer-encoding is the transport's/],
    ] as const) {
      const error = await orq.router.images.edits.create(request, options as object).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.ok(error instanceof ValidationError, `${JSON.stringify(options)}: got ${error}`);
      assert.match(error.message, pattern);
    }
    assert.deepEqual(await mock.requests(), [], "nothing reached the server");
  } finally {
    await mock.close();
  }
});

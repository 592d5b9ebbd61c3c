// Every upload input Deno users have, end to end against the mock orq server: what arrives
// (the mock hashes every file part) is exactly the file's bytes, with its name and real type.
import assert from "node:assert/strict";
import {
  fileFromPath,
  FileOnDisk,
  Orq,
  OrqCore,
  routerImagesEditsCreate,
  type APIPromise,
  type DenoMethods,
  type DenoStandalone,
  type OperationCaller,
  type RequestOptions,
  type Result,
  ValidationError,
  type WithDenoFiles,
} from "../mod.ts";
import { startMock } from "./_mock.ts";
import {
  fastRetries,
  otter,
  otterPath,
  otterSha,
  otterUrl,
  scratchDir,
  sha256,
} from "./_helpers.ts";

Deno.test("image takes every Deno input and sends its exact bytes", async (t) => {
  const mock = await startMock();
  const orq = new Orq({ apiKey: "k", serverURL: mock.url });
  /** Sends `image`, returns what the mock received for it: [filename, contentType, sha256]. */
  const send = async (image: Parameters<typeof orq.router.images.edits.create>[0]["image"]) => {
    await mock.reset();
    const result = await orq.router.images.edits.create({ model: "m", prompt: "p", image });
    assert.equal(result.data.length, 1);
    const [request, ...more] = await mock.requests();
    assert.equal(more.length, 0);
    assert.equal(request!.status, 200);
    return request!.files.map((f) => [f.filename, f.contentType, f.sha256]);
  };
  try {
    await t.step("fileFromPath(path): the file's name", async () => {
      assert.deepEqual(await send(await fileFromPath(otterPath)), [
        ["otter.png", "image/png", otterSha],
      ]);
    });
    await t.step("fileFromPath(URL), with a name of your choice", async () => {
      const file = await fileFromPath(otterUrl, { name: "renamed.png" });
      assert.ok(file instanceof File, "a real File");
      assert.equal(file.size, otter.byteLength);
      assert.deepEqual(await send(file), [["renamed.png", "image/png", otterSha]]);
    });
    await t.step("a Deno.FsFile: read from its position, left open for its owner", async () => {
      using file = await Deno.open(otterUrl);
      assert.deepEqual(await send(file), [["image.png", "image/png", otterSha]]);
      // Still open: the caller closes it (here, `using`).
      assert.equal((await file.stat()).size, otter.byteLength);
    });
    await t.step("{ fileName, content: Deno.FsFile }", async () => {
      using file = await Deno.open(otterUrl);
      assert.deepEqual(await send({ fileName: "named.png", content: file }), [
        ["named.png", "image/png", otterSha],
      ]);
    });
    await t.step("a Uint8Array from Deno.readFile", async () => {
      assert.deepEqual(await send(await Deno.readFile(otterUrl)), [
        ["image.png", "image/png", otterSha],
      ]);
    });
    await t.step("a Deno.FsFile's readable stream (one-shot)", async () => {
      const file = await Deno.open(otterUrl);
      assert.deepEqual(await send(file.readable), [["image.png", "image/png", otterSha]]);
    });
    await t.step("core's inputs: Blob, File, ArrayBuffer, async iterable", async () => {
      assert.deepEqual(await send(new Blob([otter])), [["image.png", "image/png", otterSha]]);
      assert.deepEqual(await send(new File([otter], "f.png")), [["f.png", "image/png", otterSha]]);
      assert.deepEqual(await send(otter.slice().buffer), [["image.png", "image/png", otterSha]]);
      async function* chunks() {
        yield otter.subarray(0, 100);
        yield otter.subarray(100);
      }
      assert.deepEqual(await send(chunks()), [["image.png", "image/png", otterSha]]);
    });
    await t.step("16 images, every kind mixed, in order", async () => {
      await using dir = await scratchDir();
      const files: Deno.FsFile[] = [];
      const images = [];
      const expected: string[] = [];
      for (let i = 0; i < 16; i++) {
        // 16 different PNGs: the otter with one more byte after its end.
        const bytes = new Uint8Array([...otter, i]);
        const path = `${dir.path}/img-${i}.png`;
        await Deno.writeFile(path, bytes);
        expected.push(await sha256(bytes));
        if (i % 4 === 0) images.push(await fileFromPath(path));
        else if (i % 4 === 1) {
          const file = await Deno.open(path);
          files.push(file);
          images.push(file);
        } else if (i % 4 === 2) images.push(await Deno.readFile(path));
        else images.push({ fileName: `named-${i}.png`, content: await fileFromPath(path) });
      }
      try {
        const received = await send(images);
        assert.equal(received.length, 16);
        assert.deepEqual(
          received.map((r) => r[2]),
          expected,
        );
        assert.deepEqual(received[0]!.slice(0, 2), ["img-0.png", "image/png"]);
        assert.deepEqual(received[3]!.slice(0, 2), ["named-3.png", "image/png"]);
      } finally {
        for (const file of files) file.close();
      }
    });
    await t.step("the same Deno.FsFile twice in one request", async () => {
      using file = await Deno.open(otterUrl);
      assert.deepEqual(await send([file, file]), [
        ["image.png", "image/png", otterSha],
        ["image.png", "image/png", otterSha],
      ]);
    });
    await t.step("variations take a file from disk too", async () => {
      await mock.reset();
      const result = await orq.router.images.variations.create({
        model: "m",
        image: await fileFromPath(otterPath),
      });
      assert.equal(result.data.length, 1);
      const [request] = await mock.requests();
      assert.deepEqual(request!.files[0]!.sha256, otterSha);
    });
    await t.step("standalone functions take a Deno.FsFile", async () => {
      await mock.reset();
      using file = await Deno.open(otterUrl);
      const core = new OrqCore({ apiKey: "k", serverURL: mock.url });
      const result = await routerImagesEditsCreate(core, { model: "m", prompt: "p", image: file });
      assert.ok(result.ok);
      assert.equal(result.value.data.length, 1);
      const [request] = await mock.requests();
      assert.equal(request!.files[0]!.sha256, otterSha);
    });
    await t.step("$inspect() gives the answer and the request sent, its key hidden", async () => {
      await mock.reset();
      await mock.fault({ kind: "status", status: 503 });
      const core = new OrqCore({
        apiKey: "deno-key-1b2c",
        serverURL: mock.url,
        retryConfig: fastRetries,
      });
      const [result, call] = await routerImagesEditsCreate(core, {
        model: "m",
        prompt: "p",
        image: await fileFromPath(otterPath),
      }).$inspect();
      assert.ok(result.ok);
      assert.equal(call.status, "complete");
      assert.equal(call.response?.status, 200);
      assert.equal(call.request?.headers.get("authorization"), "Bearer [redacted]");
      assert.deepEqual(
        (await mock.requests()).map((r) => r.status),
        [503, 200],
      );
    });
    await t.step("a retry re-sends files from disk whole: re-opened, re-read", async () => {
      await mock.reset();
      await mock.fault({ kind: "status", status: 503 });
      await mock.fault({ kind: "reset", afterBytes: 300 });
      using file = await Deno.open(otterUrl);
      const retrying = new Orq({ apiKey: "k", serverURL: mock.url, retryConfig: fastRetries });
      const result = await retrying.router.images.edits.create({
        model: "m",
        prompt: "p",
        image: [await fileFromPath(otterPath), file],
      });
      assert.equal(result.data.length, 1);
      const requests = await mock.requests();
      assert.deepEqual(
        requests.map((r) => r.status),
        [503, 0, 200],
      );
      assert.deepEqual(
        requests.filter((r) => r.status).map((r) => r.files.map((f) => f.sha256)),
        [
          [otterSha, otterSha],
          [otterSha, otterSha],
        ],
      );
    });
  } finally {
    await mock.close();
  }
});

Deno.test("FileOnDisk behaves as a File, without reading the file whole", async () => {
  const file = await fileFromPath(otterPath, { type: "image/png" });
  assert.ok(file instanceof FileOnDisk && file instanceof File && file instanceof Blob);
  assert.equal(file.type, "image/png");
  assert.equal(file.name, "otter.png");
  assert.equal(await sha256(await file.arrayBuffer()), otterSha);
  assert.deepEqual(await file.bytes(), otter);
  assert.deepEqual(await file.slice(8, 16).bytes(), otter.slice(8, 16));
  assert.deepEqual(await file.slice(-4).bytes(), otter.slice(-4));
  assert.equal(file.slice(10, 5).size, 0);
  assert.equal((await file.text()).length > 0, true);
  // Deno's own consumers read it through stream(): the bytes are right.
  assert.equal(await sha256(await new Response(file).arrayBuffer()), otterSha);
  assert.equal(await sha256(await new Blob([file]).arrayBuffer()), otterSha);
});

Deno.test(
  "a Deno.FsFile at its end, closed or write-only is a ValidationError at the field",
  async () => {
    const mock = await startMock();
    const orq = new Orq({ apiKey: "k", serverURL: mock.url, retryConfig: { strategy: "none" } });
    const edit = (image: Deno.FsFile) =>
      orq.router.images.edits.create({ model: "m", prompt: "p", image }).then(
        () => assert.fail("expected a ValidationError"),
        (error: Error) => error,
      );
    try {
      const file = await Deno.open(otterPath);
      await file.seek(0, Deno.SeekMode.End);
      const atEnd = await edit(file);
      assert.ok(atEnd instanceof ValidationError, String(atEnd));
      assert.match(
        atEnd.message,
        /^router\.images\.edits\.create\(\): invalid input: image: the Deno\.FsFile is at its end \(position \d+ of \d+ bytes\)/,
      );
      file.close();
      const closed = await edit(file);
      assert.ok(closed instanceof ValidationError, String(closed));
      assert.match(closed.message, /image: the Deno\.FsFile is closed/);
      // Opened for writing only: it failed in the upload with a bare "Bad file descriptor".
      await using dir = await scratchDir();
      const copy = `${dir.path}/write-only.png`;
      await Deno.copyFile(otterPath, copy);
      using writeOnly = await Deno.open(copy, { write: true });
      const unreadable = await edit(writeOnly);
      assert.ok(unreadable instanceof ValidationError, String(unreadable));
      assert.match(
        unreadable.message,
        /image: the Deno\.FsFile cannot be read: open it with \{ read: true \}/,
      );
      // A readable one is still read from where it stands, whole.
      const readable = await Deno.open(otterPath);
      await orq.router.images.edits.create({ model: "m", prompt: "p", image: readable });
      readable.close();
      const sent = (await mock.requests()).at(-1);
      assert.equal(sent?.files[0]?.sha256, otterSha);
      assert.equal((await mock.requests()).length, 1);
    } finally {
      await mock.close();
    }
  },
);

Deno.test(
  "a stream read before, or given twice, is a ValidationError at the field (probe64)",
  async () => {
    // Each was a bare "ReadableStream is locked" (an UnexpectedClientError).
    const mock = await startMock();
    const orq = new Orq({ apiKey: "k", serverURL: mock.url, retryConfig: { strategy: "none" } });
    const edit = (image: ReadableStream<Uint8Array> | ReadableStream<Uint8Array>[]) =>
      orq.router.images.edits.create({ model: "m", prompt: "p", image });
    const refused = async (image: Parameters<typeof edit>[0], path: string) => {
      const error = await edit(image).then(
        () => assert.fail("expected a ValidationError"),
        (error: Error) => error,
      );
      assert.ok(error instanceof ValidationError, String(error));
      assert.ok(
        error.message.includes(
          `invalid input: ${path}: this stream was read before (or cancelled), or is being read (it is locked): a stream can be read once`,
        ),
        error.message,
      );
    };
    try {
      using file = await Deno.open(otterPath);
      await refused([file.readable, file.readable], "image[1]");
      const locked = new Blob([otter]).stream();
      locked.getReader();
      await refused(locked, "image");
      const sent = new Blob([otter]).stream();
      await edit(sent);
      await refused(sent, "image");
      // Only the one that could be sent was.
      assert.equal((await mock.requests()).length, 1);
    } finally {
      await mock.close();
    }
  },
);

Deno.test("fileFromPath reports the media type its name's extension stands for", async () => {
  await using dir = await scratchDir();
  const path = `${dir.path}/report.pdf`;
  await Deno.writeTextFile(path, "%PDF-1.7");
  assert.equal((await fileFromPath(path)).type, "application/pdf");
  // The name it reports decides; a type given wins; no known extension, no type.
  assert.equal((await fileFromPath(path, { name: "talk.MP3" })).type, "audio/mpeg");
  assert.equal(
    (await fileFromPath(path, { type: "application/x-custom" })).type,
    "application/x-custom",
  );
  assert.equal((await fileFromPath(path, { name: "data.zzzunknown" })).type, "");
  await Deno.writeTextFile(`${dir.path}/README`, "text");
  assert.equal((await fileFromPath(`${dir.path}/README`)).type, "");
});

Deno.test("fileFromPath fails with Deno's errors, naming the file", async () => {
  await using dir = await scratchDir();
  await assert.rejects(fileFromPath(`${dir.path}/missing.png`), Deno.errors.NotFound);
  await assert.rejects(fileFromPath(dir.path), (e: Error) => {
    assert.ok(e instanceof Deno.errors.IsADirectory);
    assert.match(e.message, /is a directory/);
    return true;
  });
  // Changed after fileFromPath() looked at it: refused, not sent under the old size.
  const path = `${dir.path}/changing.png`;
  await Deno.writeFile(path, otter);
  const file = await fileFromPath(path);
  await Deno.writeFile(path, new Uint8Array([...otter, ...otter]));
  await assert.rejects(file.bytes(), /changing\.png: it changed on disk/);
});

// Checked by `deno test`'s type-check: a `date-time` field (a regenerated SDK's) stays a Date,
// not an object walked for files.
Deno.test("a Date in a request type stays a Date", () => {
  const query: WithDenoFiles<{ from: Date; image: Blob }> = {
    from: new Date(0),
    image: new Blob([]),
  };
  const time: number = query.from.getTime();
  assert.equal(time, 0);
});

// Checked by `deno test`'s type-check: methods that take their arguments one by one (a
// regenerated SDK's, where the spec asks for it) take Deno's files in each, and options last.
Deno.test("methods that take arguments one by one take Deno's files in each", async () => {
  type Positional = DenoMethods<{
    avatar: {
      set(body: { image: Blob }, agentKey: string, options?: RequestOptions): Promise<string>;
    };
  }>;
  const methods: Positional = {
    avatar: {
      set: (_body, agentKey, options) => Promise.resolve(`${agentKey} ${options?.timeoutMs}`),
    },
  };
  using file = await Deno.open(otterPath);
  assert.equal(await methods.avatar.set({ image: file }, "a1", { timeoutMs: 5 }), "a1 5");
});

// The same for standalone functions: `agentsUpdate(core, requestBody, agentKey, options)`.
declare function agentsUpdate<Options, E>(
  core: OperationCaller<Options, E>,
  requestBody: { image: Blob },
  agentKey: string,
  options?: Options,
): APIPromise<Result<string, E>>;
type AgentsUpdate = DenoStandalone<typeof agentsUpdate>;
export function typedStandalone(update: AgentsUpdate, core: OrqCore, file: Deno.FsFile) {
  void update(core, { image: file }, "a1", { timeoutMs: 5 });
  // @ts-expect-error the key is a string
  void update(core, { image: file }, 1);
  // @ts-expect-error the options are the client's
  void update(core, { image: file }, "a1", { timeoutMs: "5" });
}

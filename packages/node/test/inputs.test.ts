import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { startMockServer, tinyPng, type MockServer } from "@orq-sdk/mock";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  fileFromPath,
  Orq,
  OrqCore,
  routerImagesEditsCreate,
  ValidationError,
} from "../src/index.js";

let mock: MockServer;
let dir: string;
const png = new Uint8Array(tinyPng());
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

beforeAll(async () => {
  mock = await startMockServer();
  dir = await mkdtemp(join(tmpdir(), "orq-inputs-"));
  await writeFile(join(dir, "cat.png"), png);
});
afterAll(async () => {
  await mock.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  mock.requests.length = 0;
});

const orq = () => new Orq({ apiKey: "k", serverURL: mock.url });

// Every input the Node package takes, made fresh for each use: [name, make, filename sent].
const inputs: Array<[string, () => unknown | Promise<unknown>, string]> = [
  ["Blob", () => new Blob([png]), "image.png"],
  ["File", () => new File([png], "photo.png"), "photo.png"],
  ["Buffer", () => Buffer.from(png), "image.png"],
  ["Uint8Array", () => new Uint8Array(png), "image.png"],
  ["ArrayBuffer", () => new Uint8Array(png).buffer, "image.png"],
  [
    "Node Readable (fs.createReadStream)",
    () => createReadStream(join(dir, "cat.png")),
    "image.png",
  ],
  ["Node Readable.from", () => Readable.from([png.subarray(0, 3), png.subarray(3)]), "image.png"],
  [
    "web ReadableStream",
    () => Readable.toWeb(Readable.from([png])) as ReadableStream<Uint8Array>,
    "image.png",
  ],
  [
    "{ fileName, content }",
    () => ({ fileName: "named.png", content: new Uint8Array(png) }),
    "named.png",
  ],
  ["fileFromPath", () => fileFromPath(join(dir, "cat.png")), "cat.png"],
];

describe.each(inputs)("image as %s", (_, make, filename) => {
  it("one image", async () => {
    await orq().router.images.edits.create({
      model: "m",
      prompt: "p",
      image: (await make()) as never,
    });
    expect(mock.requests[0]?.files).toEqual([
      expect.objectContaining({
        field: "image",
        filename,
        contentType: "image/png",
        size: png.byteLength,
        sha256: sha(png),
      }),
    ]);
  });

  it("16 images", async () => {
    const image = await Promise.all(Array.from({ length: 16 }, make));
    await orq().router.images.edits.create({ model: "m", prompt: "p", image: image as never });
    const files = mock.requests[0]!.files;
    expect(files).toHaveLength(16);
    expect(new Set(files.map((f) => f.sha256))).toEqual(new Set([sha(png)]));
    expect(files.every((f) => f.contentType === "image/png" && f.field === "image")).toBe(true);
  });

  it("as a variation's image", async () => {
    const result = await orq().router.images.variations.create({
      model: "m",
      image: (await make()) as never,
    });
    expect(result.data).toHaveLength(1);
    expect(mock.requests[0]?.files[0]?.sha256).toBe(sha(png));
  });
});

describe("fileFromPath", () => {
  it("names the missing file", async () => {
    await expect(fileFromPath(join(dir, "nope.png"))).rejects.toThrow("nope.png");
  });

  it("re-reads the file for a retry", async () => {
    mock.faults.push({ kind: "status", status: 503, headers: { "retry-after": "0" } });
    await orq().router.images.edits.create({
      model: "m",
      prompt: "p",
      image: await fileFromPath(join(dir, "cat.png")),
    });
    expect(mock.requests.map((r) => [r.status, r.files[0]?.sha256])).toEqual([
      [503, sha(png)],
      [200, sha(png)],
    ]);
  });

  it("a one-shot Node stream is sent once, and the error says why it was not retried", async () => {
    mock.faults.push({ kind: "status", status: 503, headers: { "retry-after": "0" } });
    const error = await orq()
      .router.images.edits.create({
        model: "m",
        prompt: "p",
        image: createReadStream(join(dir, "cat.png")),
      })
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain("503");
    expect((error as Error).message).toContain(
      "not retried: the request body holds a one-shot stream",
    );
    expect(mock.requests).toHaveLength(1);
  });
});

describe("a stream longer than the field allows", () => {
  // 60 MB of a PNG's first bytes and zeros, made as it is read: nothing holds it whole.
  const oversized = (chunks: number) =>
    Readable.from(
      (function* () {
        yield png.subarray(0, 16);
        for (let i = 0; i < chunks; i++) yield new Uint8Array(1 << 20);
      })(),
    );

  it.each([
    ["a Node Readable", () => oversized(60)],
    ["a web ReadableStream", () => Readable.toWeb(oversized(60)) as ReadableStream<Uint8Array>],
  ])("%s stops at the limit with a ValidationError, not retried", async (_, image) => {
    const error = await orq()
      .router.images.edits.create({ model: "m", prompt: "p", image: image() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toBe(
      "router.images.edits.create(): invalid input: image: more than 52428800 bytes, at most 52428800 (50 MB)",
    );
    // The one attempt, broken off: the server never got the whole stream. (The mock records it
    // once it sees the connection go.)
    await vi.waitFor(() => expect(mock.requests).toHaveLength(1));
    expect(mock.requests[0]!.status).not.toBe(200);
  });
});

describe("a stream that gives no bytes (probe28 F13)", () => {
  // It was an UnexpectedClientError naming no field ("head.subarray is not a function").
  it.each([
    ["numbers", () => Readable.from([1, 2]), "image: the stream gave number, not bytes"],
    [
      "a PNG, then an object",
      () => Readable.from([png.subarray(0, 16), { not: "bytes" }], { objectMode: true }),
      "image: the stream gave object, not bytes",
    ],
  ])("%s: a ValidationError at the field", async (_, image, message) => {
    const error = await orq()
      .router.images.edits.create({ model: "m", prompt: "p", image: image() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.message)).toEqual([message]);
  });
});

describe("a stream that cannot be read again (probe64)", () => {
  // Each was a bare "ReadableStream is locked" or "Premature close" (an UnexpectedClientError),
  // or a misleading "empty file".
  const web = () => Readable.toWeb(Readable.from([png])) as ReadableStream<Uint8Array>;
  const readAgain = "this stream was read before (or cancelled), or is being read (it is locked)";
  it.each([
    ["one web stream in two places", () => [web(), 0].map((_, i, [s]) => s), "image[1]", readAgain],
    [
      "one Node stream in two places",
      () => ((s) => [s, s])(createReadStream(join(dir, "cat.png"))),
      "image[1]",
      readAgain,
    ],
    ["a web stream someone reads", () => ((s) => (s.getReader(), s))(web()), "image", readAgain],
    // Read in part, or cancelled, and let go: not locked, and its rest alone went out unsaid
    // (probe66).
    [
      "a web stream read in part",
      async () => {
        const s = Readable.toWeb(
          Readable.from([png.subarray(0, 8), png.subarray(8)]),
        ) as ReadableStream<Uint8Array>;
        const reader = s.getReader();
        await reader.read();
        reader.releaseLock();
        return s;
      },
      "image",
      readAgain,
    ],
    [
      "a cancelled web stream",
      async () => ((s) => s.cancel().then(() => s))(web()),
      "image",
      readAgain,
    ],
    [
      "a Node stream read in part",
      async () => {
        const s = Readable.from([png.subarray(0, 8), png.subarray(8)]);
        await new Promise((resolve) => s.once("readable", resolve));
        s.read();
        return s;
      },
      "image",
      readAgain,
    ],
    [
      "a web stream of a Node stream read to its end",
      async () => {
        const s = Readable.from([png]);
        for await (const _ of s);
        return Readable.toWeb(s);
      },
      "image",
      readAgain,
    ],
    [
      "a Node stream read to its end",
      async () => {
        const s = Readable.from([png]);
        for await (const _ of s);
        return s;
      },
      "image",
      "this stream has already been read to its end",
    ],
    [
      "a destroyed file stream",
      () => createReadStream(join(dir, "cat.png")).destroy(),
      "image",
      "this stream has already been destroyed",
    ],
    [
      "a file stream of a missing file",
      () => createReadStream(join(dir, "missing.png")),
      "image",
      "the stream failed before anything was sent: Error: ENOENT",
    ],
  ])("%s: a ValidationError at the field, nothing sent", async (_, make, path, message) => {
    const error = await orq()
      .router.images.edits.create({ model: "m", prompt: "p", image: (await make()) as never })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const [issue] = (error as ValidationError).issues;
    expect(issue!.path).toBe(path);
    expect(issue!.message).toContain(`${path}: ${message}`);
    expect(mock.requests).toHaveLength(0);
  });

  it("a stream sent by one call is refused by the next", async () => {
    const image = createReadStream(join(dir, "cat.png"));
    await orq().router.images.edits.create({ model: "m", prompt: "p", image });
    const error = await orq()
      .router.images.edits.create({ model: "m", prompt: "p", image })
      .catch((e: unknown) => e);
    expect((error as ValidationError).issues?.[0]?.message).toContain(
      "image: this stream has already been read to its end",
    );
    expect(mock.requests).toHaveLength(1);
  });
});

describe("$inspect() through the Node transport", () => {
  it("reports the last attempt's answer after a retry, and the request without its key", async () => {
    mock.faults.push({ kind: "status", status: 503, headers: { "retry-after": "0" } });
    const core = new OrqCore({ apiKey: "node-key-55aa", serverURL: mock.url });
    const [result, call] = await routerImagesEditsCreate(core, {
      model: "m",
      prompt: "p",
      image: await fileFromPath(join(dir, "cat.png")),
    }).$inspect();
    expect(result.ok).toBe(true);
    expect(mock.requests.map((r) => r.status)).toEqual([503, 200]);
    expect(call.status).toBe("complete");
    expect(call.response?.status).toBe(200);
    expect(call.response?.headers.get("content-type")).toMatch(/^application\/json/);
    expect(call.request?.url).toBe(`${mock.url}/v2/router/images/edits`);
    expect(call.request?.headers.get("authorization")).toBe("Bearer [redacted]");
    expect(call.request?.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
  });
});

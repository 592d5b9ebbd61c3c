import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { chmod, mkdir, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileFromPath } from "../../src/files/file-from-path.js";
import { lastJson, makeTempFile, runChild, transpileForChild } from "../transport/support.js";
import type { TempFile } from "../transport/support.js";

const MB = 1024 * 1024;

let dir: TempFile;
beforeAll(async () => {
  dir = await makeTempFile(0, "empty.bin");
});
afterAll(async () => {
  await dir?.remove();
});

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir.dir, name);
  await writeFile(path, content);
  return path;
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe("fileFromPath", () => {
  it("is a standard File with the file's name, size and modification time", async () => {
    const path = await write("photo.png", "not really a png");
    // Whole seconds: utimes() takes float seconds, which cannot hold every millisecond exactly.
    await utimes(path, new Date("2024-01-02T03:04:05Z"), new Date("2024-01-02T03:04:05Z"));
    const file = await fileFromPath(path, { type: "image/png" });
    expect(file).toBeInstanceOf(File);
    expect(file).toBeInstanceOf(Blob);
    expect(file.name).toBe("photo.png");
    expect(file.size).toBe(16);
    expect(file.type).toBe("image/png");
    expect(file.lastModified).toBe(Date.parse("2024-01-02T03:04:05Z"));

    const renamed = await fileFromPath(path, { name: "upload.png" });
    expect(renamed.name).toBe("upload.png");
  });

  it("reports the media type its name's extension stands for, unless given one", async () => {
    const path = await write("report.pdf", "%PDF-1.7");
    expect((await fileFromPath(path)).type).toBe("application/pdf");
    // The name it reports decides: a renamed file is typed by its new name.
    expect((await fileFromPath(path, { name: "talk.MP3" })).type).toBe("audio/mpeg");
    expect((await fileFromPath(path, { name: "notes.docx" })).type).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect((await fileFromPath(path, { type: "application/x-custom" })).type).toBe(
      "application/x-custom",
    );
    // No extension, or one that stands for nothing: unknown, as before.
    expect((await fileFromPath(await write("README", "text"))).type).toBe("");
    expect((await fileFromPath(path, { name: "data.zzzunknown" })).type).toBe("");
  });

  it("takes a file: URL, as Deno's fileFromPath and Node's fs do; another URL is refused", async () => {
    const path = await write("from-url.txt", "by URL");
    const file = await fileFromPath(pathToFileURL(path));
    expect(file.name).toBe("from-url.txt");
    expect(await file.text()).toBe("by URL");
    await expect(fileFromPath(new URL("https://example.com/a.png"))).rejects.toThrow(
      "fileFromPath: https://example.com/a.png is not a file: URL",
    );
  });

  it("reads whole, in slices, and as text", async () => {
    const content = "0123456789abcdefghij";
    const file = await fileFromPath(await write("digits.txt", content));
    expect(await file.text()).toBe(content);
    expect(new TextDecoder().decode(await file.arrayBuffer())).toBe(content);
    // How the core sniffs a file's type: only the first bytes.
    expect(new Uint8Array(await file.slice(0, 16).arrayBuffer())).toEqual(
      new TextEncoder().encode(content.slice(0, 16)),
    );
    expect(await file.slice(10).text()).toBe("abcdefghij");
    expect(await file.slice(-3).text()).toBe("hij");
    expect(await new Response(file).text()).toBe(content);
  });

  it("streams the file afresh on every stream() call, so a retry can send it again", async () => {
    const big = await makeTempFile(3 * MB + 17);
    try {
      const file = await fileFromPath(big.path);
      for (let attempt = 0; attempt < 2; attempt++) {
        const bytes = await readAll(file.stream());
        expect(bytes.length).toBe(big.size);
        expect(createHash("sha256").update(bytes).digest("hex")).toBe(big.sha256);
      }
    } finally {
      await big.remove();
    }
  });

  it("works in FormData and with Node's own fetch machinery", async () => {
    const file = await fileFromPath(await write("note.txt", "hello form"), { type: "text/plain" });
    const form = new FormData();
    form.append("file", file);
    const encoded = new Request("http://localhost/", { method: "POST", body: form });
    const parsed = await encoded.formData();
    const part = parsed.get("file") as File;
    expect(part.name).toBe("note.txt");
    expect(part.type).toBe("text/plain");
    expect(await part.text()).toBe("hello form");
  });

  it("rejects with an error naming the path for a missing file or a directory", async () => {
    const missing = join(dir.dir, "nope.png");
    await expect(fileFromPath(missing)).rejects.toMatchObject({
      message: `cannot read ${missing}: no such file`,
      code: "ENOENT",
    });
    const folder = join(dir.dir, "folder");
    await mkdir(folder);
    await expect(fileFromPath(folder)).rejects.toMatchObject({
      message: `cannot read ${folder}: it is a directory, not a file`,
      code: "EISDIR",
    });
  });

  it.skipIf(process.getuid?.() === 0)(
    "rejects with an error naming the path when unreadable",
    async () => {
      const path = await write("secret.bin", "x");
      await chmod(path, 0o000);
      await expect(fileFromPath(path)).rejects.toMatchObject({
        message: `cannot read ${path}: permission denied`,
        code: "EACCES",
      });
    },
  );

  it("refuses to send a file that changed on disk since, naming it", async () => {
    // What happens: the File is a snapshot (size, modification time). A stream() after the file
    // changed errors on its first read, instead of sending other bytes under the old size; an
    // upload then fails with `fetch failed` and this error as cause. Node's own reads (text(),
    // arrayBuffer(), slices) fail alike. fileFromPath() again gives a File of the new content.
    const path = await write("changing.txt", "version one");
    const file = await fileFromPath(path);
    expect((await readAll(file.stream())).toString()).toBe("version one");

    await write("changing.txt", "version two"); // same size
    // A modification time that surely differs, whatever the file system's timestamp precision.
    await utimes(path, new Date(), new Date(file.lastModified + 5000));
    const error = await readAll(file.stream()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(`cannot read ${path}: it changed on disk`);
    await expect(file.text()).rejects.toThrow(`cannot read ${path}: it changed on disk`);
    // A slice too: the SDK reads one to learn the file's type, and said "NotReadableError: The
    // blob could not be read", naming nothing.
    await expect(file.slice(0, 4).arrayBuffer()).rejects.toThrow(
      `cannot read ${path}: it changed on disk`,
    );

    const again = await fileFromPath(path);
    expect(await again.text()).toBe("version two");
  });

  it("gives a big file's bytes in order, and errors when it is cut short while being read", async () => {
    // Chunks are read one ahead of the consumer: order and completeness must not depend on it.
    const bytes = new Uint8Array(1 * MB + 12_345).map((_, i) => (i * 7 + (i >> 16)) & 0xff);
    const path = await write("ordered.bin", bytes);
    const whole = await readAll((await fileFromPath(path)).stream());
    expect(createHash("sha256").update(whole).digest("hex")).toBe(
      createHash("sha256").update(bytes).digest("hex"),
    );

    // Chunks are read into memory that is not zeroed first: each must be the file's bytes only
    // (no stale bytes past a short last chunk), and a plain Uint8Array as the stream promises,
    // not a Buffer, whose slice() and toString() mean something else.
    const chunks: Uint8Array[] = [];
    for await (const chunk of (
      await fileFromPath(path)
    ).stream() as unknown as AsyncIterable<Uint8Array>)
      chunks.push(chunk);
    expect(chunks.map((c) => Object.getPrototypeOf(c) === Uint8Array.prototype)).not.toContain(
      false,
    );
    expect(chunks.reduce((n, c) => n + c.byteLength, 0)).toBe(bytes.byteLength);
    expect(chunks.at(-1)!.byteLength).toBe(bytes.byteLength % (64 * 1024));

    const reader = (await fileFromPath(path)).stream().getReader();
    expect((await reader.read()).value?.byteLength).toBeGreaterThan(0);
    await writeFile(path, "short now");
    let error: unknown;
    for (;;) {
      const next = await reader.read().catch((e: unknown) => ((error = e), { done: true }));
      if (next.done) break;
    }
    expect((error as Error | undefined)?.message).toContain(
      `cannot read ${path}: it changed on disk`,
    );
  });

  it.skipIf(!existsSync("/proc/self/fd"))(
    "closes the file when a stream is cancelled",
    async () => {
      const big = await makeTempFile(5 * MB);
      try {
        const file = await fileFromPath(big.path);
        const openFds = (): number => readdirSync("/proc/self/fd").length;
        const before = openFds();
        for (let i = 0; i < 5; i++) {
          const reader = file.stream().getReader();
          await reader.read();
          await reader.cancel(new Error("upload aborted"));
        }
        expect(openFds()).toBe(before);
        // And after reading to the end.
        await readAll(file.stream());
        expect(openFds()).toBe(before);
      } finally {
        await big.remove();
      }
    },
  );

  it("opens nothing until a stream is read", async () => {
    const file = await fileFromPath(await write("lazy.txt", "lazy"));
    const stream = file.stream();
    await stream.cancel();
    expect(await file.text()).toBe("lazy");
  });
});

describe("memory, in a child process", () => {
  let child: { dir: string; remove(): Promise<void> };
  let big: TempFile;
  beforeAll(async () => {
    [child, big] = await Promise.all([transpileForChild(), makeTempFile(50 * MB)]);
  });
  afterAll(async () => {
    await Promise.all([child?.remove(), big?.remove()]);
  });

  interface Result {
    size: number;
    bytes: number;
    chunks: number;
    largestChunk: number;
    baseRss: number;
    peakRss: number;
    gc: boolean;
  }

  async function measure(nodeFlags: string[]): Promise<Result> {
    const run = await runChild(
      join(child.dir, "test/files/fixtures/stream-memory.js"),
      [big.path],
      {
        nodeFlags,
      },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    return lastJson<Result>(run.stdout);
  }

  it("streams a 50 MB file with a flat RSS", { timeout: 60_000 }, async () => {
    // With garbage collected as it goes: what the stream itself holds.
    const held = await measure(["--expose-gc"]);
    // Without: also the chunks read and dropped that V8 has not collected yet.
    const raw = await measure([]);
    const growth = (r: Result): string => `${((r.peakRss - r.baseRss) / MB).toFixed(1)} MB`;
    console.log(
      `50 MB file through file.stream(): RSS growth ${growth(held)} (gc every 4 MiB), ` +
        `${growth(raw)} (no forced gc)`,
    );
    for (const r of [held, raw]) {
      expect(r.bytes).toBe(big.size);
      expect(r.size).toBe(big.size);
      expect(r.largestChunk).toBeLessThanOrEqual(64 * 1024);
    }
    expect(held.gc).toBe(true);
    expect(held.peakRss - held.baseRss).toBeLessThan(25 * MB);
  });
});

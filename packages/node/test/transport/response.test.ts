import { randomBytes } from "node:crypto";
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { eventually } from "./streams.js";
import { transportPerTest } from "./per-test-transport.js";
import { agentSockets } from "./support.js";

const MB = 1024 * 1024;

const transport = transportPerTest();
const { serve } = transport;

describe("content codings", () => {
  // Big enough to span many chunks, compressible enough that the encoding matters.
  const text = Array.from({ length: 20_000 }, (_, i) => `line ${i}: ${"abc".repeat(i % 7)}`).join(
    "\n",
  );
  const encoded: Record<string, Buffer> = {
    gzip: gzipSync(text),
    br: brotliCompressSync(text),
    deflate: deflateSync(text),
    // Raw deflate under the name "deflate", as some servers send it.
    "deflate-raw": deflateRawSync(text),
    "gzip, br": brotliCompressSync(gzipSync(text)),
  };

  it.each(Object.keys(encoded))("decodes %s as fetch does", async (name) => {
    const url = await serve((_req, res) => {
      const body = encoded[name]!;
      res.writeHead(200, {
        "content-encoding": name === "deflate-raw" ? "deflate" : name,
        "content-length": String(body.length),
        "content-type": "text/plain",
      });
      res.end(body);
    });
    const ours = await transport.fetch(url);
    const builtin = await fetch(url);
    expect(await ours.text()).toBe(text);
    expect(await builtin.text()).toBe(text);
    // Headers stay as the server sent them, as undici (and browsers) leave them.
    expect([...ours.headers].filter(([k]) => k.startsWith("content-"))).toEqual(
      [...builtin.headers].filter(([k]) => k.startsWith("content-")),
    );
    await eventually(
      () => agentSockets(transport.agent).free === 1,
      "the socket to go back to the pool",
    );
  });

  it("asks for compressed responses unless told otherwise", async () => {
    const seen: (string | undefined)[] = [];
    const url = await serve((req, res) => {
      seen.push(req.headers["accept-encoding"]);
      res.end();
    });
    await (await transport.fetch(url)).arrayBuffer();
    await (
      await transport.fetch(url, { headers: { "accept-encoding": "identity" } })
    ).arrayBuffer();
    expect(seen).toEqual(["gzip, deflate, br", "identity"]);
  });

  it("leaves an unknown coding undecoded", async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { "content-encoding": "zstd-ish" });
      res.end("raw bytes");
    });
    expect(await (await transport.fetch(url)).text()).toBe("raw bytes");
  });

  it("errors the body with TypeError('terminated') on corrupt gzip", async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { "content-encoding": "gzip" });
      res.end(Buffer.from("this is not gzip at all"));
    });
    const error = await (await transport.fetch(url)).text().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe("terminated");
    expect((error as TypeError).cause).toBeInstanceOf(Error);
  });
});

describe("streamed response bodies", () => {
  it("hands out plain Uint8Array chunks as they arrive", async () => {
    let release!: () => void;
    const url = await serve((_req, res) => {
      res.write("first");
      release = () => res.end("second");
    });
    const response = await transport.fetch(url);
    const reader = response.body!.getReader();
    // The first part is readable while the server still holds back the rest.
    const first = await reader.read();
    expect(first.value).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(first.value)).toBe(false);
    expect(new TextDecoder().decode(first.value)).toBe("first");
    release();
    const second = await reader.read();
    expect(new TextDecoder().decode(second.value)).toBe("second");
    expect((await reader.read()).done).toBe(true);
  });

  it("does not read the response ahead of its consumer", { timeout: 30_000 }, async () => {
    let written = 0;
    let finished = false;
    const total = 256 * MB;
    const chunk = randomBytes(MB);
    const url = await serve((_req, res) => {
      const pump = (): void => {
        while (written < total) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        finished = true;
        res.end();
      };
      pump();
    });
    const response = await transport.fetch(url);
    const reader = response.body!.getReader();
    await reader.read();
    // The consumer now stops reading. The server must stall (unchanged for 300 ms), with a few MB
    // in socket buffers; if the client read ahead, it would write all 256 MB.
    let last = -1;
    let unchangedSince = Date.now();
    await eventually(
      () => {
        if (written !== last) {
          last = written;
          unchangedSince = Date.now();
        }
        return Date.now() - unchangedSince >= 300;
      },
      "the server to stall",
      20_000,
    );
    expect(finished).toBe(false);
    expect(written).toBeLessThan(64 * MB);
    await reader.cancel();
  });
});

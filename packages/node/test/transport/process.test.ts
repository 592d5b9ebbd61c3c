// Tests that need a process of their own: peak memory of an upload, and exiting after the last
// request. The children run transpiled copies of the sources (see transpileForChild).
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  digestRequest,
  lastJson,
  makeTempFile,
  runChild,
  startServer,
  transpileForChild,
} from "./support.js";
import type { TempFile } from "./support.js";

const MB = 1024 * 1024;

let child: { dir: string; remove(): Promise<void> };
beforeAll(async () => {
  child = await transpileForChild();
});
afterAll(async () => {
  await child?.remove();
});

describe("in a child process", () => {
  let file: TempFile;
  beforeAll(async () => {
    file = await makeTempFile(50 * MB, "image.bin");
  });
  afterAll(async () => {
    await file?.remove();
  });

  it(
    "uploads 4 × 50 MB from disk in far less memory than the files",
    { timeout: 120_000 },
    async () => {
      const server = await startServer(async (req, res) => {
        const seen = await digestRequest(req);
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ ...seen, contentLength: req.headers["content-length"] ?? null }));
      });
      try {
        const result = await runChild(
          join(child.dir, "test/transport/fixtures/upload-memory.js"),
          [`${server.url}/upload`, file.path, "4"],
          { timeoutMs: 110_000 },
        );
        expect(result.stderr).toBe("");
        expect(result.code).toBe(0);
        const out = lastJson<{
          status: number;
          server: { bytes: number; sha256: string; contentLength: string | null };
          total: number;
          baseRss: number;
          peakRss: number;
        }>(result.stdout);
        console.log(
          `4 × 50 MB upload via createNodeHttpFetch: peak RSS ${(out.peakRss / MB).toFixed(1)} MB ` +
            `(before the request ${(out.baseRss / MB).toFixed(1)} MB)`,
        );
        expect(out.status).toBe(200);
        expect(out.server.bytes).toBe(4 * file.size);
        expect(out.server.contentLength).toBe(String(4 * file.size));
        expect(out.server.sha256).toBe(await sha256Repeated(file.path, 4));
        expect(out.peakRss).toBeLessThan(120 * MB);
      } finally {
        await server.close();
      }
    },
  );

  it(
    "ends promptly after its last request, with the connection still pooled",
    { timeout: 30_000 },
    async () => {
      const ports: Record<string, number> = {};
      const server = await startServer(async (req, res) => {
        if (req.url === "/slow") return; // never answers; the child aborts it
        ports[req.url!] ??= req.socket.remotePort!;
        await digestRequest(req);
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ ok: true }));
      });
      const script = join(child.dir, "test/transport/fixtures/exit-promptly.js");
      try {
        const result = await runChild(script, [server.url], { marker: "done", timeoutMs: 25_000 });
        expect(result.stderr).toBe("");
        expect(result.code).toBe(0);
        console.log(
          `exit ${result.sinceMarker?.toFixed(0)} ms after the last request; ${result.stdout.trim()}`,
        );
        const { resources } = JSON.parse(result.stdout.trim().slice("done ".length)) as {
          resources: string[];
        };
        // Nothing of ours (timers, ref'd sockets) was left keeping the process alive...
        expect(resources.filter((r) => r !== "PipeWrap")).toEqual([]);
        // ...although the connection was kept alive and reused: pooled, but unref'd.
        expect(ports["/upload"]).toBe(ports["/json"]);
        // The server keeps idle connections 60 s: a socket holding the child would show as that.
        expect(result.sinceMarker).toBeDefined();
        expect(result.sinceMarker!).toBeLessThan(1000);

        // The control: the same child with an agent that keeps idle sockets ref'd does not end.
        const held = await runChild(script, [server.url, "ref-idle"], { timeoutMs: 3000 }).then(
          () => "exited",
          (e: Error) => e.message,
        );
        expect(held).toMatch(/did not exit within 3000 ms/);
      } finally {
        await server.close();
      }
    },
  );
});

function sha256Repeated(path: string, times: number): Promise<string> {
  const hash = createHash("sha256");
  const once = (): Promise<void> =>
    new Promise((done, fail) => {
      createReadStream(path)
        .on("data", (chunk) => hash.update(chunk))
        .on("end", done)
        .on("error", fail);
    });
  return (async () => {
    for (let i = 0; i < times; i++) await once();
    return hash.digest("hex");
  })();
}

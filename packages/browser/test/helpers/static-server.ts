import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Where the page's import map points: the built files exactly as they are published. */
export const dirs = {
  browser: join(here, "../../dist"),
  core: dirname(require.resolve("@orq-sdk/core")),
  openapiFetch: dirname(createRequire(require.resolve("@orq-sdk/core")).resolve("openapi-fetch")),
  fixtures: join(here, "../fixtures"),
};

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:40123: the page's origin, another port than the mock's. */
  url: string;
  /** Extra files by path, e.g. `assets.set("/assets/a.png", bytes)`, for URL inputs. */
  assets: Map<string, { body: Uint8Array; type: string; delayMs?: number }>;
  /** Requests the proxy forwarded (`/api/orq/...`), with the headers the page sent. */
  proxied: { path: string; headers: Record<string, string | string[] | undefined> }[];
  close(): Promise<void>;
}

/**
 * The page's web server: the test page, the built bundles it imports, extra assets, and
 * `/api/orq/*`: "your backend", a proxy that forwards to `orqURL` and adds the API key there,
 * so the page never holds it (the pattern the README recommends).
 */
export async function startStaticServer(options: {
  orqURL: string;
  apiKey: string;
}): Promise<StaticServer> {
  const assets: StaticServer["assets"] = new Map();
  const proxied: StaticServer["proxied"] = [];
  const mounts: [prefix: string, dir: string][] = [
    ["/pkg/", dirs.browser],
    ["/core/", dirs.core],
    ["/openapi-fetch/", dirs.openapiFetch],
    ["/", dirs.fixtures],
  ];

  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (path.startsWith("/api/orq/")) {
      proxied.push({ path, headers: { ...req.headers } });
      const target = new URL(path.slice("/api/orq".length), options.orqURL);
      const headers = {
        ...req.headers,
        host: target.host,
        authorization: `Bearer ${options.apiKey}`,
      };
      const upstream = httpRequest(target, { method: req.method, headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on("error", () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    const asset = assets.get(path);
    if (asset) {
      // A slow download: the head at once, the body after `delayMs`.
      res.writeHead(200, { "content-type": asset.type, "content-length": asset.body.byteLength });
      if (asset.delayMs) await new Promise((done) => setTimeout(done, asset.delayMs));
      return res.end(asset.body);
    }
    for (const [prefix, dir] of mounts) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length) || "page.html";
      const file = normalize(join(dir, rest));
      if (!file.startsWith(dir)) break;
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) continue;
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "content-length": info.size,
        "cache-control": "no-store",
      });
      return createReadStream(file).pipe(res);
    }
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    assets,
    proxied,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

#!/usr/bin/env node
// A tiny web server for the example page, with no dependencies:
//   - serves index.html and app.js, and the built SDK files the page's import map points at;
//   - plays "your backend": /api/orq/* is forwarded to the orq API (or the mock) with the API
//     key added here, so the key never reaches the page.
//
//   node examples/browser/serve.mjs [--port 5173] [--host 127.0.0.1] [--orq http://127.0.0.1:4010]
//
// The key is ORQ_API_KEY (any non-empty value works with the mock; "mock-key" by default).
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "../..");
const coreRequire = createRequire(join(repo, "packages/core/package.json"));

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const port = Number(option("port", "5173"));
const host = option("host", "127.0.0.1");
const orqURL = option("orq", process.env.ORQ_SERVER_URL ?? "http://127.0.0.1:4010");
const apiKey = process.env.ORQ_API_KEY || "mock-key";

const mounts = [
  ["/sdk/browser/", join(repo, "packages/browser/dist")],
  ["/sdk/core/", join(repo, "packages/core/dist")],
  ["/sdk/openapi-fetch/", dirname(coreRequire.resolve("openapi-fetch"))],
  ["/", here],
];
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".css": "text/css",
};

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
  if (path.startsWith("/api/orq/")) return forward(req, res, path.slice("/api/orq".length));
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length) || "index.html"));
    if (!file.startsWith(dir) || file.endsWith("serve.mjs")) break;
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) continue;
    res.writeHead(200, {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "content-length": info.size,
      "cache-control": "no-store",
    });
    return createReadStream(file).pipe(res);
  }
  res.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${path}\n`);
});

/** The operations this page makes: the proxy forwards these and nothing else. */
const FORWARDED = new Set(["/v2/router/images/edits", "/v2/router/images/variations"]);

/**
 * The backend proxy: the page sends no key; the key is added here, on the server. Only the
 * page's own operations go through (a CORS preflight too), so that the route does not spend the
 * key on any call anyone sends it.
 */
function forward(req, res, path) {
  if (!FORWARDED.has(path) || !["POST", "OPTIONS"].includes(req.method ?? "")) {
    res.writeHead(404, { "content-type": "application/json" });
    return res.end(JSON.stringify({ error: { message: `proxy: no route ${req.method} ${path}` } }));
  }
  const target = new URL(path, orqURL);
  const headers = { ...req.headers, host: target.host, authorization: `Bearer ${apiKey}` };
  delete headers.cookie; // the app's own cookies are not the API's business
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  const upstream = send(target, { method: req.method, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on("error", (error) => {
    if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { message: `proxy: ${error.message}`, code: "bad_gateway" } }));
  });
  req.pipe(upstream);
}

server.listen(port, host, () => {
  const { port: bound } = server.address();
  console.log(`http://${host}:${bound}`);
  console.error(`example page on http://${host}:${bound}, /api/orq → ${orqURL}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

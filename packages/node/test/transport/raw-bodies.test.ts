// Raw bodies (a file's bytes sent as they are) and binary answers through this package's own
// transport (node:http), with files from disk and Node streams. The shipped spec has neither, so
// the published core holds none of that code: these tests run core's sources with its generated
// feature constants turned on (core's own raw-body tests cover the rules, over Node's fetch).
import { createReadStream } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Operation } from "../../../core/src/generated/contract.js";
import { restoreFeatures, turnOnEveryFeature } from "../../../core/test/helpers/every-feature.js";
import { fileFromPath } from "../../src/files/file-from-path.js";
import { createNodeHttpFetch } from "../../src/transport/node-http-fetch.js";
import {
  digestRequest,
  makeTempFile,
  startServer,
  type TempFile,
  type TestServer,
} from "./support.js";

let core: typeof import("../../../core/src/index.js");
let server: TestServer;
let file: TempFile;
/** What the server saw of each request: its headers, and its body's length and SHA-256. */
const seen: { headers: Record<string, unknown>; bytes: number; sha256: string }[] = [];
let failNext = false;

beforeAll(async () => {
  turnOnEveryFeature();
  core = await import("../../../core/src/index.js");
  file = await makeTempFile(5 * 1024 * 1024, "upload.bin");
  server = await startServer(async (req, res) => {
    const digest = await digestRequest(req);
    seen.push({ headers: req.headers, ...digest });
    if (failNext) {
      failNext = false;
      res.writeHead(503, { "content-type": "application/json" }).end('{"message":"busy"}');
    } else if (req.url === "/download") {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      createReadStream(file.path).pipe(res);
    } else res.writeHead(204).end();
  });
});
afterAll(async () => {
  restoreFeatures();
  await server.close();
  await file.remove();
});

const upload: Operation = {
  operationId: "upload",
  method: "put",
  path: "/upload",
  sdkName: "uploads.update",
  requestBody: { mediaType: "application/octet-stream", required: true, schema: { type: "file" } },
  response: { status: "204", mediaType: "" },
};
const download: Operation = {
  operationId: "download",
  method: "get",
  path: "/download",
  sdkName: "downloads.get",
  response: { status: "200", mediaType: "application/octet-stream", schema: { type: "file" } },
};

function client() {
  return new core.OrqCore(
    {
      apiKey: "k",
      serverURL: server.url,
      fetch: createNodeHttpFetch(),
      retryConfig: { strategy: "backoff", backoff: { initialInterval: 1, maxInterval: 5 } },
    },
    { name: "node", encodeMultipart: core.encodeMultipartStream, openStream: core.openStream },
  );
}

describe("raw bodies through node:http", () => {
  it("streams a file from disk whole, with its length, and again on a retry", async () => {
    seen.length = 0;
    failNext = true;
    const result = await client().callOperation(upload, await fileFromPath(file.path));
    expect(result).toEqual({ ok: true, value: undefined });
    expect(seen).toHaveLength(2);
    for (const request of seen) {
      expect(request.headers["content-length"]).toBe(String(file.size));
      expect(request.headers["transfer-encoding"]).toBeUndefined();
      expect(request).toMatchObject({ bytes: file.size, sha256: file.sha256 });
    }
  });

  it("sends a Node stream as it comes, once: a failure is not retried, and says why", async () => {
    seen.length = 0;
    const ok = await client().callOperation(upload, createReadStream(file.path));
    expect(ok.ok).toBe(true);
    expect(seen[0]).toMatchObject({ bytes: file.size, sha256: file.sha256 });

    seen.length = 0;
    failNext = true;
    const failed = await client().callOperation(upload, createReadStream(file.path));
    expect(failed.ok).toBe(false);
    expect(!failed.ok && failed.error).toBeInstanceOf(core.APIError);
    expect(!failed.ok && failed.error.message).toMatch(/not retried: .*one-shot stream/);
    expect(seen).toHaveLength(1);
  });

  it("resolves a binary answer to a stream of every byte, through the node:http transport", async () => {
    const result = await client().callOperation(download, undefined);
    expect(result.ok).toBe(true);
    const stream = (result as { value: ReadableStream<Uint8Array> }).value;
    const { createHash } = await import("node:crypto");
    const hash = createHash("sha256");
    let size = 0;
    for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
      hash.update(chunk);
      size += chunk.length;
    }
    expect(size).toBe(file.size);
    expect(hash.digest("hex")).toBe(file.sha256);
  });
});

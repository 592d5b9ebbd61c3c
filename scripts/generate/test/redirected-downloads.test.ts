/**
 * A GET that answers with a redirect and no body of its own (fixtures/redirected-downloads.yaml):
 * Box's download (a 302 to the file, or a 202 while it is not ready), GitHub's tarballs. fetch
 * follows the redirect, and the answer is the file: it was typed `void` and read as text, every
 * byte above 0x7F turned into U+FFFD without a word (probe55). Now a stream of its bytes, as
 * they came, through the platform's fetch and Node's transport, across origins.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
const servers: Server[] = [];
let origin = "";
const accepted: string[] = [];
const BYTES = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);

const listen = async (server: Server) => {
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  it = await runtimeAgainstMock(
    join(fixtures, "redirected-downloads.yaml"),
    "redirected-downloads",
  );
  // The file is on another origin, as Box's dl.boxcloud.com and GitHub's codeload are.
  const files = await listen(
    createServer((_req, res) =>
      res.writeHead(200, { "content-type": "application/pdf" }).end(BYTES),
    ),
  );
  origin = await listen(
    createServer((req, res) => {
      accepted.push(req.headers.accept ?? "");
      res.writeHead(302, { location: `${files}/download${req.url}` }).end();
    }),
  );
}, 60_000);
afterAll(async () => {
  await it?.close();
  for (const server of servers) server.close();
});

test("a GET answered by a redirect and no body of its own is read as bytes; others are not", () => {
  const { downloadFile, downloadTarball, checkMember, createThing, getThing } = it.operations;
  expect(downloadFile!.response).toMatchObject({
    status: "200",
    mediaType: "*/*",
  });
  expect(downloadTarball!.response).toMatchObject({
    status: "200",
    mediaType: "*/*",
  });
  // (So is a 200 that says nothing of a body beside the redirect: Vapi's, typed `void`.)
  expect(it.operations.callArtifactControllerRecordingDownload!.response).toMatchObject({
    status: "200",
    mediaType: "*/*",
  });
  expect(it.operations.callArtifactControllerRecordingDownload!.sdkName).toBe(
    "call.recording.download",
  );
  // "No content" is what a 204 says; a POST's 303 leads to a resource; a 200 says what it is.
  expect(checkMember!.response).toMatchObject({ status: "204", mediaType: "" });
  expect(createThing!.response).toBeUndefined();
  expect(getThing!.response).toMatchObject({ status: "200", mediaType: "application/json" });
});

test("the file comes as a stream of its bytes, as they were sent", async () => {
  const { createNodeHttpFetch } = await import(
    new URL("../../../packages/node/src/transport/node-http-fetch.ts", import.meta.url).href
  );
  for (const fetch of [undefined, createNodeHttpFetch()]) {
    const client = it.clientAt(origin, fetch ? { fetch } : {});
    for (const [id, request] of [
      ["downloadFile", { fileId: "f1" }],
      ["downloadTarball", { repo: "r1" }],
      ["callArtifactControllerRecordingDownload", { id: "c1" }],
    ] as const) {
      const result = await client.callOperation(it.operations[id]!, request);
      expect(result.ok, JSON.stringify(result)).toBe(true);
      const value = result.ok ? result.value : undefined;
      expect(value, id).toBeInstanceOf(ReadableStream);
      const got = new Uint8Array(await new Response(value as ReadableStream).arrayBuffer());
      expect(Buffer.from(got).equals(Buffer.from(BYTES)), id).toBe(true);
      // What is there, whatever its type (and JSON, which an error is).
      expect(accepted.at(-1)).toBe("*/*, application/json");
    }
  }
});

test("a 202 the spec answers without a body (not ready yet) is nothing, not an empty file", async () => {
  // Box answers 202 with Retry-After until the file is ready: it resolved to an empty stream,
  // which saved a 0-byte file without a word (probe56).
  const later = await listen(
    createServer((_req, res) => res.writeHead(202, { "retry-after": "3" }).end()),
  );
  const [result, call] = await it
    .clientAt(later)
    .callOperation(it.operations.downloadFile!, { fileId: "f1" })
    .$inspect();
  expect(result).toEqual({ ok: true, value: undefined });
  expect(call.response!.status).toBe(202);
  expect(call.response!.headers.get("retry-after")).toBe("3");
});

test("a 204, which has no body, is nothing too, declared or not (probe57)", async () => {
  const empty = await listen(createServer((_req, res) => res.writeHead(204).end()));
  const result = await it
    .clientAt(empty)
    .callOperation(it.operations.downloadTarball!, { repo: "r1" });
  expect(result).toEqual({ ok: true, value: undefined });
});

test("the types say so", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { DownloadFileResponseBody, DownloadTarballResponseBody } from "./models.js";
declare const file: DownloadFileResponseBody;
declare const tarball: DownloadTarballResponseBody;
export const bytes: [ReadableStream<Uint8Array> | undefined, ReadableStream<Uint8Array>] = [file, tarball];
// @ts-expect-error not text
export const text: string = tarball;
// Read with \`for await\` under \`lib: ["ES2022", "DOM"]\`, whose ReadableStream is not
// async-iterable (probe60: TS2504), as the runtime's is in every runtime.
export async function size(): Promise<number> {
  let total = 0;
  for await (const chunk of tarball) total += chunk.byteLength;
  return total;
}
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);
});

test("an answer in several media types asks for each (Box's thumbnails: JPEG or PNG)", async () => {
  expect(it.operations.getThumbnail!.response).toMatchObject({ accepts: "image/jpg, image/png" });
  it.mock.reset();
  const result = await it.client.callOperation(it.operations.getThumbnail!, {
    fileId: "f1",
    extension: "png",
  });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(it.mock.requests.at(-1)!.headers.accept).toBe("image/jpg, image/png, application/json");
});

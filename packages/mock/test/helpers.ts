import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { afterEach } from "vitest";
import { startMockServer, tinyPng, type MockServer, type MockServerOptions } from "../src/index.js";
import { findPublishedSpec } from "../../../scripts/spec/paths.js";

export const AUTH = { authorization: "Bearer test-key" };
export const EDITS = "/v2/router/images/edits";
export const VARIATIONS = "/v2/router/images/variations";

/**
 * The published orq.ai spec, read at test time only: it must never be copied into the
 * repository. Found as the generator's tests find it (`findPublishedSpec`).
 */
export const PUBLISHED_SPEC = findPublishedSpec(
  fileURLToPath(new URL("../../..", import.meta.url)),
);

const started: MockServer[] = [];

/** A mock server that is closed after the current test. */
export async function mock(options: MockServerOptions = {}): Promise<MockServer> {
  const server = await startMockServer(options);
  started.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** A distinct valid PNG per index: tinyPng() with bytes appended after IEND (decoders ignore them). */
export function pngNumber(i: number): Buffer {
  return Buffer.concat([tinyPng(), Buffer.from(`#${i}`)]);
}

export const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
]);
export const WEBP = Buffer.concat([
  Buffer.from("RIFF"),
  Buffer.from([0x1a, 0x00, 0x00, 0x00]),
  Buffer.from("WEBPVP8L"),
  Buffer.alloc(18, 0),
]);

export function form(
  fields: Record<string, string>,
  files: Array<{ field?: string; bytes: Uint8Array; type: string; name: string }> = [],
): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  for (const f of files)
    data.append(f.field ?? "image", new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
  return data;
}

export async function post(
  server: MockServer,
  path: string,
  body: BodyInit | Uint8Array,
  headers: Record<string, string> = AUTH,
): Promise<Response> {
  // Copied into a plain ArrayBuffer-backed view: what fetch's BodyInit type accepts.
  const init = body instanceof Uint8Array ? new Uint8Array(body) : body;
  return fetch(server.url + path, { method: "POST", body: init, headers });
}

/** A JSON body sent to `path` (POST unless said), with the test key. */
export function sendJson(
  server: MockServer,
  path: string,
  body: unknown,
  method = "POST",
): Promise<Response> {
  return fetch(server.url + path, {
    method,
    headers: { ...AUTH, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

/** A multipart body written by hand, for what FormData cannot express (part headers, odd parts). */
export function rawMultipart(
  parts: Array<{ headers: string[]; body: string | Uint8Array }>,
  boundary = "mockboundary42",
): { body: Buffer; contentType: string } {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n${part.headers.join("\r\n")}\r\n\r\n`));
    chunks.push(Buffer.from(part.body));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

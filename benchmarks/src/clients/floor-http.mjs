// The floor with no SDK: node:http, a keep-alive agent, and a multipart body written by hand,
// each file piped from disk (fs.createReadStream) with backpressure and an exact Content-Length.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { API_KEY, expectEdit, MODEL, PROMPT } from "./common.mjs";

const BOUNDARY = "----bench-floor-7c0b1f2e";
const field = (name, value) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const fileHead = (name) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="image"; filename="${name}"\r\n` +
  `Content-Type: image/png\r\n\r\n`;
const END = `--${BOUNDARY}--\r\n`;

export function client(url) {
  const agent = new http.Agent({ keepAlive: true });
  const endpoint = new URL("/v2/router/images/edits", url);

  /** Sends `parts` (strings, Buffers, or {path}) as one multipart body of `length` bytes. */
  async function send(parts, length) {
    const req = http.request(endpoint, {
      method: "POST",
      agent,
      headers: {
        authorization: `Bearer ${API_KEY}`,
        "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
        "content-length": length,
      },
    });
    const answered = new Promise((resolve, reject) => {
      req.on("response", async (res) => {
        const chunks = [];
        for await (const chunk of res) chunks.push(chunk);
        resolve({ status: res.statusCode, body: JSON.parse(Buffer.concat(chunks).toString()) });
      });
      req.on("error", reject);
    });
    async function* body() {
      for (const part of parts) {
        if (typeof part === "string" || Buffer.isBuffer(part)) yield part;
        else yield* createReadStream(part.path);
      }
    }
    await pipeline(Readable.from(body()), req);
    const { status, body: json } = await answered;
    expectEdit(json, status);
  }

  const head = field("model", MODEL) + field("prompt", PROMPT);
  return {
    async upload(paths) {
      const parts = [head];
      for (const path of paths) parts.push(fileHead(basename(path)), { path }, "\r\n");
      parts.push(END);
      const sizes = await Promise.all(paths.map(async (p) => (await stat(p)).size));
      let length = sizes.reduce((a, b) => a + b, 0);
      for (const part of parts) if (typeof part === "string") length += Buffer.byteLength(part);
      await send(parts, length);
    },
    async edit(bytes) {
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const parts = [Buffer.from(head + fileHead("small.png")), buffer, Buffer.from(`\r\n${END}`)];
      await send(
        parts,
        parts.reduce((n, p) => n + p.length, 0),
      );
    },
  };
}

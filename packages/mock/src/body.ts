import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { MAGIC_BYTES } from "./magic.js";

/** JSON bodies are buffered (they must be parsed whole); beyond this the mock answers 413. */
export const MAX_JSON_BODY_BYTES = 64 * 1024 * 1024;

export class BodyTooLargeError extends Error {
  constructor(limit: number) {
    super(`Request body is larger than ${limit} bytes`);
  }
}

export async function readText(req: IncomingMessage, limit = MAX_JSON_BODY_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      throw new BodyTooLargeError(limit);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export interface StreamedBody {
  size: number;
  /** Hex SHA-256 of every byte. */
  sha256: string;
  /** The first bytes, enough to recognise a file type by its magic number. */
  head: Buffer;
  /** Every byte, only when asked for (`keep`). */
  bytes: Buffer | undefined;
}

/**
 * Reads a body as it streams in: counted and hashed chunk by chunk, so a body of any size takes
 * no memory unless `keep` asks for its bytes (then up to `limit`, as for JSON).
 */
export async function streamBody(
  req: IncomingMessage,
  keep: boolean,
  limit = MAX_JSON_BODY_BYTES,
): Promise<StreamedBody> {
  const hash = createHash("sha256");
  const kept: Buffer[] = [];
  let head = Buffer.alloc(0);
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    hash.update(chunk);
    if (head.length < MAGIC_BYTES)
      head = Buffer.concat([head, chunk.subarray(0, MAGIC_BYTES - head.length)]);
    if (keep) {
      if (size > limit) {
        req.resume();
        throw new BodyTooLargeError(limit);
      }
      kept.push(chunk);
    }
  }
  return { size, sha256: hash.digest("hex"), head, bytes: keep ? Buffer.concat(kept) : undefined };
}

/** Drains and discards the body, e.g. when the answer does not depend on it. */
export async function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded) return;
  req.resume();
  await new Promise<void>((resolve) => {
    req.once("end", resolve);
    req.once("close", resolve);
    req.once("error", () => resolve());
  });
}

/** Resolves once `bytes` of the body have arrived, or the body ended or failed. */
export async function readAtLeast(req: IncomingMessage, bytes: number): Promise<void> {
  if (bytes <= 0 || req.readableEnded) return;
  let seen = 0;
  await new Promise<void>((resolve) => {
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen >= bytes) done();
    };
    const done = () => {
      req.off("data", onData);
      req.pause();
      resolve();
    };
    req.on("data", onData);
    req.once("end", done);
    req.once("close", done);
    req.once("error", done);
  });
}

/** True when the request carries a body (by its framing headers). */
export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  // `Content-Length: 0` with a media type is an empty body (an empty file where any bytes go);
  // without one it is how clients send a POST that has no body.
  if (length !== undefined) return Number(length) > 0 || req.headers["content-type"] !== undefined;
  return req.headers["transfer-encoding"] !== undefined;
}

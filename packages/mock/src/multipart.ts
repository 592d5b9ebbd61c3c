import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { Transform } from "node:stream";
import busboy from "busboy";
import { MAGIC_BYTES } from "./magic.js";
import { PartHeaderSniffer, type PartHeaderBlock } from "./part-headers.js";

/** Text parts bigger than this are cut (and reported), so a stray file without a filename cannot fill memory. */
export const MAX_TEXT_PART_BYTES = 16 * 1024 * 1024;

interface PartBase {
  name: string;
  filename: string | undefined;
  /** The part's Content-Type header as sent, or undefined when it had none. */
  contentType: string | undefined;
  /** The part's headers: names lowercased, values as sent. */
  headers: Record<string, string>;
}

export interface TextPart extends PartBase {
  kind: "text";
  value: string;
  /** urlencoded fields only: the value as sent, still percent-encoded (styles split on it). */
  raw?: string;
  truncated: boolean;
}

export interface FilePart extends PartBase {
  kind: "file";
  size: number;
  sha256: string;
  /** The first bytes, enough to recognise the file type by its magic number. */
  head: Buffer;
}

export type FormPart = TextPart | FilePart;

/**
 * Parses a multipart/form-data or application/x-www-form-urlencoded body as it streams in.
 * File parts are hashed and counted chunk by chunk and then dropped: nothing but their first
 * bytes is kept, so memory stays flat for uploads of any size.
 */
export async function parseFormBody(req: IncomingMessage): Promise<FormPart[]> {
  const parts: FormPart[] = [];
  const pendingFiles: Promise<void>[] = [];
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(req.headers["content-type"] ?? "");
  const sniffer = boundary ? new PartHeaderSniffer(boundary[1] ?? boundary[2] ?? "") : undefined;
  const nextBlock = (): PartHeaderBlock | undefined => {
    if (!sniffer) return undefined;
    // Busboy reports parts in wire order but skips those that are not form-data.
    let block = sniffer.blocks.shift();
    while (block && !block.reported) block = sniffer.blocks.shift();
    return block;
  };

  const parser = busboy({
    headers: req.headers,
    // Browsers and undici send filenames as raw UTF-8; busboy's default would read them as latin1.
    defParamCharset: "utf8",
    // Record file names exactly as sent; busboy would cut them at the last slash or backslash.
    preservePath: true,
    limits: { fieldSize: MAX_TEXT_PART_BYTES },
  });

  parser.on("field", (name, value, info) => {
    const block = nextBlock();
    parts.push({
      kind: "text",
      name,
      filename: undefined,
      contentType: block ? block.headers["content-type"] : undefined,
      headers: block?.headers ?? {},
      value,
      truncated: info.valueTruncated,
    });
  });

  parser.on("file", (name, stream, info) => {
    const block = nextBlock();
    const hash = createHash("sha256");
    const head: Buffer[] = [];
    let headLength = 0;
    const part: FilePart = {
      kind: "file",
      name,
      filename: info.filename === undefined ? undefined : unescapeFormDataName(info.filename),
      contentType: block ? block.headers["content-type"] : info.mimeType,
      headers: block?.headers ?? {},
      size: 0,
      sha256: "",
      head: Buffer.alloc(0),
    };
    parts.push(part);
    stream.on("data", (data: Buffer) => {
      hash.update(data);
      part.size += data.length;
      if (headLength < MAGIC_BYTES) {
        const slice = Buffer.from(data.subarray(0, MAGIC_BYTES - headLength));
        head.push(slice);
        headLength += slice.length;
      }
    });
    const done = new Promise<void>((resolve, reject) => {
      stream.on("end", () => {
        part.sha256 = hash.digest("hex");
        part.head = Buffer.concat(head);
        resolve();
      });
      stream.on("error", reject);
    });
    // If the body fails, pipeline() reports it; this promise is then never awaited.
    done.catch(() => undefined);
    pendingFiles.push(done);
  });

  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      // The sniffer must see each chunk before busboy does, so that a part's headers are known
      // by the time busboy announces the part.
      sniffer?.push(chunk);
      callback(null, chunk);
    },
  });

  // Not stream.pipeline(): on a parse error it would destroy the request, and with it the socket
  // the mock still has to answer 400 on.
  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      req.unpipe(tap);
      tap.unpipe(parser);
      req.resume();
      reject(error);
    };
    parser.on("error", fail);
    tap.on("error", fail);
    req.on("error", fail);
    req.on("close", () => {
      if (!req.complete) fail(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
    });
    parser.on("finish", () => {
      if (settled) return;
      settled = true;
      resolve();
    });
    req.pipe(tap).pipe(parser);
  });
  await Promise.all(pendingFiles);
  return parts;
}

/**
 * Browsers, undici and the SDK write `"`, CR and LF in a part's file name as `%22`, `%0D` and
 * `%0A` (WHATWG HTML, "multipart/form-data encoding algorithm"); the SDK writes the other
 * control characters (which would make the header malformed) the same way. Read them back.
 */
export function unescapeFormDataName(name: string): string {
  return name.replace(/%(22|[01][0-9A-F]|7F)/gi, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

import { setOwn } from "./styles.js";

const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");
// Part headers are a few hundred bytes; anything far beyond this is not a header block.
const MAX_HEADER_BYTES = 64 * 1024;

export interface PartHeaderBlock {
  /** Header names lowercased, values as sent (repeated headers joined with ", "). */
  headers: Record<string, string>;
  /** Whether busboy will report this part (it skips parts that are not form-data). */
  reported: boolean;
}

/**
 * Busboy reports a part's name, filename and media type, but not the part's raw headers; the
 * mock records those too (the SDK's tests check them byte for byte). This watches the same bytes
 * busboy receives, finds each part's header block after its boundary and keeps only the header
 * text: part bodies are never kept, so memory stays flat whatever the upload size.
 */
export class PartHeaderSniffer {
  readonly blocks: PartHeaderBlock[] = [];
  private readonly delimiter: Buffer;
  private state: "body" | "after-boundary" | "headers" | "done" = "body";
  private pending: Buffer = Buffer.alloc(0);

  constructor(boundary: string) {
    this.delimiter = Buffer.from(`\r\n--${boundary}`, "latin1");
    // Like busboy: the first boundary has no CRLF in front of it when there is no preamble.
    this.push(CRLF);
  }

  push(chunk: Buffer): void {
    let data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    let pos = 0;
    while (pos <= data.length && this.state !== "done") {
      if (this.state === "body") {
        const at = data.indexOf(this.delimiter, pos);
        if (at === -1) {
          // Keep just enough to recognise a delimiter that straddles two chunks.
          const keepFrom = Math.max(pos, data.length - (this.delimiter.length - 1));
          this.pending = Buffer.from(data.subarray(keepFrom));
          return;
        }
        pos = at + this.delimiter.length;
        this.state = "after-boundary";
      } else if (this.state === "after-boundary") {
        // "--" closes the body; otherwise (optional padding, then) CRLF opens the headers.
        if (data.length - pos < 2) {
          this.pending = Buffer.from(data.subarray(pos));
          return;
        }
        if (data[pos] === 0x2d && data[pos + 1] === 0x2d) {
          this.state = "done";
          return;
        }
        const eol = data.indexOf(CRLF, pos);
        if (eol === -1) {
          this.pending = Buffer.from(data.subarray(pos));
          return;
        }
        pos = eol + 2;
        this.state = "headers";
      } else {
        const block = data.subarray(pos);
        // A part with no headers at all: the blank line follows the boundary line directly.
        const end = block[0] === 0x0d && block[1] === 0x0a ? -2 : block.indexOf(HEADER_END);
        if (end === -1) {
          if (block.length > MAX_HEADER_BYTES) {
            this.state = "done";
            return;
          }
          this.pending = Buffer.from(block);
          return;
        }
        const text = end === -2 ? "" : block.subarray(0, end).toString("utf8");
        this.blocks.push(toBlock(text));
        // An empty part body is directly followed by the delimiter, whose CRLF is its own.
        data = block.subarray(end === -2 ? 2 : end + 4);
        pos = 0;
        this.state = "body";
      }
    }
  }
}

function toBlock(text: string): PartHeaderBlock {
  const headers: Record<string, string> = {};
  const lines: string[] = [];
  for (const line of text.split("\r\n")) {
    // Obsolete line folding: a continuation line starts with whitespace.
    if (/^[ \t]/.test(line) && lines.length > 0) lines[lines.length - 1] += " " + line.trim();
    else if (line !== "") lines.push(line);
  }
  for (const line of lines) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    // Own members only: a part header named `constructor` is not Object.prototype's.
    setOwn(headers, name, Object.hasOwn(headers, name) ? `${headers[name]}, ${value}` : value);
  }
  const disposition = headers["content-disposition"] ?? "";
  return { headers, reported: /^\s*form-data\b/i.test(disposition) };
}

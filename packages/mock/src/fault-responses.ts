import type { ServerResponse } from "node:http";
import { applyCors } from "./cors.js";
import type { Fault } from "./faults.js";
import type { IncomingMessage } from "node:http";
import { errorBody, sendJson } from "./respond.js";

export interface SuccessText {
  status: number;
  /** The success body: text, or bytes for a binary answer. */
  text: string | Buffer;
}

const DEFAULT_HTML =
  "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";

/**
 * Answers a request with a fault instead of its real response. Returns the status that went
 * out, or 0 when nothing did (hang).
 */
export async function answerWithFault(
  fault: Fault,
  req: IncomingMessage,
  res: ServerResponse,
  success: () => SuccessText,
): Promise<number> {
  switch (fault.kind) {
    case "status": {
      const headers = fault.headers ?? {};
      applyCors(req, res, Object.keys(headers));
      if (fault.body === undefined) {
        sendJson(
          res,
          fault.status,
          errorBody("injected_fault", `Injected fault: HTTP ${fault.status}`),
          headers,
        );
      } else if (typeof fault.body === "string") {
        sendText(
          res,
          fault.status,
          fault.contentType ?? "text/plain; charset=utf-8",
          fault.body,
          headers,
        );
      } else {
        const text = JSON.stringify(fault.body);
        sendText(res, fault.status, fault.contentType ?? "application/json", text, headers);
      }
      return fault.status;
    }
    case "truncated-json": {
      const { status, text } = success();
      const bytes = Buffer.from(text);
      const cut = bytes.subarray(0, Math.max(1, Math.floor(bytes.length / 2)));
      const code = status === 204 || status === 205 ? 200 : status;
      res.writeHead(code, {
        "content-type": "application/json",
        "content-length": String(cut.length),
      });
      res.end(cut);
      return code;
    }
    case "empty-200":
      res.writeHead(200, { "content-type": "application/json", "content-length": "0" });
      res.end();
      return 200;
    case "content-type": {
      const status = fault.status ?? 200;
      sendText(res, status, fault.contentType, fault.body ?? DEFAULT_HTML);
      return status;
    }
    case "large-error": {
      const status = fault.status ?? 500;
      await sendLargeError(res, status, fault.bytes);
      return status;
    }
    case "redirect": {
      const status = fault.status ?? 307;
      res.writeHead(status, { location: fault.location, "content-length": "0" });
      res.end();
      return status;
    }
    case "hang":
    case "reset":
    case "delay":
      // Handled by the request handler: they are about timing and sockets, not responses.
      return 0;
  }
}

function sendText(
  res: ServerResponse,
  status: number,
  contentType: string,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...headers,
    "content-type": contentType,
    "content-length": String(Buffer.byteLength(text)),
  });
  res.end(text);
}

/** A JSON error body of exactly `bytes` bytes, written in chunks so the mock never holds it whole. */
async function sendLargeError(res: ServerResponse, status: number, bytes: number): Promise<void> {
  const head = '{"error":{"code":"large_error","message":"Injected large error body","padding":"';
  const tail = '"}}';
  res.writeHead(status, { "content-type": "application/json", "content-length": String(bytes) });
  if (bytes < head.length + tail.length) {
    res.end("x".repeat(bytes));
    return;
  }
  const block = Buffer.alloc(64 * 1024, "x");
  res.write(head);
  let remaining = bytes - head.length - tail.length;
  while (remaining > 0 && !res.destroyed) {
    const size = Math.min(remaining, block.length);
    remaining -= size;
    if (!res.write(block.subarray(0, size))) {
      await new Promise<void>((resolve) => {
        const done = () => {
          res.off("drain", done);
          res.off("close", done);
          resolve();
        };
        res.on("drain", done);
        res.on("close", done);
      });
    }
  }
  res.end(tail);
}

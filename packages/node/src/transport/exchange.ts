import * as http from "node:http";
import type { ClientRequest, IncomingMessage, OutgoingHttpHeaders } from "node:http";
import * as https from "node:https";
import { fetchFailed } from "./errors.js";
import type { Hop, OpenedBody } from "./redirect.js";
import { writeBody } from "./write-body.js";
import type { BodyUpload } from "./write-body.js";

/** One request and its response head on the wire: no redirects, no retries, no buffering. */
export interface Exchange {
  /**
   * The response head. Rejects with `TypeError('fetch failed', { cause })` when the connection
   * fails or the body source errors, and with the reason given to {@link Exchange.abort}.
   */
  readonly response: Promise<IncomingMessage>;
  /** Tears everything down: the socket, and the request body's source (cancelled with `reason`). */
  abort(reason: unknown): void;
  /**
   * Our side is done with this exchange: the socket goes back to the pool when the request body
   * was sent whole, and is destroyed when it was not (it cannot carry another request then).
   */
  release(): void;
}

export function startExchange(hop: Hop, agent: http.Agent | https.Agent): Exchange {
  let body: OpenedBody | null = null;
  let settled = false;
  let resolveResponse!: (res: IncomingMessage) => void;
  let rejectResponse!: (err: unknown) => void;
  const response = new Promise<IncomingMessage>((resolve, reject) => {
    resolveResponse = resolve;
    rejectResponse = reject;
  });
  const fail = (err: unknown): void => {
    if (settled) return;
    settled = true;
    rejectResponse(err);
  };

  let req: ClientRequest;
  try {
    body =
      hop.body === null
        ? null
        : hop.body.kind === "stream"
          ? { stream: hop.body.stream, length: hop.body.length, contentType: null }
          : hop.body.open();
    const mod = hop.url.protocol === "https:" ? https : http;
    req = mod.request(hop.url, { method: hop.method, headers: nodeHeaders(hop, body), agent });
  } catch (err) {
    body?.stream.cancel(err).catch(() => {});
    fail(fetchFailed(err));
    return { response, abort: () => {}, release: () => {} };
  }

  let upload: BodyUpload | null = null;
  req.on("error", (err) => {
    fail(fetchFailed(err));
    upload?.cancel(err);
  });
  // A `101 Switching Protocols` answer is no response fetch can give (it fails at once), and
  // without a listener Node would leave the request hanging until the timeout.
  req.on("upgrade", (_res, socket) => {
    socket.destroy();
    fail(
      fetchFailed(new Error("the server switched protocols (101), which fetch does not support")),
    );
  });
  req.on("response", (res) => {
    // From here on the response's errors are read through its body stream; this keeps a late one
    // from becoming an uncaught 'error' event in the meantime.
    res.on("error", () => {});
    if (settled) {
      res.destroy();
      return;
    }
    settled = true;
    resolveResponse(res);
  });

  if (body) {
    upload = writeBody(body.stream, req, expectedLength(hop.headers, body));
    upload.done.catch((err: unknown) => {
      // The body's own failure (not the network's): that is the cause the caller gets.
      fail(fetchFailed(err));
      req.destroy();
    });
  } else {
    req.end();
  }

  return {
    response,
    abort(reason) {
      fail(reason);
      upload?.cancel(reason);
      req.destroy();
    },
    release() {
      if (upload && !upload.finished) {
        upload.cancel(new Error("the response ended before the request body was sent"));
        req.destroy();
      }
    },
  };
}

/** The headers for Node, plus the framing and defaults that fetch would send. */
function nodeHeaders(hop: Hop, body: OpenedBody | null): OutgoingHttpHeaders {
  const headers = new Headers(hop.headers);
  // How the message is framed and carried is the transport's to say: a `Transfer-Encoding` given
  // beside the body's `Content-Length` is a request servers read two ways (the shape of request
  // smuggling). undici's fetch refuses these; the SDK refuses them in a call's options, and
  // here drops what a hook may still have added.
  for (const name of [
    "transfer-encoding",
    "connection",
    "keep-alive",
    "upgrade",
    "te",
    "trailer",
    "proxy-connection",
  ])
    headers.delete(name);
  if (body) {
    if (body.contentType !== null) headers.set("content-type", body.contentType);
    if (!headers.has("content-length") && body.length !== null) {
      headers.set("content-length", String(body.length));
    }
    // Node only chunks POST/PUT/PATCH bodies by default; a DELETE with a stream of unknown length
    // would otherwise go out unframed.
    if (!headers.has("content-length") && !headers.has("transfer-encoding")) {
      headers.set("transfer-encoding", "chunked");
    }
  }
  // The defaults undici's fetch sends, so a server sees the same request from either fetch.
  if (!headers.has("accept")) headers.set("accept", "*/*");
  if (!headers.has("accept-encoding")) headers.set("accept-encoding", "gzip, deflate, br");
  if (!headers.has("user-agent")) headers.set("user-agent", "node");

  const out: OutgoingHttpHeaders = {};
  // Headers iterates names in lower case and yields each Set-Cookie on its own; arrays keep them.
  for (const [name, value] of headers) {
    const previous = out[name];
    out[name] =
      previous === undefined
        ? value
        : Array.isArray(previous)
          ? [...previous, value]
          : [String(previous), value];
  }
  return out;
}

function expectedLength(headers: Headers, body: OpenedBody): number | null {
  const declared = headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim())) return Number(declared.trim());
  return body.length;
}

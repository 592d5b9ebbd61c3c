import * as http from "node:http";
import * as https from "node:https";
import { abortReason, fetchFailed } from "./errors.js";
import { startExchange } from "./exchange.js";
import type { Exchange } from "./exchange.js";
import { isRedirect, MAX_REDIRECTS, redirectHop } from "./redirect.js";
import type { BodySource, Hop, OpenedBody } from "./redirect.js";
import { responseFromIncoming } from "./response-from-incoming.js";
import { bytesBody, settleLength } from "./settle-length.js";
import type { IncomingResponse } from "./response-from-incoming.js";

export interface NodeHttpFetchOptions {
  /**
   * Agents to use instead of the transport's own (one keep-alive agent per protocol, shared by all
   * requests of this transport): for a proxy, custom TLS, or a connection limit.
   */
  agent?: { http?: http.Agent; https?: https.Agent };
}

/**
 * Free sockets are kept 4 s, like undici: a little under the 5 s Node servers keep an idle
 * connection, so we do not reuse a socket the server is closing. Node's agent unrefs free sockets,
 * so a pooled connection never keeps the process alive.
 */
const AGENT_OPTIONS: http.AgentOptions = { keepAlive: true, scheduling: "lifo", timeout: 4000 };

/**
 * A `fetch` over `node:http`/`node:https`, for Node 20, whose built-in fetch (undici) holds a
 * streamed upload in memory. Request bodies are streamed with backpressure (with their
 * `Content-Length` when the request has one or the body is a single chunk, else chunked),
 * response bodies are streamed as they
 * arrive, and errors have fetch's shapes: network failures reject with
 * `TypeError('fetch failed', { cause })`, aborts with the signal's reason. It never retries and
 * never buffers a body; a streamed body therefore cannot follow a 307/308 redirect.
 */
export function createNodeHttpFetch(options: NodeHttpFetchOptions = {}): typeof fetch {
  const agents: Record<string, http.Agent> = {
    "http:": options.agent?.http ?? new http.Agent(AGENT_OPTIONS),
    "https:": options.agent?.https ?? new https.Agent(AGENT_OPTIONS),
  };

  return async function nodeHttpFetch(
    input: RequestInfo | URL,
    init?: RequestInit,
  ): Promise<Response> {
    // `signal: null` because we listen to the caller's signal ourselves: a Request made with one
    // would add a listener of its own to it, which stays until the Request is garbage collected.
    const request =
      input instanceof Request && init === undefined
        ? input
        : new Request(input, { ...init, signal: null });
    const signal =
      init?.signal !== undefined ? init.signal : input instanceof Request ? input.signal : null;

    if (signal?.aborted) {
      const reason = abortReason(signal);
      // As fetch does: the body will not be sent, so its source may let go of what it holds.
      request.body?.cancel(reason).catch(() => {});
      throw reason;
    }
    const url = new URL(request.url);
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      request.body?.cancel().catch(() => {});
      throw fetchFailed(new Error(`unsupported protocol ${url.protocol}`));
    }

    const source = bodySource(request, init);
    let hop: Hop = {
      url,
      method: request.method,
      headers: new Headers(request.headers),
      body:
        source &&
        (await settleLength(source, request.headers.has("content-length")).catch((err) => {
          throw fetchFailed(err);
        })),
    };
    let exchange: Exchange | undefined;
    let incoming: IncomingResponse | undefined;
    const onAbort = (): void => {
      const reason = abortReason(signal!);
      incoming?.abort(reason);
      exchange?.abort(reason);
    };
    signal?.addEventListener("abort", onAbort);
    const stopListening = (): void => signal?.removeEventListener("abort", onAbort);

    try {
      for (let redirects = 0; ; redirects++) {
        if (signal?.aborted) throw abortReason(signal);
        const current = startExchange(hop, agents[hop.url.protocol]!);
        exchange = current;
        const res = await current.response;
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (isRedirect(status) && location !== undefined && request.redirect !== "manual") {
          // Read the redirect's own body to its end, so its socket can serve the next hop.
          res.resume();
          current.release();
          if (request.redirect === "error") throw fetchFailed(new Error("unexpected redirect"));
          if (redirects >= MAX_REDIRECTS) throw fetchFailed(new Error("redirect count exceeded"));
          hop = redirectHop(hop, status, location);
          continue;
        }
        incoming = responseFromIncoming(res, {
          method: hop.method,
          url: hop.url,
          redirected: redirects > 0,
          onDone() {
            stopListening();
            current.release();
          },
        });
        return incoming.response;
      }
    } catch (err) {
      stopListening();
      throw err;
    }
  };
}

/**
 * Where the body comes from. A body given in `init` as a string, bytes, Blob, URLSearchParams or
 * FormData can be opened again, which a 307/308 redirect needs; a stream can be read only once.
 * A `Request` does not tell what its body was made from, so a Request passed without `init.body`
 * counts as a stream.
 */
function bodySource(request: Request, init: RequestInit | undefined): BodySource | null {
  if (request.body === null) return null;
  const open = init?.body != null ? reopener(init.body) : null;
  if (open) {
    // Every hop opens its own copy; the Request's stream of the same bytes is not needed.
    request.body.cancel().catch(() => {});
    return { kind: "replayable", open };
  }
  return { kind: "stream", stream: request.body, length: null };
}

function reopener(body: BodyInit): (() => OpenedBody) | null {
  if (typeof body === "string" || body instanceof URLSearchParams) {
    return bytesBody(new TextEncoder().encode(body.toString()));
  }
  if (body instanceof ArrayBuffer) return bytesBody(new Uint8Array(body.slice(0)));
  if (ArrayBuffer.isView(body)) {
    // A copy, as fetch takes: later writes to the caller's buffer do not change what is sent.
    return bytesBody(new Uint8Array(body.buffer, body.byteOffset, body.byteLength).slice());
  }
  if (body instanceof Blob) {
    return () => ({ stream: body.stream(), length: body.size, contentType: null });
  }
  if (body instanceof FormData) {
    return () => {
      // Encoded afresh each time, with a new boundary, so its Content-Type goes with it.
      const encoded = new Request("http://localhost/", { method: "POST", body });
      return {
        stream: encoded.body!,
        length: null,
        contentType: encoded.headers.get("content-type"),
      };
    };
  }
  return null;
}

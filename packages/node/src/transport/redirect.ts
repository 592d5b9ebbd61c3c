import { fetchFailed } from "./errors.js";

/** How a request body can be sent: a one-shot stream, or a source that can be opened again. */
export type BodySource =
  | { kind: "stream"; stream: ReadableStream<Uint8Array>; length: number | null }
  | { kind: "replayable"; open: () => OpenedBody };

export interface OpenedBody {
  stream: ReadableStream<Uint8Array>;
  length: number | null;
  /** The content type that goes with this opening (a FormData body gets a new boundary each time). */
  contentType: string | null;
}

/** One request on the wire: where to, and what. */
export interface Hop {
  url: URL;
  method: string;
  headers: Headers;
  body: BodySource | null;
}

export const MAX_REDIRECTS = 20;

const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);

export function isRedirect(status: number): boolean {
  return REDIRECT_STATUS.has(status);
}

/** Headers that describe a body, dropped with it when a redirect turns the request into a GET. */
const BODY_HEADERS = [
  "content-encoding",
  "content-language",
  "content-location",
  "content-type",
  "content-length",
  "transfer-encoding",
];

/**
 * Credentials that must not follow a redirect to another origin (the fetch spec names
 * Authorization; undici also drops Cookie and Proxy-Authorization, and Host, which names the old
 * origin).
 */
const CROSS_ORIGIN_DROPPED = ["authorization", "cookie", "proxy-authorization", "host"];

/**
 * The request to make after a redirect response, as the fetch spec's "HTTP-redirect fetch" says.
 * Throws `fetch failed` when it cannot be followed: a streamed body (the SDK's uploads) cannot be
 * sent again, so any redirect but a 303 is refused, as fetch refuses it. A 301/302 of such a POST
 * is not followed as a GET either: the answer to that GET would come back as if the upload had
 * been made.
 */
export function redirectHop(hop: Hop, status: number, location: string): Hop {
  let url: URL;
  try {
    url = new URL(location, hop.url);
  } catch (err) {
    // (Said as a redirect: the SDK does not retry one, which would upload the body again to a
    // server that answers the same way.)
    throw fetchFailed(
      new Error(`cannot follow a redirect to ${JSON.stringify(location)}: not a URL`, {
        cause: err,
      }),
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw fetchFailed(new Error(`cannot follow a redirect to a ${url.protocol} URL`));
  }
  // A Location without a fragment inherits the request's (fetch spec, step 6).
  if (!url.hash && hop.url.hash) url.hash = hop.url.hash;

  const headers = new Headers(hop.headers);
  let method = hop.method;
  let body = hop.body;
  // The stream was consumed sending it the first time (fetch spec, step 11: refused unless 303).
  if (body?.kind === "stream" && status !== 303) {
    throw fetchFailed(
      new Error(`cannot follow a ${status} redirect of a ${method} request with a streamed body`),
    );
  }
  if (
    ((status === 301 || status === 302) && method === "POST") ||
    (status === 303 && method !== "GET" && method !== "HEAD")
  ) {
    method = "GET";
    body = null;
    for (const name of BODY_HEADERS) headers.delete(name);
  }
  if (url.origin !== hop.url.origin) {
    for (const name of CROSS_ORIGIN_DROPPED) headers.delete(name);
  }
  return { url, method, headers, body };
}

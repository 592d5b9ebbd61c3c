import type { IncomingMessage, ServerResponse } from "node:http";

const ALLOW_METHODS = "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS";
const ALLOW_HEADERS =
  "authorization, content-type, accept, idempotency-key, x-request-id, user-agent";
const EXPOSE_HEADERS = [
  "retry-after",
  "x-request-id",
  "location",
  "content-length",
  "content-type",
  "x-ratelimit-limit",
  "x-ratelimit-remaining",
  "x-ratelimit-reset",
];

/** Browsers may call the mock directly (SDK examples in a page), so every answer carries CORS headers. */
export function applyCors(
  req: IncomingMessage,
  res: ServerResponse,
  extraExposed: string[] = [],
): void {
  const origin = req.headers.origin;
  if (origin) {
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Access-Control-Allow-Credentials", "true");
    res.setHeader("Vary", "Origin, Access-Control-Request-Headers");
  } else {
    res.setHeader("Access-Control-Allow-Origin", "*");
  }
  res.setHeader("Access-Control-Allow-Methods", ALLOW_METHODS);
  res.setHeader(
    "Access-Control-Allow-Headers",
    req.headers["access-control-request-headers"] ?? ALLOW_HEADERS,
  );
  const exposed = [...new Set([...EXPOSE_HEADERS, ...extraExposed.map((h) => h.toLowerCase())])];
  res.setHeader("Access-Control-Expose-Headers", exposed.join(", "));
  res.setHeader("Access-Control-Max-Age", "600");
}

/**
 * A CORS preflight is an OPTIONS request that names the method it asks for (Fetch standard,
 * "CORS-preflight request"). Any other OPTIONS request is the spec's, if it has an operation.
 */
export function isPreflight(req: IncomingMessage): boolean {
  return req.method === "OPTIONS" && req.headers["access-control-request-method"] !== undefined;
}

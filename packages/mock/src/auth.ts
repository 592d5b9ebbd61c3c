import type { IncomingHttpHeaders } from "node:http";
import { isObject, type SpecDocument } from "./document.js";
import type { Operation } from "./routes.js";

export type AuthResult = { ok: true } | { ok: false; message: string };

/**
 * Checks only that credentials of the right shape are present: any non-empty token is accepted,
 * so that examples run without a real API key.
 */
export function checkAuth(
  doc: SpecDocument,
  operation: Operation,
  headers: IncomingHttpHeaders,
  query: URLSearchParams,
): AuthResult {
  const requirements = operation.op.security ?? doc.raw.security;
  if (!Array.isArray(requirements) || requirements.length === 0) return { ok: true };
  const schemes = isObject(doc.raw.components) ? doc.raw.components.securitySchemes : undefined;
  const failures: string[] = [];
  // Requirement objects are alternatives (OR); the schemes inside one are all needed (AND).
  for (const requirement of requirements) {
    if (!isObject(requirement)) continue;
    const missing = Object.keys(requirement)
      .map((name) =>
        checkScheme(doc.schema(isObject(schemes) ? schemes[name] : undefined), headers, query),
      )
      .filter((message): message is string => message !== undefined);
    if (missing.length === 0) return { ok: true };
    failures.push(...missing);
  }
  return { ok: false, message: failures[0] ?? "Missing credentials" };
}

function checkScheme(
  scheme: Record<string, unknown>,
  headers: IncomingHttpHeaders,
  query: URLSearchParams,
): string | undefined {
  if (scheme.type === "apiKey" && typeof scheme.name === "string") {
    const name = scheme.name;
    if (scheme.in === "query")
      return query.get(name) ? undefined : `Missing "${name}" query parameter`;
    if (scheme.in === "cookie") {
      const cookie = headers.cookie ?? "";
      return cookie
        .split(";")
        .some((c) => c.trim().startsWith(`${name}=`) && c.trim().length > name.length + 1)
        ? undefined
        : `Missing "${name}" cookie`;
    }
    const value = headers[name.toLowerCase()];
    return typeof value === "string" && value.trim() !== ""
      ? undefined
      : `Missing "${name}" header`;
  }
  const authorization = headers.authorization ?? "";
  if (
    scheme.type === "http" &&
    typeof scheme.scheme === "string" &&
    scheme.scheme.toLowerCase() === "basic"
  ) {
    return /^Basic\s+\S+/i.test(authorization)
      ? undefined
      : 'Missing or invalid Authorization header: expected "Basic <credentials>"';
  }
  // http bearer, oauth2, openIdConnect and anything unknown: a bearer token.
  return /^Bearer\s+\S+/i.test(authorization)
    ? undefined
    : 'Missing or invalid Authorization header: expected "Bearer <token>"';
}

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
  const schemes = isObject(doc.raw.components) ? doc.raw.components.securitySchemes : undefined;
  const declared = isObject(schemes) ? Object.keys(schemes) : [];
  // A requirement that names a scheme the spec does not declare (Topaz's `apiKey`, where its
  // one scheme is `apiKeyAuth`) is read as the generator reads it: as that one scheme, else
  // left out, and a list left with none gives way to the document's.
  const readable = (list: unknown): string[][] | undefined =>
    Array.isArray(list)
      ? list.flatMap((requirement) => {
          if (!isObject(requirement)) return [];
          const names = Object.keys(requirement);
          if (names.every((name) => declared.includes(name))) return [names];
          return declared.length === 1 ? [[declared[0]!]] : [];
        })
      : undefined;
  const own = readable(operation.op.security);
  const requirements =
    own && (own.length || !(operation.op.security as unknown[]).length)
      ? own
      : readable(doc.raw.security);
  if (!requirements || requirements.length === 0) return { ok: true };
  const failures: string[] = [];
  // Requirement objects are alternatives (OR); the schemes inside one are all needed (AND).
  for (const names of requirements) {
    const missing = names
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

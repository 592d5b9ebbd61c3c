import type { ServerResponse } from "node:http";
import type { ValidationErrorDetail } from "./types.js";

/** The body of every error the mock itself produces. */
export interface ErrorBody {
  error: { message: string; code: string; details?: ValidationErrorDetail[] };
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(text)),
  });
  res.end(text);
}

export function errorBody(
  code: string,
  message: string,
  details?: ValidationErrorDetail[],
): ErrorBody {
  return { error: details ? { message, code, details } : { message, code } };
}

/** One line per problem, for the error message (the full list is in `details`). */
export function summarize(details: ValidationErrorDetail[], max = 5): string {
  // (A rule each part of an allOf breaks is one problem: said once.)
  const all = details.map((d) => {
    const where =
      d.location === "body"
        ? d.instancePath || "(body)"
        : `${d.location} ${d.instancePath || ""}`.trim();
    const missing =
      typeof d.params.missingProperty === "string" ? ` '${d.params.missingProperty}'` : "";
    const allowed = Array.isArray(d.params.allowedValues)
      ? ` (${d.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")})`
      : "";
    return `${where} ${d.message}${d.keyword === "required" ? "" : missing}${allowed}`;
  });
  const unique = [...new Set(all)];
  const more = unique.length > max ? `; and ${unique.length - max} more` : "";
  return `Request validation failed: ${unique.slice(0, max).join("; ")}${more}`;
}

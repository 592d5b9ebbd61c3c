import { ValidationError } from "../errors/validation-error.js";
import type { ApiKey } from "./options.js";

/**
 * Why a key cannot go into an `Authorization` header, or `undefined` if it can. The key itself
 * is never part of the message: messages end up in logs.
 */
export function apiKeyProblem(key: unknown): string | undefined {
  if (typeof key === "function" || key === undefined) return undefined;
  if (typeof key !== "string")
    return `apiKey must be a string or a function returning one (got ${typeof key})`;
  if (/[\r\n]/.test(key)) return "apiKey must not contain CR or LF characters";
  if (/[^\x20-\x7e]/.test(key)) return "apiKey must contain only printable ASCII characters";
  return undefined;
}

/**
 * The key for one call: a function is asked each time, so short-lived tokens stay fresh. A
 * function that returns an unusable key fails the call (`operation`) with a ValidationError.
 */
export async function resolveApiKey(
  key: ApiKey | undefined,
  operation: string,
): Promise<string | undefined> {
  // A string was checked when the client was made.
  if (typeof key !== "function") return key?.trim() || undefined;
  const value: unknown = await key();
  // A function that gives no string (`token.value` of a token endpoint that answered something
  // else) fails here, before the upload, not as a 401 after it. An empty string is a deliberate
  // "no key" (a backend proxy adds it).
  const problem =
    typeof value === "string"
      ? apiKeyProblem(value)?.replace("apiKey must", "the key apiKey() returned must")
      : `apiKey() must return a string (got ${typeof value})`;
  if (problem) throw new ValidationError(operation, [{ path: "apiKey", message: problem }]);
  return (value as string).trim() || undefined;
}

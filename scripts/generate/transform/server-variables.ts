import { isObject, type Document } from "../document.js";
import { camelCase, isIdentifier } from "../names.js";

/**
 * The client's own options (core's `OrqOptions`; a test keeps the two lists equal): a server
 * variable of one of these names is left at its default, for `serverURL` to change.
 */
export const CLIENT_OPTIONS = [
  "apiKey",
  "serverURL",
  "serverIdx",
  "retryConfig",
  "timeoutMs",
  "fetch",
  "httpClient",
  "userAgent",
  "logger",
  "debugLogger",
  "credentials",
  "dangerouslyAllowBrowser",
  "validateResponses",
];

/** A variable of the document's servers (§ 4.8.6), as a client option sets it. */
export interface ServerVariable {
  /** The client option: the variable's name in camelCase (`region`, `token`). */
  option: string;
  /** The name the server URLs write it by (`{region}`). */
  name: string;
  default: string;
  enum?: string[];
  description?: string;
}

/**
 * The variables of the document's servers that a client option sets, the official SDK's way
 * (Speakeasy's `new SDK({ region: "eu" })`): Telegram's bot token in
 * `https://api.telegram.org/bot{token}`, a region or a tenant in a host. Without them, the
 * only way to another value was a whole `serverURL`, and an option such as `token` was taken
 * and never used. Each is written in one of the URLs and has a text `default` (§ 4.8.7 requires
 * one); the first server to declare a name says its default. Operations' own servers keep
 * their defaults.
 */
export function serverVariables(doc: Document): ServerVariable[] {
  const found = new Map<string, ServerVariable>();
  for (const server of Array.isArray(doc.servers) ? doc.servers : []) {
    if (!isObject(server) || typeof server.url !== "string" || !isObject(server.variables))
      continue;
    for (const [, name] of server.url.matchAll(/\{([^}]+)\}/g)) {
      const variable = server.variables[name!];
      if (!isObject(variable) || typeof variable.default !== "string") continue;
      const option = camelCase(name!);
      if (found.has(option) || CLIENT_OPTIONS.includes(option) || !isIdentifier(option)) continue;
      const values = Array.isArray(variable.enum)
        ? variable.enum.filter((v): v is string => typeof v === "string")
        : [];
      found.set(option, {
        option,
        name: name!,
        default: variable.default,
        ...(values.length ? { enum: values } : {}),
        ...(typeof variable.description === "string" ? { description: variable.description } : {}),
      });
    }
  }
  return [...found.values()];
}

import { ValidationError } from "../errors/validation-error.js";
import * as spec from "../generated/schemas.js";
import type { Issue } from "../schema/check-and-rename.js";
import { isSecretName } from "../request/secret-parameters.js";

/**
 * The server `serverIdx` picks, with its variables filled from the client's options of their
 * names (`new Orq({ region: "eu" })`, Telegram's `token`), else their defaults: the official
 * SDK's way. A value is refused, naming the option, when the spec lists the values and it is
 * none of them, or when it would change the URL's shape (`/`, a backslash, `?`, `#`, `@`, spaces): it is written
 * in as it is. Only specs whose servers have variables (`usesServerVariables`) carry this.
 */
export const serverFromVariables = spec.usesServerVariables
  ? (options: { serverIdx?: number | undefined }): string => {
      const given = options as Record<string, unknown>;
      const index = (spec.usesServerIndex && options.serverIdx) || 0;
      const issues: Issue[] = [];
      const url = spec.serverTemplates[index]!.replace(/\{([^}]+)\}/g, (whole, name: string) => {
        const found = Object.entries(spec.serverVariables).find(([, v]) => v.name === name);
        if (!found) return whole;
        const [option, variable] = found;
        // A secret's default is an example (Telegram's `123456:ABC-DEF…`): sent to the real API,
        // it would fail there, or worse. It must be given.
        const secret = isSecretName(variable.name);
        const value = given[option] ?? (secret ? undefined : variable.default);
        const problem =
          value == null && secret
            ? "is required: it is a secret, and the spec's default is only an example"
            : typeof value !== "string" || !value
              ? `must be a non-empty string (got ${value === "" ? '""' : typeof value})`
              : variable.enum && !variable.enum.includes(value)
                ? `must be one of ${variable.enum.join(", ")} (got ${JSON.stringify(value)})`
                : // (A URL parser reads a backslash as `/`, and `@` ends a user name: `evil.com\` or
                  // `evil.com@` in a host would send the key to another one.)
                  /[/?#\\@\s]/.test(value)
                  ? `must not hold "/", "\\", "?", "#", "@" or spaces: it is written into the server's URL (${spec.serverTemplates[index]})`
                  : "";
        if (problem) issues.push({ path: option, message: `${option} ${problem}` });
        return String(value);
      });
      if (issues.length) throw new ValidationError("new Orq()", issues);
      return url;
    }
  : undefined;

/**
 * The values of the server variables whose names say they are secrets (Telegram's bot
 * `token`): they are in every URL, and are hidden wherever the key is (`$inspect()`, errors,
 * debug logs).
 */
export const serverSecrets = spec.usesServerVariables
  ? (options: object): string[] =>
      Object.entries(spec.serverVariables).flatMap(([option, variable]) => {
        const value = (options as Record<string, unknown>)[option] ?? variable.default;
        return isSecretName(variable.name) && typeof value === "string" ? [value] : [];
      })
  : undefined;

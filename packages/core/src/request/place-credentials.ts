import { ValidationError } from "../errors/validation-error.js";
import type { Operation } from "../generated/contract.js";
import { apiKeyProblem } from "../client/api-key.js";
import type { ApiKey } from "../client/options.js";
import { placeKey } from "./place-key.js";

/**
 * For an operation that needs several security schemes at once (`op.credentials`): the first
 * set the client has a credential for each scheme of, each value placed where its scheme says.
 * Resolves to the URL (a query credential is in it) and the values, to hide from errors and
 * `$inspect()`; to `undefined` when no set is complete and the operation can go without
 * (by the one key, or anonymously). When it cannot, the call is refused before it is sent.
 */
export async function placeCredentials(
  op: Operation,
  credentials: { readonly [securityScheme: string]: ApiKey } | undefined,
  operation: string,
  headers: Headers,
  url: string,
  /** Whether the client has the one key, which meets this operation's other requirements. */
  hasKey: boolean,
): Promise<[url: string, secrets: string[]] | undefined> {
  const given = credentials ?? {};
  const sets = op.credentials?.sets ?? [];
  const set = sets.find((s) => s.every((p) => given[p.securityScheme] !== undefined));
  if (!set) {
    const needed = sets.map((s) => s.map((p) => p.securityScheme).join(", ")).join("; or ");
    const givenNames = Object.keys(given).filter((name) => given[name] !== undefined);
    // Credentials, none for this operation, and no key: the call would go with no key at all.
    // (Not for one that takes none, `security: []`: Plaid's public categories.)
    if (
      !op.credentials?.required &&
      !hasKey &&
      !op.credentials?.anonymous &&
      op.auth !== false &&
      givenNames.length
    )
      throw new ValidationError(operation, [
        {
          path: "credentials",
          message: `credentials: this operation takes ${needed ? `${needed} (or apiKey)` : "apiKey"}, and the client has credentials for ${givenNames.join(", ")} only`,
        },
      ]);
    if (!op.credentials?.required) return undefined;
    throw new ValidationError(operation, [
      {
        path: "credentials",
        // (One scheme alone is required only where the key is Basic credentials and the
        // operation takes a bearer token: Shutterstock's OAuth-only ones.)
        message: `credentials: this operation needs ${needed}${sets.some((s) => s[1]) ? ", all at once" : " (the apiKey goes as Basic credentials: it is no bearer token)"}: pass ${sets[0]![1] ? "them" : "it"} as new Orq({ credentials: { ${sets[0]!
          // (A name that is no identifier, `Portkey-Key`, is quoted, as the object needs it.)
          .map(
            (p) =>
              `${/^[A-Za-z_$][\w$]*$/.test(p.securityScheme) ? p.securityScheme : JSON.stringify(p.securityScheme)}: "…"`,
          )
          .join(", ")} } })`,
      },
    ]);
  }
  const secrets: string[] = [];
  for (const placement of set) {
    const path = `credentials.${placement.securityScheme}`;
    const entry = given[placement.securityScheme];
    const value = typeof entry === "function" ? await entry() : entry;
    const problem = apiKeyProblem(value)?.replace("apiKey", path);
    const trimmed = problem ? undefined : value?.trim();
    if (problem || !trimmed)
      throw new ValidationError(operation, [
        { path, message: problem ?? `${path} must not be empty` },
      ]);
    secrets.push(trimmed);
    url = placeKey(placement, placement.bearer ? `Bearer ${trimmed}` : trimmed, headers, url);
  }
  return [url, secrets];
}

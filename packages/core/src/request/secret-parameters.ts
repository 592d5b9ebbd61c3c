import type { Operation } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";
import { isPlainObject } from "../schema/check-and-rename.js";
import { own } from "../schema/resolve.js";

/**
 * Parameters a caller puts a secret in by hand (Slack's `token` header beside its OAuth key, an
 * `access_token` or `client_secret` query): their values are not the client's key, which
 * `hideKey` cuts out wherever it is, so what shows a request (`$inspect()`, debug logs) hides
 * them by name. A name is read as words (`x-api-key`, `clientSecret`, `access_token`), and its
 * last word decides: `api_key_id` or `tokenType` name no secret, `monkey` is one word.
 */
const SECRET_WORDS =
  /^(apikey|token|secret|password|passwd|auth|authorization|signature|credentials?|cookie)$/;
/**
 * A `key` is a secret when the word before says what kind (`x-api-key`, `accessKey`,
 * Azure's `Ocp-Apim-Subscription-Key`, Segment's `writeKey`), or alone outside a path (Google's
 * and Trello's `?key=`). Other keys name things: LaunchDarkly's `projectKey` and `featureFlagKey`,
 * an `Idempotency-Key`, Netlify's `/env/{key}` (a variable's name): hidden, every error about a
 * flag said "Unknown feature flag [redacted] in project [redacted]".
 */
const KEY_KINDS =
  /^(api|access|secret|private|auth|subscription|client|app|application|sdk|mobile|master|licen[cs]e|signing|encryption|session|consumer|dev|developer|admin|service|account|storage|shared|write|ingest|ingestion)$/;
/**
 * A `token` after one of these is a place in a list, not a credential: a `pageToken` (Google's,
 * SendGrid's `page_token`), a `nextToken` (AWS), a `syncToken`. Hidden, paging could not be
 * followed in a debug log.
 */
const CURSOR_WORDS =
  /^(page|next|prev|previous|continuation|sync|cursor|pagination|resume|start|delta)$/;

/** Whether `name` names a secret; `inPath`: a path parameter's (a lone `key` there is a name). */
export function isSecretName(name: string, inPath?: boolean): boolean {
  const words = name
    .split(/[^A-Za-z\d]+|(?<=[a-z\d])(?=[A-Z])/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
  const last = words.at(-1) ?? "";
  const before = words.at(-2) ?? "";
  return (
    (SECRET_WORDS.test(last) && !(last === "token" && CURSOR_WORDS.test(before))) ||
    (last === "key" && (words[1] ? KEY_KINDS.test(before) : !inPath))
  );
}

/** `url` with the value of each query parameter that names a secret as `[redacted]`. */
export function hideSecretQuery(url: string): string {
  return url.replace(/([?&])([^=&#]*)=([^&#]*)/g, (whole, separator: string, name: string) => {
    let decoded = name;
    try {
      decoded = decodeURIComponent(name.replace(/\+/g, " "));
    } catch {}
    return isSecretName(decoded) ? `${separator}${name}=[redacted]` : whole;
  });
}

/**
 * A header's value as shown: hidden when its name names a secret, keeping a credential's scheme
 * (`Bearer [redacted]`, Discord's `Bot [redacted]`) so that what was sent can still be told.
 */
export function shownHeader(name: string, value: string): string {
  return isSecretName(name)
    ? `${/^(?:basic|bearer|bot|digest|token) /i.exec(value)?.[0] ?? ""}[redacted]`
    : value;
}

/**
 * The values of the parameters a call gives that are named as secrets (api.video's
 * `uploadToken` in the path, a `client_secret` query, Slack's `token` header): hidden wherever
 * the key is, in the URL shown and in an error's message and body where a server echoed one.
 */
export const secretParameterValues = spec.usesParameters
  ? (op: Operation, request: unknown): string[] =>
      (op.parameters ?? []).flatMap((p) => {
        const value = isPlainObject(request) ? own(request, p.sdk) : undefined;
        return isSecretName(p.name, p.in === "path") && value != null ? [String(value)] : [];
      })
  : undefined;

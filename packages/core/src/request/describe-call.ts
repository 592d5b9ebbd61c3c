import type { APICall } from "../generated/contract.js";
import type { Exchange } from "./attempt.js";
import * as spec from "../generated/schemas.js";
import { hideKey } from "./hide-key.js";
import { hideSecretQuery, shownHeader } from "./secret-parameters.js";

/**
 * Credentials to cut out of what is shown, the longest first (one holding another goes whole).
 * Each is cut out in turn, so one of a few characters (a client id `c`, a version) would also
 * be cut out of the markers left for the others (`[reda[redacted]ted]`) and of every word: like
 * a short key, it is no secret, and `hideKey` leaves it alone.
 */
export const longestFirst =
  spec.usesOtherAuth || spec.usesCredentialSets || spec.usesServerVariables || spec.usesParameters
    ? (secrets: readonly string[]): string[] => [...secrets].sort((a, b) => b.length - a.length)
    : undefined;

/**
 * The answer's `url` is where the request went (after redirects), with what the spec puts in
 * URLs: a query key, a server variable's secret (Telegram's bot token), a secret path or query
 * parameter. It is shown as the request is, the longest secret first, on the `Response` itself:
 * `$inspect().response` and an error's `rawResponse` are that one object. (A transport whose
 * `url` cannot be redefined keeps its own.)
 */
export const hideAnswerURL =
  spec.usesOtherAuth || spec.usesCredentialSets || spec.usesServerVariables || spec.usesParameters
    ? (response: Response, secrets: readonly (string | undefined)[]): void => {
        let url = spec.usesParameters ? hideSecretQuery(response.url) : response.url;
        for (const secret of longestFirst!(secrets.filter((s): s is string => !!s)))
          url = hideKey(url, secret);
        try {
          if (url !== response.url)
            Object.defineProperty(response, "url", {
              value: url,
              enumerable: true,
              configurable: true,
            });
        } catch {}
      }
    : undefined;

/**
 * The exchange as `$inspect()` reports it. The request handed back is a copy of the one sent,
 * without its body (sent already, perhaps from a one-shot stream) and with the key hidden, so
 * that logging what `$inspect()` returns cannot leak the key; with parameters, the values of
 * those named as secrets (a `token` header, a `client_secret` query) are hidden too.
 */
export function describeCall({ request, response }: Exchange, key: string | undefined): APICall {
  if (!request) return { status: "invalid" };
  const hide = (text: string) => (key ? hideKey(text, key) : text);
  const shown = new Request(
    hide(spec.usesParameters ? hideSecretQuery(request.url) : request.url),
    {
      method: request.method,
      headers: [...request.headers].map(([name, value]): [string, string] => [
        name,
        hide(spec.usesParameters ? shownHeader(name, value) : value),
      ]),
    },
  );
  return response
    ? { status: "complete", request: shown, response }
    : { status: "request-error", request: shown };
}

import type { APICall } from "../generated/contract.js";
import type { Exchange } from "./attempt.js";
import * as spec from "../generated/schemas.js";
import { hideKey } from "./hide-key.js";
import { hideSecretQuery, shownHeader } from "./secret-parameters.js";

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

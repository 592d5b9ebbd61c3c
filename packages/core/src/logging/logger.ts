import * as spec from "../generated/schemas.js";
import { hideKey } from "../request/hide-key.js";
import { hideSecretQuery } from "../request/secret-parameters.js";

/**
 * Where debug lines go: `console` fits, as does any logger with a `debug` method, or the
 * official SDK's `Logger` (`log`, `group`, `groupEnd`).
 */
export type Logger =
  | { debug(message: string, ...details: unknown[]): void }
  | {
      log(message: string, ...details: unknown[]): void;
      group?(label?: string): void;
      groupEnd?(): void;
    };

/**
 * `logger` when given, else the console when the environment says `ORQ_LOG=debug` (or, as for
 * the official SDK, `ORQ_DEBUG=true`).
 */
export function pickLogger(
  logger: Logger | undefined,
  env: ((name: string) => string | undefined) | undefined,
): Logger | undefined {
  return (
    logger ??
    (/^debug$/i.test(env?.("ORQ_LOG") as string) || /^true$/i.test(env?.("ORQ_DEBUG") as string)
      ? console
      : undefined)
  );
}

/**
 * One line per attempt: method, URL, status (or the error's name), attempt, duration. Never
 * headers, never bodies: the API key is in one and the caller's images are in the other.
 */
export function logAttempt(
  logger: Logger | undefined,
  call: {
    operation: string;
    url: string;
    init: { method: string };
    secret?: string | undefined;
    hidden?: readonly string[] | undefined;
  },
  attempt: number,
  ms: number,
  outcome: number | string,
): void {
  // URLs may carry credentials (`https://user:pass@host`, `?api_key=…`, a query key the spec's
  // security scheme asks for): they are cut out. (Only a spec with parameters or query keys makes
  // query strings.)
  let url = (
    spec.usesOtherAuth && call.secret
      ? call.url.split(encodeURIComponent(call.secret)).join("[redacted]")
      : call.url
  ).replace(/\/\/[^/@]*@/, "//");
  // (Server variables and path parameters named as secrets: Telegram's bot token, api.video's
  // upload token.)
  if (spec.usesServerVariables || spec.usesParameters)
    for (const secret of call.hidden ?? []) url = hideKey(url, secret);
  // A logger that throws must not turn a call the server has carried out into a failure, which
  // the caller would retry (an image edit made and billed twice).
  try {
    logger &&
      ("debug" in logger ? logger.debug : logger.log).call(
        logger,
        `[orq] ${call.init.method} ${
          spec.usesParameters ? hideSecretQuery(url) : url
        } → ${outcome} (${call.operation}, attempt ${attempt}, ${ms} ms)`,
      );
  } catch {}
}

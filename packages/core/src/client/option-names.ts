import { ValidationError } from "../errors/validation-error.js";
import { serverVariables } from "../generated/schemas.js";
import type { OrqOptions } from "./options.js";

/**
 * The client's options, as `OrqOptions` names them (the generator's `CLIENT_OPTIONS` lists them
 * too, for server variables to leave alone: a test keeps the two equal).
 */
export const OPTION_NAMES = [
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
] satisfies (keyof OrqOptions)[];

/**
 * Refuses a client option whose name is one of ours written another way (`serverUrl`,
 * `apikey`, `timeout_ms`), which would otherwise be ignored without a word: with `serverUrl`,
 * calls meant for a mock or a proxy went to the real API, with the real key. Other names are
 * left alone. Runtime packages pass it as their runtime's `checkOptions`.
 */
export function refuseMisspeltOptions(options: object): void {
  // (And those of the spec's server variables: `Region` for `region`.)
  const known = [...OPTION_NAMES, ...Object.keys(serverVariables)];
  for (const name of Object.keys(options)) {
    const meant = known.find(
      (known) => known !== name && known.toLowerCase() === name.replace(/[_-]/g, "").toLowerCase(),
    );
    if (meant)
      throw new ValidationError("new Orq()", [
        { path: name, message: `${name} is not an option: did you mean ${meant}?` },
      ]);
  }
}

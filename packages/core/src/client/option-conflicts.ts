import { ValidationError } from "../errors/validation-error.js";
import type { OrqOptions } from "./options.js";

/**
 * Refuses a `fetch` and an `httpClient` given together. The `fetch` carries the calls, so the
 * `httpClient`'s hooks (a proxy's `beforeRequest`, a `response` logger) never ran, without a
 * word. An `HTTPClient` takes the fetch itself (`new HTTPClient({ fetcher })`). Part of
 * `checkClientOptions`.
 */
export function refuseConflictingOptions(options: OrqOptions): void {
  if (options.fetch && options.httpClient)
    throw new ValidationError("new Orq()", [
      {
        path: "httpClient",
        message:
          "httpClient and fetch are both given: give one, since the fetch would carry every " +
          "call and the httpClient's hooks would never run (new HTTPClient({ fetcher }) takes " +
          "the fetch)",
      },
    ]);
}

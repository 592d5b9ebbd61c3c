import { refuseConflictingOptions } from "./option-conflicts.js";
import { refuseMisspeltOptions } from "./option-names.js";
import { refuseRelativeServer, refuseUnknownServerIndex } from "./server-options.js";
import type { OrqOptions } from "./options.js";

/**
 * What Node and Deno check of a client's options, as their runtime's `checkOptions`: a name
 * written another way (`serverUrl`), options that cannot go together (a `fetch` beside an
 * `httpClient`), a `serverIdx` that picks no server, and no `serverURL` where the spec's server
 * has no host. Browser bundles leave it out, for their size.
 */
export function checkClientOptions(options: OrqOptions): void {
  refuseMisspeltOptions(options);
  refuseConflictingOptions(options);
  refuseUnknownServerIndex(options);
  refuseRelativeServer(options);
}

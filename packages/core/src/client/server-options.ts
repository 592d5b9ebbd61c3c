import { ValidationError } from "../errors/validation-error.js";
import { serverList } from "../generated/schemas.js";
import type { OrqOptions } from "./options.js";

/**
 * Refuses a `serverIdx` that picks none of the spec's servers (`serverList`), which would
 * otherwise send every call somewhere the caller did not choose. Node and Deno run it for every
 * spec (`checkClientOptions`); the client runs it for specs with several servers, the only ones
 * where it reads `serverIdx`, so browser bundles of one-server specs leave it out.
 */
export function refuseUnknownServerIndex({ serverIdx }: OrqOptions): void {
  // (`null` from JavaScript is none, as the official SDK reads it.)
  if (
    serverIdx != null &&
    !(Number.isInteger(serverIdx) && serverIdx >= 0 && serverIdx < serverList.length)
  )
    throw new ValidationError("new Orq()", [
      {
        path: "serverIdx",
        message: `serverIdx must be ${serverList.length > 1 ? `an index of the spec's servers, 0 to ${serverList.length - 1}` : "0, the spec's one server"} (got ${typeof serverIdx === "string" ? JSON.stringify(serverIdx) : String(serverIdx)})`,
      },
    ]);
}

/**
 * Refuses a client with no `serverURL` where the spec's server is a path with no host
 * (`servers: [{ url: /api/v3 }]`, or no servers at all: the spec's own origin) and nothing gives
 * one to resolve it against: a page resolves it against its own address, but Node, and Deno
 * without `--location`, have none. The call failed later as if the caller's `serverURL` were
 * wrong, when none was given. Part of `checkClientOptions`.
 */
export function refuseRelativeServer({ serverURL, serverIdx }: OrqOptions): void {
  const server = serverList[serverIdx ?? 0];
  if (
    serverURL === undefined &&
    server !== undefined &&
    !/^[a-z][a-z\d+.-]*:/i.test(server) &&
    !globalThis.location
  )
    throw new ValidationError("new Orq()", [
      {
        path: "serverURL",
        message: `serverURL is needed: the spec's server is ${JSON.stringify(server)}, a path with no host (give the whole URL, e.g. "https://api.example.com${server === "/" ? "" : server}")`,
      },
    ]);
}

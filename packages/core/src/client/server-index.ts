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
  if (
    serverIdx !== undefined &&
    !(Number.isInteger(serverIdx) && serverIdx >= 0 && serverIdx < serverList.length)
  )
    throw new ValidationError("new Orq()", [
      {
        path: "serverIdx",
        message: `serverIdx must be ${serverList.length > 1 ? `an index of the spec's servers, 0 to ${serverList.length - 1}` : "0, the spec's one server"} (got ${String(serverIdx)})`,
      },
    ]);
}

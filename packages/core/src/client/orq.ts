import type { Operation } from "../generated/contract.js";
import { resources, type Resources } from "../generated/resources.js";
import type { OrqOptions, RequestOptions } from "./options.js";
import { OrqCore } from "./orq-core.js";
import type { Runtime } from "./runtime.js";

/**
 * The client with every operation as a method: `orq.router.images.edits.create(request)`.
 * Methods resolve to the response, or throw one of the SDK's errors.
 */
export class Orq extends OrqCore {
  constructor(options: OrqOptions = {}, runtime?: Runtime) {
    super(options, runtime);
    Object.assign(this, bind(this, resources));
  }
}
// The methods are built at run time from the generated table; this gives them their types.
export interface Orq extends Resources<RequestOptions> {}

type Table = { readonly [name: string]: Table | Operation };

/** Walks the generated resource table and makes each operation a method of the client. */
function bind(core: OrqCore, table: Table): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, entry] of Object.entries(table)) {
    out[name] =
      typeof (entry as Operation).operationId === "string"
        ? async (request: unknown, options?: RequestOptions) => {
            const result = await core.callOperation(entry as Operation, request, options);
            if (result.ok) return result.value;
            throw result.error;
          }
        : bind(core, entry as Table);
  }
  return out;
}

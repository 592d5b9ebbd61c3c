import type { Operation } from "../generated/contract.js";
import { resources, type Resources } from "../generated/resources.js";
import * as spec from "../generated/schemas.js";
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

/**
 * Walks the generated resource table and makes each operation a method of the client. An
 * operation with neither parameters nor a body takes its options first (`orq.models.list({
 * timeoutMs })`), as the official SDK's do and as its generated type says. One whose spec asks
 * for it takes its request's keys one by one (`agents.update(requestBody, agentKey, options)`),
 * put back together here; one left out is not sent.
 */
export function bind(core: OrqCore, table: Table): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, entry] of Object.entries(table)) {
    const op = entry as Operation;
    const takesRequest = !!(op.parameters?.length || op.requestBody);
    out[name] =
      typeof op.operationId === "string"
        ? async (...args: unknown[]) => {
            // (`list(undefined, options)`, from JavaScript, is read as meant.)
            const [request, options] = (
              spec.usesPositionalArguments && op.positional
                ? [
                    Object.fromEntries(
                      op.positional.flatMap((key, i) =>
                        args[i] === undefined ? [] : [[key, args[i]]],
                      ),
                    ),
                    args[op.positional.length],
                  ]
                : takesRequest
                  ? args
                  : [undefined, args[1] ?? args[0]]
            ) as [unknown, RequestOptions | undefined];
            const result = await core.callOperation(op, request, options);
            if (result.ok) return result.value;
            throw result.error;
          }
        : bind(core, entry as Table);
  }
  return out;
}

import type { Operation } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";
import { pagePromise } from "../pagination/page-promise.js";
import type { RequestOptions } from "./options.js";
import type { OrqCore } from "./orq-core.js";

type Table = { readonly [name: string]: Table | Operation };

/**
 * Walks the generated resource table and makes each operation a method of the client. An
 * operation with neither parameters nor a body takes its options first (`orq.models.list({
 * timeoutMs })`), as the official SDK's do and as its generated type says. One whose spec asks
 * for it takes its request's keys one by one (`agents.update(requestBody, agentKey, options)`),
 * put back together here; one left out is not sent. A list's method also walks its pages
 * (`PagePromise`).
 */
export function bindMethods(core: OrqCore, table: Table): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, entry] of Object.entries(table)) {
    const op = entry as Operation;
    const takesRequest = !!(op.parameters?.length || op.requestBody);
    out[name] =
      typeof op.operationId === "string"
        ? (...args: unknown[]) => {
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
            const call = async (request: unknown) => {
              const result = await core.callOperation(op, request, options);
              if (result.ok) return result.value;
              throw result.error;
            };
            const first = call(request);
            // A list's method walks its pages too, with the call's options (`for await`).
            return spec.usesPagination && op.pagination
              ? pagePromise(
                  op.sdkName,
                  op.pagination,
                  request as Record<string, unknown> | undefined,
                  first,
                  call,
                )
              : first;
          }
        : bindMethods(core, entry as Table);
  }
  return out;
}

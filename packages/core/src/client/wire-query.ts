import type { WireCall } from "../generated/contract.js";
import { encodeReserved, percentEncode, writeStyle } from "../request/write-style.js";

/**
 * The query string `createOrqClient` sends for an operation: each parameter written in the
 * spec's style, as the typed client writes it (`writeStyle`), where openapi-fetch writes every
 * list exploded (`IDs=a&IDs=b` for Xero's `explode: false` `IDs=a,b`) and every object as a
 * `deepObject`, whatever the spec says. `undefined` for a spec without parameters, which keeps
 * openapi-fetch's.
 */
export function wireQuery(
  query: WireCall["query"],
): ((values: Record<string, unknown>) => string) | undefined {
  if (!writeStyle) return undefined;
  return (values) =>
    Object.entries(values ?? {})
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => {
        const how = query?.[name] ?? {};
        return writeStyle!(
          name,
          how.content === "json" ? JSON.stringify(value) : how.content ? String(value) : value,
          how,
          "form",
          "&",
          (how.allowReserved && encodeReserved) || percentEncode!,
        );
      })
      .filter(Boolean)
      .join("&");
}

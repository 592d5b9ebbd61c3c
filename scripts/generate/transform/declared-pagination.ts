import { deref, isObject, type Document, type Json } from "../document.js";
import { propertyNames } from "../names.js";
import type { CollectedParameter } from "./collect-operations.js";
import { objectProperties } from "./multipart-encoding.js";
import type { Pagination } from "../templates/contract.js";

// Speakeasy's `x-speakeasy-pagination` (Mistral's spec, and others made for Speakeasy's SDKs):
// the spec saying how an operation pages, which wins over reading it from names. Its `cursor`
// type takes `outputs.nextCursor` (`$.next_page_token`, or the last item's field,
// `$.data[-1].id`); `offsetLimit` an `offset` or `page` input, up to `outputs.numPages`. Inputs
// in the body and the `url` type are not walked: the client's walk sets query parameters only.

/** What `x-speakeasy-pagination` says, as a `Pagination`; `null` where it says what is not walked. */
export function declaredPagination(
  doc: Document,
  declared: Json | undefined,
  parameters: readonly CollectedParameter[],
  answer: Json,
  firstPage: (schema: Json | undefined) => number,
): Pagination | null | undefined {
  if (!isObject(declared)) return undefined;
  const inputs = Array.isArray(declared.inputs) ? declared.inputs.filter(isObject) : [];
  const outputs = isObject(declared.outputs) ? declared.outputs : {};
  const input = inputs.find((i) => ["cursor", "offset", "page"].includes(String(i.type)));
  const param = parameters.find(
    (p) => p.in === "query" && input?.in === "parameters" && p.name === input.name,
  );
  const results = sdkPath(doc, answer, outputs.results);
  if (!param || !results || results.last) return null;
  const items = results.path;
  if (declared.type === "cursor" && input!.type === "cursor") {
    const next = sdkPath(doc, answer, outputs.nextCursor);
    if (!next) return null;
    // `$.data[-1].id`: the last item's field, as an `after` walk takes it.
    if (next.last)
      return next.path.join(".") === items.join(".") && next.key
        ? { kind: "after", param: param.sdk, items, ...(next.key !== "id" && { key: next.key }) }
        : null;
    return { kind: "cursor", param: param.sdk, items, next: next.path };
  }
  if (declared.type === "offsetLimit" && input!.type !== "cursor") {
    const total = sdkPath(doc, answer, outputs.numPages);
    if (input!.type === "offset") return { kind: "offset", param: param.sdk, items };
    const first = firstPage(param.schema);
    return {
      kind: "page",
      param: param.sdk,
      items,
      ...(total && !total.last && { total: total.path }),
      ...(first !== 1 && { first }),
    };
  }
  return null;
}

/**
 * A JSONPath of wire names (`$.data.next_page_token`, `$.data[-1].id`) in SDK names: the path
 * up to a `[-1]` (the last item of that list), and the item's field after it (`key`).
 */
function sdkPath(
  doc: Document,
  answer: Json,
  written: Json | undefined,
): { path: string[]; last?: true; key?: string } | undefined {
  if (typeof written !== "string") return undefined;
  const steps = written.match(/^\$((?:\.[^.[\]]+|\[-1\])*)$/)?.[1];
  if (steps === undefined) return undefined;
  const path: string[] = [];
  const parts = steps.match(/\.[^.[\]]+|\[-1\]/g) ?? [];
  let schema: Json | undefined = answer;
  for (const [i, step] of parts.entries()) {
    if (step === "[-1]") {
      // (The last item's field: one name after `[-1]`, the path's end.)
      const list = deref(doc, schema);
      const key = parts[i + 1];
      if (!isObject(list) || !key || key === "[-1]" || i + 2 !== parts.length) return undefined;
      const properties = objectProperties(doc, list.items);
      const wire = key.slice(1);
      if (!Object.hasOwn(properties, wire)) return undefined;
      return { path, last: true, key: propertyNames(Object.keys(properties)).get(wire)! };
    }
    const properties = objectProperties(doc, schema);
    const wire = step.slice(1);
    if (!Object.hasOwn(properties, wire)) return undefined;
    path.push(propertyNames(Object.keys(properties)).get(wire)!);
    schema = properties[wire];
  }
  return { path };
}

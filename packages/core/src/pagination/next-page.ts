import type { Pagination } from "../generated/contract.js";
import { OrqError } from "../errors/orq-error.js";

/** The value at a path of SDK names in an answer; `[]` is the answer. */
export function valueAt(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (at, key) =>
      at !== null && typeof at === "object" ? (at as Record<string, unknown>)[key] : undefined,
    value,
  );
}

/**
 * The request for the page after `answer` (the answer to `request`): the request again, its
 * pagination parameter set to what the answer says comes next; `undefined` after the last page.
 * The last page is the one that is empty, says `more` is false, or reaches the `total`; one that
 * would ask for what was just asked for (a server that ignores the parameter) is last too, not a
 * loop.
 */
export function nextPageRequest(
  sdkName: string,
  p: Pagination,
  request: Record<string, unknown> | undefined,
  answer: unknown,
): Record<string, unknown> | undefined {
  const items = valueAt(answer, p.items);
  if (!Array.isArray(items) || !items.length) return undefined;
  const more = p.more && valueAt(answer, p.more);
  if (more === false) return undefined;
  const sent = request?.[p.param];
  const total = p.total && valueAt(answer, p.total);
  let next: unknown;
  if (p.kind === "page") {
    const first = p.first ?? 1;
    const page = typeof sent === "number" ? sent : first;
    if (typeof total === "number" && page - first + 1 >= total) return undefined;
    next = page + 1;
  } else if (p.kind === "offset") {
    next = (typeof sent === "number" ? sent : 0) + items.length;
    if (typeof total === "number" && (next as number) >= total) return undefined;
  } else {
    next = valueAt(p.next ? answer : items[items.length - 1], p.next ?? [p.key ?? "id"]);
  }
  if (next === undefined || next === null || next === "") {
    // The page says more follow and gives nothing to ask for them by: stopping here would look
    // like the end of the list.
    if (more === true)
      throw new OrqError(
        `${sdkName}: the page says more follow (\`${p.more!.join(".")}\`), but has no \`${(p.next ?? [p.key ?? "id"]).join(".")}\` to ask for them by (\`${p.param}\`)`,
      );
    return undefined;
  }
  return next === sent ? undefined : { ...request, [p.param]: next };
}

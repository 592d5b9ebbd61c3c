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

/** A page number or offset as given: a number, or the text of one (Letta's `offset: "3"`). */
function count(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  return typeof value === "string" && value.trim() && isFinite(+value) ? +value : undefined;
}

/**
 * The request for the page after `answer` (the answer to `request`): the request again, its
 * pagination parameter set to what the answer says comes next; `undefined` after the last page.
 * The last page is the one that is empty, says `more` is false, or reaches the `total`; one that
 * would ask for what was just asked for (a server that ignores the parameter) is last too, not a
 * loop. A call that gives the parameter of the other way (`endingBefore`) walks that way: never
 * both, which APIs refuse.
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
  // (`more` is a boolean, or a page walk's link to the next page: `null` after the last.)
  if (more === false || more === null || more === "") return undefined;
  const back = p.before !== undefined && request?.[p.before] != null;
  const param = back ? p.before! : p.param;
  const sent = request?.[param];
  const total = p.total && valueAt(answer, p.total);
  let next: unknown;
  let field: readonly string[] = [];
  if (p.kind === "page" || p.kind === "offset") {
    const at = sent == null ? (p.kind === "page" ? (p.first ?? 1) : 0) : count(sent);
    // (A value that is no number cannot be counted on from: the walk ends with its page.)
    if (at === undefined) return undefined;
    const after = at + (p.kind === "page" ? 1 : items.length);
    const read = p.kind === "page" ? at - (p.first ?? 1) + 1 : after;
    if (typeof total === "number" && read >= total) return undefined;
    next = after;
  } else {
    // The answer's cursor for the way walked, else the first (back) or last item's id.
    const cursor = back ? p.prev : p.next;
    field = cursor ?? [p.key ?? "id"];
    next = valueAt(cursor ? answer : items[back ? 0 : items.length - 1], field);
  }
  if (next === undefined || next === null || next === "") {
    // The page says more follow and gives nothing to ask for them by: stopping here would look
    // like the end of the list.
    if (more === true)
      throw new OrqError(
        `${sdkName}: the page says more follow (\`${p.more!.join(".")}\`), but has no \`${field.join(".")}\` to ask for them by (\`${param}\`)`,
      );
    return undefined;
  }
  return next === sent ? undefined : { ...request, [param]: next };
}

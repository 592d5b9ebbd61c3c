import type { PagePromise, Pagination } from "../generated/contract.js";
import { nextPageRequest, valueAt } from "./next-page.js";

/**
 * A list method's promise of its first page, made to walk the rest as well: `for await` over it
 * yields each item, `pages()` each page. A next page is asked for (by `fetchPage`, with the same
 * call options) only when the loop reaches it, and a loop left early asks for no more.
 */
export function pagePromise<Page>(
  sdkName: string,
  pagination: Pagination,
  request: Record<string, unknown> | undefined,
  first: Promise<Page>,
  fetchPage: (request: Record<string, unknown>) => Promise<Page>,
): PagePromise<Page, unknown> {
  async function* pages(): AsyncGenerator<Page> {
    let [sent, page] = [request, await first];
    for (;;) {
      yield page;
      const next = nextPageRequest(sdkName, pagination, sent, page);
      if (!next) return;
      [sent, page] = [next, await fetchPage(next)];
    }
  }
  async function* items(): AsyncGenerator<unknown> {
    for await (const page of pages()) {
      const list = valueAt(page, pagination.items);
      if (Array.isArray(list)) yield* list;
    }
  }
  return Object.assign(first, { pages, [Symbol.asyncIterator]: items });
}

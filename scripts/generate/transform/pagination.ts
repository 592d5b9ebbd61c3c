import {
  componentName,
  deref,
  isObject,
  type Document,
  type Json,
  type JsonObject,
} from "../document.js";
import { propertyNames, squeezed as bare } from "../names.js";
import type { Pagination } from "../templates/contract.js";
import { PAGE_ITEMS } from "./answer-shapes.js";
import type { CollectedParameter } from "./collect-operations.js";
import { JSON_TYPE } from "./media-type-names.js";
import { declaredPagination } from "./declared-pagination.js";
import { branchesOf, objectProperties } from "./multipart-encoding.js";
import { typeList } from "./schema-nodes.js";

// Which list operations the client can walk page by page (`for await (const item of
// orq.evals.all())`), and how: read from the names the spec gives a list's query parameters and
// its answer's fields, as no OpenAPI keyword says it. The four ways APIs page, each by the
// parameter the next page is asked for by:
// - `after`: the last item's id (`starting_after`, `after`; orq, Stripe's and OpenAI's style),
//   or a cursor the answer gives (`last_cursor`, `next`); a call that gives the other way's
//   parameter (`ending_before`) walks back, by the first item's id (or the answer's `first_id`);
// - `cursor`: a token the answer gives (`cursor` → `next_cursor`, `page_token` →
//   `next_page_token`);
// - `page`: the next page number (`page`), up to a page count the answer may give;
// - `offset`: how many items came before (`offset`, `skip`), up to a total the answer may give.
// A field the answer may give (`has_more`, `hasNextPage`) says whether there is more in all four.
// Where the parameter is there but the answer gives nothing to fill it with (Twilio's
// `PageToken`, whose next page comes as a URL), the operation is not walked: a guess would
// repeat a page, or stop after the first and look complete. What is found is written into the
// operation's table as the contract's `Pagination`, in SDK names.

const AFTER = new Set(["startingafter", "after", "afterid", "aftercursor"]);
const BEFORE = new Set(["endingbefore", "before", "beforeid", "beforecursor"]);
const CURSOR = new Set([
  "cursor",
  "pagetoken",
  "pagecursor",
  "startcursor",
  "nexttoken",
  "nextcursor",
  "nextpagetoken",
  "continuationtoken",
]);
const PAGE = new Set(["page", "pagenumber", "pagenum", "pageno", "pageindex", "currentpage"]);
const OFFSET = new Set(["offset", "skip"]);

/** Answer fields, by kind of value. */
const MORE = new Set(["hasmore", "hasnext", "hasnextpage", "more"]);
// (In order: the first one the answer has. `next` and `cursor` last, and only where they are no
// URL: Novu's `next` is "the cursor for the next page", DRF's the next page's URL.)
const NEXT = [
  "nextcursor",
  "nextpagetoken",
  "nexttoken",
  "nextpagecursor",
  "continuationtoken",
  "lastid",
  "lastcursor",
  "next",
];
/**
 * A next page's link or number (DRF's `next` URL), which a page or offset walk does not follow
 * but reads as `more`: `null` on the last page (DRF answers the page after it with a 404).
 */
const NEXT_PAGE = new Set([
  "next",
  "nextpage",
  "nextpageurl",
  "nexturl",
  "nextlink",
  "nextpageuri",
]);
const PREV = ["firstid", "firstcursor", "prevcursor", "previouscursor", "previous", "prev"];
const TOTAL_PAGES = new Set([
  "totalpages",
  "totalpage",
  "numpages",
  "nbpages",
  "pagecount",
  "lastpage",
]);
// (`count` only where it says it is the total: an answer's `count` is as often the items of this
// page, and a total read from it would stop the walk after one page, looking complete.)
const TOTAL_ITEMS = new Set([
  "total",
  "totalcount",
  "totalsize",
  "totalresults",
  "totalitems",
  "count",
]);

/**
 * How an operation walks its pages, or nothing: as its `x-speakeasy-pagination` says; else, for
 * a GET, its answer a JSON list or an object holding one, and a query parameter the answer
 * gives the next value of.
 */
export function paginationOf(
  doc: Document,
  method: string,
  parameters: readonly CollectedParameter[],
  response: { mediaType: string; schema?: Json; stream?: unknown; lines?: unknown } | undefined,
  /** The operation's `x-speakeasy-pagination`, which wins over names (any method). */
  declared?: Json,
): Pagination | undefined {
  if (!response || response.stream || response.lines) return undefined;
  if (!JSON_TYPE.test(response.mediaType)) return undefined;
  const answer = deref(doc, response.schema);
  if (!isObject(answer)) return undefined;
  const said = declaredPagination(doc, declared, parameters, answer, (s) => firstPage(doc, s));
  if (said !== undefined) return said ?? undefined;
  if (method !== "get") return undefined;
  const query = parameters.filter((p) => p.in === "query");
  const named = (names: Set<string>) => query.find((p) => names.has(bare(p.name)));
  const fields = answerFields(doc, answer);
  if (!fields) return undefined;
  const { items, itemSchema } = fields;
  const more = fields.find(MORE, "boolean");

  const after = named(AFTER);
  if (after && takesItem(doc, after, more)) {
    const next = fields.cursor(NEXT);
    const key = idOf(doc, itemSchema, after.description);
    if (!next && !key) return undefined;
    const before = named(BEFORE);
    const prev = before && fields.cursor(PREV);
    return shape({
      kind: "after",
      param: after.sdk,
      items,
      next,
      key: next || key === "id" ? undefined : key,
      more,
      // (Walking back needs the first item's cursor: the answer's, or its id.)
      before: before && (prev || !next) && takesItem(doc, before, more) ? before.sdk : undefined,
      prev: before ? prev : undefined,
    });
  }
  const cursor = named(CURSOR);
  if (cursor) {
    const param = bare(cursor.name);
    const next = fields.cursor([`next${param.replace(/^(start|next)/, "")}`, ...NEXT, "cursor"]);
    return next && shape({ kind: "cursor", param: cursor.sdk, items, next, more });
  }
  // A page token beside a page number (Twilio's `PageToken`): the number alone is not enough.
  if (query.some((p) => /token|cursor/i.test(p.name))) return undefined;
  const nextPage = () => more ?? fields.find(NEXT_PAGE, "string");
  const page = named(PAGE);
  if (page && isNumber(doc, page.schema)) {
    const total = fields.find(TOTAL_PAGES, "number");
    const first = firstPage(doc, page.schema);
    return shape({
      kind: "page",
      param: page.sdk,
      items,
      more: nextPage(),
      total,
      first: first === 1 ? undefined : first,
    });
  }
  const offset = named(OFFSET);
  if (offset && isNumber(doc, offset.schema)) {
    const total = fields.find(
      TOTAL_ITEMS,
      "number",
      (name, schema) => name !== "count" || /\btotal\b/i.test(descriptionOf(doc, schema)),
    );
    return shape({ kind: "offset", param: offset.sdk, items, more: nextPage(), total });
  }
  return undefined;
}

/**
 * Whether an `after` parameter takes an item's place in the list, not a time (Mailgun's
 * `after`: "events emitted after a given timestamp"): named so in full (`starting_after`), or
 * beside a `has_more`, or said to be a cursor; never a date.
 */
function takesItem(doc: Document, p: CollectedParameter, more: string[] | undefined): boolean {
  const schema = deref(doc, p.schema);
  const text = p.description ?? descriptionOf(doc, schema);
  if (isObject(schema) && typeof schema.format === "string" && /date|time/i.test(schema.format))
    return false;
  if (/timestamp|\bdate|\btime\b/i.test(text)) return false;
  return bare(p.name) === "startingafter" || !!more || /cursor|paginat|\bpage\b|\bid\b/i.test(text);
}

/** The pagination without its absent fields, for the table. */
function shape(p: Pagination): Pagination {
  return Object.fromEntries(
    Object.entries(p).filter(([, v]) => v !== undefined),
  ) as unknown as Pagination;
}

/**
 * The answer's list (the answer itself, its one array field, or the one a page's name names;
 * else such a list one object down, Novu's `{ data: { data: [...], next } }`), its items'
 * schema, and lookups of its other fields by bare name, at its top or one object below
 * (`pagination.has_more`, `page_info.total_page`): SDK paths.
 */
function answerFields(doc: Document, answer: JsonObject) {
  const list = (s: Json | undefined) => {
    const d = deref(doc, s);
    return isObject(d) && (typeList(d).includes("array") || d.items !== undefined) ? d : undefined;
  };
  const found: { path: string[]; name: string; schema: Json }[] = [];
  const walk = (schema: Json, path: string[], depth: number) => {
    const properties = objectProperties(doc, schema);
    const names = propertyNames(Object.keys(properties));
    for (const [wire, property] of Object.entries(properties)) {
      const at = [...path, names.get(wire)!];
      found.push({ path: at, name: bare(wire), schema: property });
      const d = deref(doc, property);
      if (depth === 0 && isObject(d) && !list(d) && Object.keys(objectProperties(doc, d)).length)
        walk(d, at, 1);
    }
  };
  /** The one list among fields (or the one under a page's name for it). */
  const theList = (fields: typeof found) => {
    const lists = fields.filter((f) => list(f.schema));
    const pick = lists.length === 1 ? lists : lists.filter((f) => PAGE_ITEMS.test(f.name));
    return pick.length === 1 ? pick[0] : undefined;
  };
  let items: string[];
  let itemSchema: Json | undefined;
  if (list(answer)) {
    items = [];
    itemSchema = list(answer)!.items;
  } else {
    walk(answer, [], 0);
    const top = found.filter((f) => f.path.length === 1);
    const below = top.filter((f) => !list(f.schema));
    const pick =
      theList(top) ??
      (below.length === 1
        ? theList(found.filter((f) => f.path.length === 2 && f.path[0] === below[0]!.path[0]))
        : undefined);
    if (!pick) return undefined;
    items = pick.path;
    itemSchema = list(pick.schema)!.items;
  }
  const byDepth = [...found].sort((a, b) => a.path.length - b.path.length);
  const find = (
    names: ReadonlySet<string>,
    type: "string" | "number" | "boolean",
    accept: (name: string, schema: Json) => boolean = () => true,
  ): string[] | undefined =>
    byDepth.find((f) => names.has(f.name) && holds(doc, f.schema, type) && accept(f.name, f.schema))
      ?.path;
  return {
    items,
    itemSchema,
    /** The first field (top level first) of one of `names` whose value may be of `type`. */
    find,
    /** The first text field of `names`, in their order, that is no URL. */
    cursor(names: readonly string[]): string[] | undefined {
      for (const name of names) {
        const path = find(new Set([name]), "string", (_, schema) => !isUrl(doc, schema));
        if (path) return path;
      }
      return undefined;
    },
  };
}

/** Whether a field holds a URL (DRF's `next`), by its format or its description. */
function isUrl(doc: Document, schema: Json): boolean {
  const s = deref(doc, schema);
  if (isObject(s) && typeof s.format === "string" && /^(uri|url|iri)/i.test(s.format)) return true;
  return /\b(url|uri|link)\b/i.test(descriptionOf(doc, schema));
}

function descriptionOf(doc: Document, schema: Json | undefined): string {
  const s = deref(doc, schema);
  return isObject(s) && typeof s.description === "string" ? s.description : "";
}

/** Whether a schema's values may be of a type (`number` takes integers), through unions. */
function holds(doc: Document, schema: Json | undefined, type: string): boolean {
  const s = deref(doc, schema);
  if (!isObject(s)) return false;
  const types = typeList(s);
  if (types.some((t) => t === type || (type === "number" && t === "integer"))) return true;
  return branchesOf(s, "oneOf", "anyOf", "allOf").some((b) => holds(doc, b, type));
}

/**
 * The SDK name of the items' field an `after` cursor takes: the one the parameter's description
 * names (orq's "Set to the `alert_id` of the last item"), else `id` (or `_id`, `ID`), else the id
 * named after the item's own schema (orq's `File`'s `file_id`; its `project_id` is another's).
 */
function idOf(doc: Document, itemSchema: Json | undefined, description = ""): string | undefined {
  const wires = Object.keys(objectProperties(doc, itemSchema));
  const names = propertyNames(wires);
  const quoted = [...description.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  const component =
    isObject(itemSchema) && typeof itemSchema.$ref === "string"
      ? componentName(itemSchema.$ref)
      : undefined;
  const own = component === undefined ? undefined : bare(component);
  const wire =
    // (Spelled as the description spells it, in other case or separators: orq's `budget_id`
    // for its answers' `budgetId`.)
    wires.find((w) => quoted.includes(w)) ??
    wires.find((w) => quoted.some((q) => bare(q) === bare(w))) ??
    (wires.includes("id") ? "id" : wires.find((w) => bare(w) === "id")) ??
    wires.find((w) => own !== undefined && bare(w) === `${own}id`);
  return wire === undefined ? undefined : names.get(wire);
}

function isNumber(doc: Document, schema: Json | undefined): boolean {
  return holds(doc, schema, "number");
}

/**
 * The number of a parameter's first page: its default, else its minimum, else 1; looked for in
 * the branches of a nullable union too (Algolia's `oneOf: [{ type: integer, minimum: 0 }, {
 * type: null }]`, FastAPI's `Optional[int] = Query(ge=0)`), or its pages are counted from 1.
 */
function firstPage(doc: Document, schema: Json | undefined): number {
  const s = deref(doc, schema);
  if (!isObject(s)) return 1;
  if (typeof s.default === "number") return s.default;
  if (typeof s.minimum === "number" && s.minimum <= 1) return s.minimum;
  for (const branch of branchesOf(s, "oneOf", "anyOf", "allOf")) {
    const first = holds(doc, branch, "number") ? firstPage(doc, branch) : 1;
    if (first !== 1) return first;
  }
  return 1;
}

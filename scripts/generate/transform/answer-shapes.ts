import { deref, isObject, type Document, type Json, type JsonObject } from "../document.js";
import { camelCase } from "../names.js";
import { JSON_TYPE, SUCCESS } from "./media-type-names.js";
import { objectProperties } from "./multipart-encoding.js";
import { typeList } from "./schema-nodes.js";

// What an operation's first 2XX answer is, as its name reads it: a page of a list, one object,
// one plain value, bytes, or nothing (see `sdkNameOf` in operation-names.ts).

/** The `content` of an operation's first 2XX answer (by status), `{}` when it has none. */
function firstAnswerContent(doc: Document, op: JsonObject): JsonObject {
  const status = firstSuccessStatus(op);
  const response =
    status === undefined ? undefined : deref(doc, (op.responses as JsonObject)[status]);
  return isObject(response) && isObject(response.content) ? response.content : {};
}

/** An operation's first 2XX status key (`"200"`, `"2XX"`), if it has one. */
export function firstSuccessStatus(op: JsonObject): string | undefined {
  return Object.keys(isObject(op.responses) ? op.responses : {})
    .filter((s) => SUCCESS.test(s))
    .sort()[0];
}

/** The schema of an operation's first 2XX answer in JSON, dereferenced; `undefined` for none. */
function firstJsonAnswerSchema(doc: Document, op: JsonObject): Json | undefined {
  const content = firstAnswerContent(doc, op);
  const json = Object.keys(content).find((t) => JSON_TYPE.test(t));
  const media = json === undefined ? undefined : content[json];
  return deref(doc, isObject(media) ? media.schema : undefined);
}

/** Whether an operation's first 2XX answer is a 204 with nothing in it (Svix's health check). */
export function answersNoContent(doc: Document, op: JsonObject): boolean {
  return firstSuccessStatus(op) === "204" && !Object.keys(firstAnswerContent(doc, op)).length;
}

/**
 * Whether an operation's first 2XX JSON answer is one plain value, which no list is: a string,
 * number or boolean (Mistral's signed URL). (Not text, which may be lines of a list.)
 */
export function answersPlainValue(doc: Document, op: JsonObject): boolean {
  const schema = firstJsonAnswerSchema(doc, op);
  const types = isObject(schema) ? typeList(schema) : [];
  return types.length > 0 && types.every((t) => t !== "object" && t !== "array");
}

/**
 * Whether an operation's first 2XX answer is JSON of any shape: a schema that says nothing of it
 * (`{}`, or only its title). (Jina's `GET /health`, `/ready`.)
 */
export function answersAnyJson(doc: Document, op: JsonObject): boolean {
  const content = firstAnswerContent(doc, op);
  if (!Object.keys(content).some((t) => JSON_TYPE.test(t))) return false;
  const schema = firstJsonAnswerSchema(doc, op);
  return (
    schema === undefined ||
    (isObject(schema) &&
      Object.keys(schema).every((key) => key === "title" || key === "description"))
  );
}

/** Whether an operation's first 2XX answer is a file: no JSON, text or events, only bytes. */
export function answersBytes(doc: Document, op: JsonObject): boolean {
  const types = Object.keys(firstAnswerContent(doc, op));
  return types.length > 0 && types.every((t) => !JSON_TYPE.test(t) && !/^text\//i.test(t));
}

/**
 * Whether an operation's first 2XX JSON answer is one object, not a list: an object schema
 * (through `$ref`, `allOf`) none of whose properties is an array (a page's `data: [...]`,
 * `items`, `values` would be). Without such a schema, nothing says so. `flat`: and none is an
 * object either, nor of no type: plain values only, which no page is.
 */
export function answersOneObject(doc: Document, op: JsonObject, flat = false): boolean {
  const schema = firstJsonAnswerSchema(doc, op);
  if (!isObject(schema) || typeList(schema).some((t) => t !== "object")) return false;
  const properties = Object.entries(objectProperties(doc, schema));
  return (
    properties.length > 0 &&
    !properties.some(([name, p]) => {
      if (PAGE_MARKER.test(name)) return true;
      const property = deref(doc, p);
      // `flat`: nothing but plain values (no object, list or union a page could hide in).
      if (flat)
        return (
          !isObject(property) ||
          !typeList(property).length ||
          typeList(property).some((t) => t === "object" || t === "array")
        );
      // A list of its own in an object of few fields (`{ object, data: [...], url }`), or under
      // a page's name: a page. Other lists are the object's own (a dispute's transactions).
      return (
        isObject(property) &&
        (typeList(property).includes("array") || property.items !== undefined) &&
        (properties.length <= 4 || PAGE_ITEMS.test(name))
      );
    })
  );
}

/**
 * Whether an operation's first 2XX JSON answer is an object that says nothing of a page: no
 * paging field (`total`, `next`…), no list under a page's name (`data`, `items`…) or the
 * resource's own (`{ users: [...] }` of `GET /users`).
 */
export function answersUnpagedObject(doc: Document, op: JsonObject, resource: string): boolean {
  const schema = firstJsonAnswerSchema(doc, op);
  if (!isObject(schema) || typeList(schema).some((t) => t !== "object")) return false;
  const properties = Object.entries(objectProperties(doc, schema));
  const own = camelCase(resource).toLowerCase();
  return (
    properties.length > 0 &&
    !properties.some(([name, p]) => {
      const property = deref(doc, p);
      const list =
        isObject(property) &&
        (typeList(property).includes("array") || property.items !== undefined);
      return (
        PAGE_MARKER.test(name) ||
        (list && (PAGE_ITEMS.test(name) || camelCase(name).toLowerCase() === own)) ||
        // (One field that holds more is the answer wrapped, a page maybe: Topaz's history,
        // `{ result: [...] }`; Mistral's `get_dataset_records`, `{ records: { … } }`.)
        (properties.length === 1 &&
          !(isObject(property) && typeList(property).some((t) => t !== "object" && t !== "array")))
      );
    })
  );
}

/**
 * Whether an operation's first 2XX JSON answer is a list, or a page holding one under a page's
 * name for it (`{ items: [...], totalCount }`).
 */
export function answersPage(doc: Document, op: JsonObject): boolean {
  const schema = firstJsonAnswerSchema(doc, op);
  if (!isObject(schema)) return false;
  if (typeList(schema).includes("array")) return true;
  return Object.entries(objectProperties(doc, schema)).some(([name, p]) => {
    const property = deref(doc, p);
    return (
      PAGE_ITEMS.test(name) &&
      isObject(property) &&
      (typeList(property).includes("array") || property.items !== undefined)
    );
  });
}

/** Whether a path's GET answers a page, or it has none. */
export function readsPageOrNothing(doc: Document, path: string): boolean {
  const item = isObject(doc.paths) ? deref(doc, doc.paths[path]) : undefined;
  const get = isObject(item) ? deref(doc, item.get) : undefined;
  return !isObject(get) || answersPage(doc, get);
}

/** Fields that say an answer is a page of a list: a cursor, a count, a next page. */
const PAGE_MARKER =
  /^(has_?more|next|next_?(page|cursor|token|url|link|page_?token)|cursor|total(_?count|_?results)?|page(_?(size|number|count|token))?|offset)$/i;

/** The names a page gives its list. */
export const PAGE_ITEMS =
  /^(data|items|results|records|entries|values|list|objects|elements|rows|hits)$/i;

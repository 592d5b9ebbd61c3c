import {
  deref,
  isObject,
  pathItems,
  type Document,
  type Json,
  type JsonObject,
} from "../document.js";
import { objectProperties } from "./multipart-encoding.js";

/**
 * Methods whose request body fetch cannot send: the Fetch standard's `new Request` throws on
 * one, in every runtime, though OpenAPI allows it (§ 4.8.10).
 */
const NO_BODY_METHODS = new Set(["get", "head"]);

/**
 * A request body on GET or HEAD (Leonardo's `GET /blueprints` takes its paging and filters in
 * one; every Stripe GET declares an empty form): no call can send it, so the operation has none.
 * Typed with it, `blueprints.list({ first, after })` compiled and was refused at every call;
 * now the types say what can be sent, and `pnpm generate` warns (see `unsendableBodyWarnings`).
 */
export function dropUnsendableBody(method: string, op: JsonObject): void {
  if (NO_BODY_METHODS.has(method)) delete op.requestBody;
}

/**
 * A warning for each GET or HEAD whose body says something (fields, or a value that is no
 * object): what the SDK leaves out, so that a spec's author or the SDK's user knows. A body of
 * no fields that takes none (Stripe's `properties: {}, additionalProperties: false`) loses
 * nothing, and is not named.
 */
export function unsendableBodyWarnings(doc: Document): string[] {
  const found: string[] = [];
  for (const [path, item] of pathItems(doc)) {
    for (const [method, op] of Object.entries(item)) {
      if (!NO_BODY_METHODS.has(method) || !isObject(op) || op.requestBody === undefined) continue;
      const fields = bodyFields(doc, op.requestBody);
      if (fields && !fields.length) continue;
      const what = !fields
        ? "its body"
        : `its field${fields.length > 1 ? "s" : ""} ${fields.join(", ")}`;
      found.push(
        `${method.toUpperCase()} ${path}: fetch sends no body with ${method.toUpperCase()}, so the SDK's method takes none (${what} left out)`,
      );
    }
  }
  return found;
}

/**
 * The fields the body's media types declare, or `undefined` where one may be something other
 * than an object of known fields (a string, an open map, a `$ref` that leads nowhere).
 */
function bodyFields(doc: Document, requestBody: Json): string[] | undefined {
  try {
    const body = deref(doc, requestBody);
    const content = isObject(body) && isObject(body.content) ? body.content : {};
    const names = new Set<string>();
    for (const media of Object.values(content)) {
      const schema = isObject(media) ? deref(doc, media.schema) : undefined;
      if (schema === undefined) continue;
      const fields = Object.keys(objectProperties(doc, schema));
      if (!fields.length && !(isObject(schema) && schema.additionalProperties === false))
        return undefined;
      for (const name of fields) names.add(name);
    }
    return [...names];
  } catch {
    return undefined;
  }
}

import { deref, isObject, type Document, type Json, type JsonObject } from "../document.js";
import { METHODS } from "./collect-operations.js";

/**
 * Makes a path's template and its path parameters agree, as § 4.8.12.1 requires ("the name MUST
 * correspond to a template expression") and specs do not always do. Read as written, the SDK
 * sent the template's `{userId}` itself (`/users/%7BuserId%7D`) and dropped what the caller gave:
 *
 * - a parameter whose name differs from its expression only in case (`orgId` for `{OrgId}`)
 *   names the expression: the template is written with the parameter's name;
 * - an expression no parameter declares becomes a required string parameter of the path;
 * - a path parameter no expression names is dropped: nothing could send it, and as a required
 *   argument it would only be asked for.
 *
 * The mock reads such specs the same way (`packages/mock/src/routes.ts`).
 */
export function matchTemplateParameters(doc: Document): void {
  if (!isObject(doc.paths)) return;
  const paths: JsonObject = {};
  const taken = new Set(Object.keys(doc.paths));
  for (const [template, written] of Object.entries(doc.paths)) {
    // A path item written as a `$ref` (3.1's `components/pathItems`) is matched where it is
    // written, so that openapi-typescript still sees one operation (a copy would be a second).
    let item: Json | undefined = written;
    try {
      item = deref(doc, written);
    } catch {
      // an unresolvable path item is reported where it is collected
    }
    paths[isObject(item) ? matchItem(doc, template, item, taken) : template] = written;
  }
  doc.paths = paths;
}

/** The template, its expressions renamed where only the case differed; `item` is changed. */
function matchItem(doc: Document, template: string, item: JsonObject, taken: Set<string>): string {
  const ops = METHODS.map((m) => item[m]).filter(isObject);
  const declared = (holder: JsonObject) =>
    pathParameters(doc, holder).flatMap(([, p]) => (p ? [p.name as string] : []));
  const pathNames = new Set([item, ...ops].flatMap(declared));
  for (const name of pathNames) {
    const names = expressions(template);
    if (names.includes(name)) continue;
    const same = names.filter((n) => n.toLowerCase() === name.toLowerCase() && !pathNames.has(n));
    const renamed = template.replaceAll(`{${same[0]}}`, `{${name}}`);
    // (Unless another path is written so already: `/a/{Id}` beside `/a/{id}`.)
    if (same.length === 1 && !taken.has(renamed)) {
      taken.add(renamed);
      template = renamed;
    }
  }
  const names = expressions(template);
  for (const holder of [item, ...ops])
    if (Array.isArray(holder.parameters))
      holder.parameters = pathParameters(doc, holder)
        .filter(([, p]) => !p || names.includes(p.name as string))
        .map(([raw]) => raw);
  const atPath = new Set(declared(item));
  for (const op of ops) {
    const own = new Set(declared(op));
    const undeclared = names.filter((name) => !atPath.has(name) && !own.has(name));
    if (undeclared.length)
      op.parameters = [
        ...(Array.isArray(op.parameters) ? op.parameters : []),
        ...undeclared.map((name) => ({
          name,
          in: "path",
          required: true,
          schema: { type: "string" },
        })),
      ];
  }
  return template;
}

/** The names of a path template's expressions (`{id}`), once each, in order. */
function expressions(template: string): string[] {
  return [...new Set([...template.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!))];
}

/** A holder's parameters, each with itself when it is a path parameter (else undefined). */
function pathParameters(doc: Document, holder: JsonObject): [Json, JsonObject | undefined][] {
  return (Array.isArray(holder.parameters) ? holder.parameters : []).map((raw) => {
    let p: Json | undefined;
    try {
      p = deref(doc, raw);
    } catch {
      p = undefined; // an unresolvable one is reported where it is collected
    }
    return [raw, isObject(p) && p.in === "path" && typeof p.name === "string" ? p : undefined];
  });
}

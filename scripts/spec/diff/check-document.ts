/**
 * What spec:diff needs of a document before it can say anything true about it: OpenAPI 3.x,
 * with a `paths` object, and every `$ref` pointing at something. A reference that points at
 * nothing (or only at itself) would otherwise read as "any value", and a confident, wrong
 * changeset would follow.
 */
import { isData, pointerSegments, resolvePointer } from "../refs.js";
import { isObject, type Json, type JsonObject } from "../spec-file.js";

export function checkDocument(doc: JsonObject): void {
  if (typeof doc.openapi !== "string" || !/^3\.[01]\./.test(doc.openapi))
    throw new Error(
      `not an OpenAPI 3.0 or 3.1 document (openapi: ${JSON.stringify(doc.openapi ?? doc.swagger ?? null)})`,
    );
  if (!isObject(doc.paths)) throw new Error("`paths` is not an object");
  for (const [at, ref] of refs(doc)) {
    pointerSegments(ref); // refuses references to other files
    const seen = new Set<string>();
    let target: Json | undefined = { $ref: ref };
    while (isObject(target) && typeof target.$ref === "string") {
      if (seen.has(target.$ref))
        throw new Error(
          `$ref ${ref} (at ${at}) only points at itself, through ${[...seen].join(" → ")}`,
        );
      seen.add(target.$ref);
      target = resolvePointer(doc, target.$ref);
    }
    if (target === undefined) throw new Error(`$ref ${ref} (at ${at}) points at nothing`);
  }
}

/** Every `$ref` of the document, with where it is, as a JSON pointer (not in data or `x-`). */
function refs(doc: JsonObject): [string, string][] {
  const found: [string, string][] = [];
  const stack: [Json, string, string[]][] = [[doc, "#", []]];
  while (stack.length) {
    const [value, at, keys] = stack.pop()!;
    if (Array.isArray(value)) value.forEach((item, i) => stack.push([item, `${at}/${i}`, keys]));
    else if (isObject(value)) {
      if (typeof value.$ref === "string") found.push([at, value.$ref]);
      for (const [key, child] of Object.entries(value))
        if (
          typeof child === "object" &&
          child !== null &&
          !isData(key, child, keys) &&
          !key.startsWith("x-")
        )
          stack.push([
            child,
            `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`,
            [...keys.slice(-1), key],
          ]);
    }
  }
  return found;
}

import { isObject, pathItems, type Document, type Json, type JsonObject } from "../document.js";
import { METHODS } from "./collect-operations.js";

/**
 * A security requirement names schemes `components.securitySchemes` declares (§ 4.8.30: each
 * name "MUST correspond to a security scheme which is declared"). Topaz's video operations
 * require `apiKey`, where its one scheme is `apiKeyAuth` (an `X-API-Key` header): read as
 * written, no scheme said where the key goes, and it went as `Authorization: Bearer`, which its
 * API refuses (probe76). Such a name is read as the one scheme the document declares, where it
 * declares exactly one; else the requirement is left out, as one nothing can meet, and a list
 * left with none gives way to the document's.
 */
export function undeclaredSchemes(doc: Document): void {
  const declared = declaredSchemes(doc);
  for (const { holder, list } of requirementLists(doc)) {
    const read = list.flatMap((requirement): Json[] => {
      if (!isObject(requirement)) return [requirement];
      const names = Object.keys(requirement);
      if (names.every((name) => declared.includes(name))) return [requirement];
      if (declared.length !== 1) return [];
      const one = declared[0]!;
      return [{ [one]: names.flatMap((name) => scopes(requirement[name])) }];
    });
    if (read.length || !list.length) holder.security = read;
    else delete holder.security;
  }
}

/** A warning for each name `undeclaredSchemes` reads otherwise, for `pnpm generate`. */
export function undeclaredSchemeWarnings(doc: Document): string[] {
  const declared = declaredSchemes(doc);
  const byName = new Map<string, string[]>();
  for (const { where, list } of requirementLists(doc))
    for (const requirement of list)
      for (const name of isObject(requirement) ? Object.keys(requirement) : [])
        if (!declared.includes(name)) byName.set(name, [...(byName.get(name) ?? []), where]);
  return [...byName].map(
    ([name, places]) =>
      `security requires "${name}" (${places.slice(0, 3).join(", ")}${places.length > 3 ? `, and ${places.length - 3} more` : ""}), which components.securitySchemes does not declare: ${
        declared.length === 1
          ? `read as ${declared[0]}, the one scheme it declares`
          : "that requirement is left out"
      }`,
  );
}

function declaredSchemes(doc: Document): string[] {
  const components = isObject(doc.components) ? doc.components : {};
  return Object.keys(isObject(components.securitySchemes) ? components.securitySchemes : {});
}

/** The document's `security`, then each operation's, with where each is. */
function requirementLists(doc: Document): { holder: JsonObject; where: string; list: Json[] }[] {
  const lists: { holder: JsonObject; where: string; list: Json[] }[] = [];
  if (Array.isArray(doc.security))
    lists.push({ holder: doc as JsonObject, where: "the document", list: doc.security });
  for (const [path, item] of pathItems(doc))
    for (const method of METHODS) {
      const op = item[method];
      if (isObject(op) && Array.isArray(op.security))
        lists.push({ holder: op, where: `${method.toUpperCase()} ${path}`, list: op.security });
    }
  return lists;
}

function scopes(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

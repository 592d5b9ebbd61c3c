import * as spec from "../generated/schemas.js";

/**
 * JSON text with every object's keys in order, so that two values JSON Schema calls equal
 * (§ 4.2.2: objects with the same members, in any order) give the same text: `{b:2, a:1}` is the
 * `const` `{a:1, b:2}`, and `[{a:1, b:2}, {b:2, a:1}]` holds a duplicate. Needed only by specs
 * with object or array `enum`/`const` values or with `uniqueItems`, behind their constants.
 */
export const canonicalJson =
  spec.usesStructuredValues || spec.usesUniqueItems
    ? (value: unknown): string =>
        JSON.stringify(value, (_key, item: unknown) =>
          typeof item === "object" && item !== null && !Array.isArray(item)
            ? Object.fromEntries(
                Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
              )
            : item,
        )
    : undefined;

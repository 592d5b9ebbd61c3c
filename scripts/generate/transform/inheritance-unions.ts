import {
  componentName,
  componentRef,
  componentSchemas,
  isObject,
  type Document,
  type Json,
} from "../document.js";
import { uniqueName } from "../names.js";

/**
 * For the types only (changes `doc`: pass a copy). A base schema with a discriminator that others
 * extend (`Cat: allOf: [$ref Pet, …]`, the petstore-expanded and Azure style) stands, wherever it
 * is asked for, for any of its subtypes: the runtime picks the subtype by the tag. openapi-
 * typescript types it as the base alone, so `{ petType: "cat", huntingSkill }` would not compile
 * where a `Pet` is asked for. Here the base becomes a union of its subtypes and itself: its own
 * schema moves to `<Base>Base`, which the subtypes extend instead (openapi-typescript still writes
 * each subtype's tag into it), and `<Base>` is `oneOf` those.
 */
export function unionInheritedBases(doc: Document): void {
  const schemas = componentSchemas(doc);
  const names = new Set(Object.keys(schemas));
  for (const [base, schema] of Object.entries({ ...schemas })) {
    if (!isObject(schema) || !isObject(schema.discriminator)) continue;
    if (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf)) continue;
    const extending = Object.keys(schemas).filter((name) => extendsDirectly(schemas[name], base));
    if (!extending.length) continue;
    const mapped = Object.values(
      isObject(schema.discriminator.mapping) ? schema.discriminator.mapping : {},
    )
      .map((ref) => (typeof ref === "string" ? (componentName(ref) ?? ref) : undefined))
      .filter((name): name is string => name !== undefined && Object.hasOwn(schemas, name));
    const own = uniqueName(`${base}Base`, names);
    schemas[own] = schema;
    for (const name of extending) {
      const allOf = (schemas[name] as { allOf: Json[] }).allOf;
      (schemas[name] as { allOf: Json[] }).allOf = allOf.map((part) =>
        isObject(part) && part.$ref === componentRef(base)
          ? { ...part, $ref: componentRef(own) }
          : part,
      );
    }
    const members = [...new Set([...mapped, ...extending])].filter((name) => name !== base);
    schemas[base] = { oneOf: [...members, own].map((name) => ({ $ref: componentRef(name) })) };
  }
}

/** Whether a component's `allOf` names `base` itself. */
function extendsDirectly(schema: Json | undefined, base: string): boolean {
  return (
    isObject(schema) &&
    Array.isArray(schema.allOf) &&
    schema.allOf.some(
      (part) =>
        isObject(part) && typeof part.$ref === "string" && componentName(part.$ref) === base,
    )
  );
}

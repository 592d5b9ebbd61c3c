import {
  holdsData,
  deref,
  eachObject,
  isObject,
  type Document,
  type Json,
  type JsonObject,
} from "../document.js";

/**
 * Tagged unions (a `discriminator` on a `oneOf` or an `anyOf`) made to read, for
 * openapi-typescript, as the runtime and the mock read them. For the types only: the document
 * is the copy `openapiTypes` is given, and the runtime tables never see it.
 *
 * - An `anyOf` whose branches all require the tag is typed as a `oneOf`: openapi-typescript
 *   writes each branch's tag (`type: "Circle"`) only for a `oneOf`, and left an `anyOf`'s a
 *   plain `string`, so `{ type: "circle" }` compiled where the runtime refuses it (the tag picks
 *   the branch either way, § 4.8.25). Not where a tag is optional: openapi-typescript makes it
 *   required in every branch of a `oneOf` (the published orq spec's tools leave it out).
 * - A branch the mapping does not name and that pins its tag to values of its own (OpenAI's
 *   `InputItem`: `Message` with `type: { enum: [message] }`) is mapped by those values.
 *   openapi-typescript wrote its tag as its component name (`type: "Message"`), which the
 *   branch itself refuses; code sending `type: "message"` did not compile.
 * - A `oneOf` whose branches all pin their tags, some leaving it optional (OpenAI's
 *   `ItemReference`: `type` may be left out), is typed without its discriminator: each branch's
 *   own tag already tells them apart, and openapi-typescript made the tag required in every
 *   branch, where the runtime and the mock take it left out.
 */
export function typeTaggedUnionsAsTheRuntimeReads(doc: Document): void {
  eachObject(
    doc,
    (at) => {
      const { discriminator } = at;
      if (!isObject(discriminator) || typeof discriminator.propertyName !== "string") return;
      const tag = discriminator.propertyName;
      const said = (Array.isArray(at.oneOf) ? at.oneOf : []).map((branch) =>
        tagDeclarations(doc, branch, tag),
      );
      if (said.length && said.every((s) => s.pinned.length) && said.some((s) => !s.required)) {
        delete at.discriminator;
        return;
      }
      if (
        Array.isArray(at.anyOf) &&
        at.oneOf === undefined &&
        at.anyOf.every((branch) => tagDeclarations(doc, branch, tag).required)
      ) {
        at.oneOf = at.anyOf;
        delete at.anyOf;
      }
      const branches = Array.isArray(at.oneOf) ? at.oneOf : Array.isArray(at.anyOf) ? at.anyOf : [];
      const mapping: JsonObject = isObject(discriminator.mapping) ? discriminator.mapping : {};
      const mapped = new Set(Object.values(mapping));
      let added = false;
      for (const branch of branches) {
        const ref = isObject(branch) ? branch.$ref : undefined;
        if (typeof ref !== "string" || mapped.has(ref)) continue;
        for (const value of tagDeclarations(doc, branch, tag).pinned)
          if (!Object.hasOwn(mapping, value)) {
            mapping[value] = ref;
            added = true;
          }
      }
      if (added) discriminator.mapping = mapping;
    },
    holdsData,
  );
}

/**
 * What a union branch (its schema and its `allOf` parts) says of the tag property: whether a
 * `required` lists it, and the string values its first declaration pins it to (`const`, `enum`).
 */
function tagDeclarations(
  doc: Document,
  branch: Json,
  tag: string,
): { required: boolean; pinned: string[] } {
  const said = { required: false, pinned: [] as string[] };
  try {
    const schema = deref(doc, branch);
    if (!isObject(schema)) return said;
    let declared = false;
    for (const written of [schema, ...(Array.isArray(schema.allOf) ? schema.allOf : [])]) {
      const part = deref(doc, written);
      if (!isObject(part)) continue;
      if (Array.isArray(part.required) && part.required.includes(tag)) said.required = true;
      const property =
        !declared && isObject(part.properties) && Object.hasOwn(part.properties, tag)
          ? deref(doc, part.properties[tag])
          : undefined;
      if (!isObject(property)) continue;
      declared = true;
      const values = "const" in property ? [property.const] : property.enum;
      if (Array.isArray(values))
        said.pinned = values.filter((v): v is string => typeof v === "string");
    }
  } catch {
    // an unresolvable reference is reported where it is used
  }
  return said;
}

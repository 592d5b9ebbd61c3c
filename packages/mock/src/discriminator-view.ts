import { isObject, SpecDocument, unescapePointerSegment, type JsonObject } from "./document.js";
import { eachSchemaObject } from "./schema-keys.js";

/**
 * Rewrites, in the validator's copy of the document, each discriminated `oneOf` that strict
 * `oneOf` cannot read (see below). Answers are still sampled from the document as written.
 */
export function selectByDiscriminator(view: JsonObject): void {
  const doc = new SpecDocument(view);
  eachSchemaObject(view, (schema) => selectBranch(doc, schema));
}

/**
 * A `oneOf` whose discriminator tags every branch (by its `mapping`, or by the branch's component
 * name where the mapping does not name it), where some tag is taken by more than one branch:
 * Fern writes the tag as a shared enum (`type: ResponseFormatType`) in each branch, and
 * OpenAPI's own Pet example as a plain string (`pet_type: string` in `Cat` and `Dog`). Read
 * strictly, a value matches two branches and no request passes; the discriminator is there to
 * pick one (§ 4.8.25), as the SDK and the server do. So such a `oneOf` becomes: the tag is one
 * of the mapping's, and the branch it maps to applies.
 */
function selectBranch(view: SpecDocument, node: JsonObject): void {
  const selected = byMapping(view, node);
  if (!selected) return;
  delete node.oneOf;
  node.allOf = [...(Array.isArray(node.allOf) ? node.allOf : []), ...selected];
}

/** The rules that pick a branch by its tag, for a `oneOf` that needs them (see above). */
function byMapping(view: SpecDocument, node: JsonObject): JsonObject[] | undefined {
  const { oneOf, discriminator } = node;
  if (!Array.isArray(oneOf) || !isObject(discriminator)) return undefined;
  const tag = discriminator.propertyName;
  if (typeof tag !== "string") return undefined;
  const explicit = Object.entries(isObject(discriminator.mapping) ? discriminator.mapping : {}).map(
    ([value, target]) => {
      const ref =
        typeof target === "string" && !target.includes("/")
          ? `#/components/schemas/${target}`
          : target;
      return { value, ref };
    },
  );
  const refs = oneOf.map((branch) => (isObject(branch) ? branch.$ref : undefined));
  // A branch the mapping does not name is tagged with its component's name (§ 4.8.25's implicit
  // mapping: Pet's `Cat` and `Dog`), as the SDK reads it too.
  const implicit = refs.flatMap((ref) => {
    const name = typeof ref === "string" && /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1];
    return name && !explicit.some((m) => m.ref === ref)
      ? [{ value: unescapePointerSegment(name), ref }]
      : [];
  });
  const mapping = [...explicit, ...implicit];
  if (!refs.every((ref) => mapping.some((m) => m.ref === ref))) return undefined;
  const takes = (branch: unknown, value: string) => {
    const schema = view.schema(branch);
    const parts = [
      schema,
      ...(Array.isArray(schema.allOf) ? schema.allOf.map((p) => view.schema(p)) : []),
    ];
    const own = parts
      .map((p) => (isObject(p.properties) ? p.properties[tag] : undefined))
      .find((t) => t !== undefined);
    const tagSchema = own === undefined ? {} : view.schema(own);
    if ("const" in tagSchema) return tagSchema.const === value;
    return !Array.isArray(tagSchema.enum) || tagSchema.enum.includes(value);
  };
  const shared = mapping.some(({ value }) => oneOf.filter((b) => takes(b, value)).length > 1);
  if (!shared) return undefined;
  const tags = mapping.map((m) => m.value);
  return [
    { type: "object", required: [tag], properties: { [tag]: { enum: tags } } },
    ...mapping.map(({ value, ref }) => ({
      if: { type: "object", required: [tag], properties: { [tag]: { const: value } } },
      then: { $ref: ref },
    })),
  ];
}

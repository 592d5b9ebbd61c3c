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
 * A `oneOf` whose discriminator tags every branch (by its `mapping`, by the branch's component
 * name where the mapping does not name it, or by the values the branch pins its tag to), where
 * some tag is taken by more than one branch: Fern writes the tag as a shared enum
 * (`type: ResponseFormatType`) in each branch, and OpenAPI's own Pet example as a plain string
 * (`pet_type: string` in `Cat` and `Dog`). Read strictly, a value matches two branches and no
 * request passes; the discriminator is there to pick one (§ 4.8.25), as the SDK and the server
 * do. So such a `oneOf` becomes: a value whose tag is one of those tags is checked by the branch
 * it picks; any other value (no tag, a tag none picks, not an object) by the `oneOf` as written.
 * Only a tag that picks a branch changes the reading (that branch alone judges the value, as
 * in the SDK): a tag stays optional where the branches leave it so (OpenAI's `ItemReference`),
 * and a value the `oneOf` took is not refused for a tag no branch is picked by.
 */
function selectBranch(view: SpecDocument, node: JsonObject): void {
  const selected = byMapping(view, node);
  if (!selected) {
    // A tag that picks no one branch (DigitalOcean's actions: every branch's base takes every
    // action type, the mapping points at other files) is told apart by nothing but the branches:
    // a value several of them take is no slip, as the SDK reads it (the first that takes it).
    if (Array.isArray(node.oneOf) && isObject(node.discriminator) && tagsShared(view, node)) {
      node.anyOf = node.oneOf;
      delete node.oneOf;
    }
    return;
  }
  delete node.oneOf;
  node.allOf = [...(Array.isArray(node.allOf) ? node.allOf : []), selected];
}

/** Whether a tag value some branch pins its tag to is one another branch takes too. */
function tagsShared(view: SpecDocument, node: JsonObject): boolean {
  const branches = node.oneOf as unknown[];
  const tag = (node.discriminator as JsonObject).propertyName;
  if (typeof tag !== "string" || node.anyOf !== undefined) return false;
  const pins = branches.map((branch) => pinnedTagValues(view, branch, tag));
  return pins.some((values, i) =>
    (values ?? []).some((value) =>
      pins.some((other, j) => j !== i && (other === undefined || other.includes(value))),
    ),
  );
}

/** The rules that pick a branch by its tag, for a `oneOf` that needs them (see above). */
function byMapping(view: SpecDocument, node: JsonObject): JsonObject | undefined {
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
  // Whether a schema's tag property takes a value: not when it pins the tag (`const`, `enum`)
  // to other values.
  const takes = (schema: unknown, value: string) => {
    const pinned = pinnedTagValues(view, schema, tag);
    return pinned === undefined || pinned.includes(value);
  };
  const mapping: { value: string; ref: unknown }[] = [];
  const add = (value: string, ref: unknown) => {
    // The first to name a tag has it (the SDK reads the mapping first, then the branches in
    // order). A branch that pins its tag to other values is never picked by this one: it could
    // never pass, and no value with that tag would (OpenAI's `Message`, implicitly tagged
    // `Message`, pins `type` to `message`).
    if (mapping.some((m) => m.value === value) || !takes({ $ref: ref }, value)) return;
    mapping.push({ value, ref });
  };
  for (const { value, ref } of explicit) add(value, ref);
  // A branch the mapping does not name is tagged with its component's name (§ 4.8.25's implicit
  // mapping: Pet's `Cat` and `Dog`), as the SDK reads it too.
  for (const ref of refs) {
    const name = typeof ref === "string" && /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1];
    if (name && !explicit.some((m) => m.ref === ref)) add(unescapePointerSegment(name), ref);
  }
  // And by the values it pins its tag to (OpenAI's `Message`: `type: { enum: [message] }`), as
  // the SDK picks a branch for a tag the mapping does not know.
  for (const ref of refs)
    if (typeof ref === "string")
      for (const value of pinnedTagValues(view, { $ref: ref }, tag) ?? [])
        if (typeof value === "string") add(value, ref);
  if (!refs.every((ref) => mapping.some((m) => m.ref === ref))) return undefined;
  const shared = mapping.some(({ value }) => oneOf.filter((b) => takes(b, value)).length > 1);
  if (!shared) return undefined;
  const tagged = (values: unknown[]) => ({
    type: "object",
    required: [tag],
    properties: { [tag]: { enum: values } },
  });
  return {
    if: tagged(mapping.map((m) => m.value)),
    then: {
      allOf: mapping.map(({ value, ref }) => ({ if: tagged([value]), then: { $ref: ref } })),
    },
    else: { oneOf },
  };
}

/**
 * The values a schema (or one of its `allOf` parts) pins its `tag` property to: its `const` or
 * `enum`, through `$ref`, and the values of each branch of an `anyOf`/`oneOf` (OpenAI's
 * `ItemReference`: `anyOf: [{ enum: [item_reference] }, { type: "null" }]`). Undefined when the
 * property takes any value (or is not declared).
 */
export function pinnedTagValues(
  view: SpecDocument,
  schema: unknown,
  tag: string,
): unknown[] | undefined {
  const whole = view.schema(schema);
  const parts = [
    whole,
    ...(Array.isArray(whole.allOf) ? whole.allOf.map((p) => view.schema(p)) : []),
  ];
  const own = parts
    .map((p) =>
      isObject(p.properties) && Object.hasOwn(p.properties, tag) ? p.properties[tag] : undefined,
    )
    .find((t) => t !== undefined);
  return own === undefined ? undefined : pinnedValues(view, own, 0);
}

function pinnedValues(view: SpecDocument, node: unknown, depth: number): unknown[] | undefined {
  if (depth > 8) return undefined;
  const schema = view.schema(node);
  let pinned: unknown[] | undefined;
  const narrow = (values: unknown[] | undefined) => {
    if (values === undefined) return;
    pinned = pinned === undefined ? values : pinned.filter((v) => values.includes(v));
  };
  if ("const" in schema) narrow([schema.const]);
  if (Array.isArray(schema.enum)) narrow(schema.enum);
  if (schema.type === "null") narrow([null]);
  for (const list of [schema.anyOf, schema.oneOf]) {
    if (!Array.isArray(list) || list.length === 0) continue;
    const each = list.map((branch) => pinnedValues(view, branch, depth + 1));
    if (each.every((values) => values !== undefined)) narrow(each.flat());
  }
  if (Array.isArray(schema.allOf))
    for (const part of schema.allOf) narrow(pinnedValues(view, part, depth + 1));
  return pinned;
}

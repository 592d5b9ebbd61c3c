import { isObject, SpecDocument, type JsonObject } from "./document.js";
import { eachSchemaObject } from "./schema-keys.js";

/**
 * Rewrites, in the validator's copy of the document, each `oneOf` none of whose branches is an
 * object as an `anyOf`. PeerTube's video ids are `oneOf: [Id (an integer), UUIDv4 (a string
 * with a pattern), ShortUUID (a string)]`: every UUID is a string too, so read strictly no
 * request by UUID passes, though the server takes them; and an empty list matches every branch
 * that is a list. Which branch a plain value or a list matches changes nothing about it, so
 * the SDK takes the first that does, and so does the mock. (Objects keep `oneOf` as written:
 * there the branch decides which properties a value has.)
 */
export function plainValueOneOfAsAnyOf(view: JsonObject): void {
  const doc = new SpecDocument(view);
  eachSchemaObject(view, (schema) => {
    const { oneOf } = schema;
    if (!Array.isArray(oneOf) || schema.anyOf !== undefined || schema.discriminator) return;
    const types = oneOf.map((branch) => plainTypes(doc.schema(branch)));
    if (!types.every((list) => list.length)) return;
    // Branches of types apart from each other take no value twice; left as written, they keep
    // the validator's coercion of parameter text from passing one branch as another's type.
    const seen = types.flat().map((type) => (type === "integer" ? "number" : type));
    if (new Set(seen).size === seen.length) return;
    schema.anyOf = oneOf;
    delete schema.oneOf;
  });
}

/** A schema's types, if it has some and none is `object`; else none. */
function plainTypes(schema: JsonObject): string[] {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.every((type) => typeof type === "string" && type !== "object") &&
    !isObject(schema.properties)
    ? (types as string[])
    : [];
}

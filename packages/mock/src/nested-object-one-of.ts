import { isObject, SpecDocument, type JsonObject } from "./document.js";
import { eachSchemaObject } from "./schema-keys.js";

/**
 * Rewrites, in the validator's copy of the document, each `oneOf` of objects where one shape's
 * fields are all among another's as an `anyOf`. Reducto's `oneOf: [SyncParseConfig,
 * AsyncParseConfig]` is the second the first with an optional `async`: read strictly, no
 * request passes, as every sync request fits both and every async one fits the open sync shape
 * too (probe82). Its server, as FastAPI's, takes the first that fits; the SDK sends the
 * narrowest shape that declares every field given. (Shapes apart from one another keep
 * `oneOf`: there a value that fits both is told to pick one.)
 */
export function nestedObjectOneOfAsAnyOf(view: JsonObject): void {
  const doc = new SpecDocument(view);
  eachSchemaObject(view, (schema) => {
    const { oneOf } = schema;
    if (!Array.isArray(oneOf) || schema.anyOf !== undefined || schema.discriminator) return;
    const fields = oneOf.map((branch) => {
      const { properties } = doc.schema(branch);
      return isObject(properties) ? Object.keys(properties) : undefined;
    });
    const nested = fields.some(
      (own, i) =>
        own?.length &&
        fields.some((other, j) => j !== i && other && own.every((name) => other.includes(name))),
    );
    if (!nested) return;
    schema.anyOf = oneOf;
    delete schema.oneOf;
  });
}

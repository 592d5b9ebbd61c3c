import {
  astToString,
  resolveRef,
  scanDiscriminators,
  transformSchema,
  type GlobalContext,
  type OpenAPI3,
  type OpenAPITSOptions,
} from "openapi-typescript";
import ts from "typescript";
import type { Document } from "../document.js";
import { markPropertiesByAccess, usesReadWriteOnly } from "./read-write-only.js";
import { isBinary } from "./schema-nodes.js";

/**
 * openapi-typescript's types for a document, with every file field (`format: binary`, or 3.1's
 * `contentMediaType`, see `isBinary`) typed as `fileType`, and a binary answer as `Blob`. The document is changed (its
 * discriminator pass patches schemas): pass a copy.
 *
 * This is `openapiTS()` without its first step, Redocly's lint-and-bundle, which costs ~1.4 s
 * per call on the orq spec and is done twice: the spec is linted by `pnpm spec:lint`, and
 * `loadDocument` admits only local `$ref`s, which bundling leaves as they are. The context
 * holds openapi-typescript's own defaults (`GlobalContext` fails the type-check if that
 * package adds a field).
 */
export function openapiTypes(doc: Document, fileType: string): string {
  const markers = usesReadWriteOnly(doc);
  if (markers) markPropertiesByAccess(doc);
  const schema = doc as unknown as OpenAPI3;
  const options: OpenAPITSOptions = {
    silent: false,
    transform(node, { path }) {
      if (!isBinary(node as never)) return undefined;
      // What a call sends is any file input; what it receives (a binary answer) is a Blob.
      const file = ts.factory.createTypeReferenceNode(
        /\/responses\//.test(path ?? "") ? "Blob" : fileType,
      );
      const nullable =
        node.nullable === true || (Array.isArray(node.type) && node.type.includes("null"));
      return nullable
        ? ts.factory.createUnionTypeNode([
            file,
            ts.factory.createLiteralTypeNode(ts.factory.createNull()),
          ])
        : file;
    },
  };
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(schema, options),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: undefined as unknown as GlobalContext["redoc"], // only read by the skipped lint-and-bundle step
    silent: false,
    inject: undefined,
    transform: options.transform,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    // `$Read<T>`/`$Write<T>` around read- and write-only properties, and the `Readable`/`Writable`
    // helpers that drop them from answers and requests (openapi-fetch reads them in `paths`).
    readWriteMarkers: markers,
    resolve($ref) {
      return resolveRef(schema, $ref, { silent: false });
    },
  };
  return astToString(transformSchema(schema, ctx));
}

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
import {
  componentRef,
  holdsData,
  deref,
  eachSchema,
  escapeSegment,
  followRef,
  isObject,
  type Document,
  type Json,
  type JsonObject,
} from "../document.js";
import { anyOfBesideProperties } from "./any-of-beside-properties.js";
import { markOpenStrings, OPEN_STRING } from "./open-string-unions.js";
import { typeRequiredBranches } from "./required-branch-types.js";
import { unionInheritedBases } from "./inheritance-unions.js";
import { typeTaggedUnionsAsTheRuntimeReads } from "./tagged-union-types.js";
import { mergeOpenObjectTypes } from "./open-object-types.js";
import { optionalTakesUndefined } from "./optional-undefined.js";
import { markPropertiesByAccess, usesReadWriteOnly } from "./read-write-only.js";
import { aliasEagerCycles } from "./recursive-aliases.js";
import { admitsNull, isBinary, readsAsDate, typeList } from "./schema-nodes.js";

/** A request body's own schema, of a media type that is no form (see `sdk.rawBody`). */
const RAW_BODY_SCHEMA =
  /\/requestBod(y|ies\/[^/]+)\/content\/(?!multipart~1|application~1x-www-form-urlencoded)[^/]+(\/schema)?$/i;

/**
 * openapi-typescript's types for a document, with every file field (`format: binary`, or 3.1's
 * `contentMediaType`, see `isBinary`) typed as `fileType`, and a binary answer as a
 * `ReadableStream<Uint8Array>` (or as `byteStream` names it); with
 * `dates`, every `date-time` the SDK reads as a `Date` (see `readsAsDate`) typed so; with
 * `optionalTakesUndefined`, optional properties take `undefined` (see `optionalTakesUndefined`).
 * The document is changed (its discriminator pass patches schemas): pass a copy.
 *
 * This is `openapiTS()` without its first step, Redocly's lint-and-bundle, which costs ~1.4 s
 * per call on the orq spec and is done twice: the spec is linted by `pnpm spec:lint`, and
 * `loadDocument` admits only local `$ref`s, which bundling leaves as they are. The context
 * holds openapi-typescript's own defaults (`GlobalContext` fails the type-check if that
 * package adds a field).
 */
export function openapiTypes(
  doc: Document,
  fileType: string,
  sdk: {
    dates: boolean;
    optionalTakesUndefined: boolean;
    byteStream?: string;
    /** A raw body's file's type (`application/octet-stream`, `image/png`), if not `fileType`. */
    rawBody?: string;
    /** Say nothing of the spec's faults: another run on the same document has said them. */
    silent?: boolean;
  } = {
    dates: false,
    optionalTakesUndefined: false,
  },
): string {
  const { dates } = sdk;
  hoistDefs(doc);
  typeTaggedUnionsAsTheRuntimeReads(doc);
  declareConditionalProperties(doc);
  typeRequiredBranches(doc);
  anyOfBesideProperties(doc);
  unionInheritedBases(doc);
  markOpenStrings(doc);
  const markers = usesReadWriteOnly(doc);
  if (markers) markPropertiesByAccess(doc);
  const schema = doc as unknown as OpenAPI3;
  const options: OpenAPITSOptions = {
    silent: sdk.silent === true,
    transform(node, { path }) {
      // (`string & {}`: any string, not folded into the names beside it.)
      if ((node as Record<string, unknown>)[OPEN_STRING] === true)
        return ts.factory.createIntersectionTypeNode([
          ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
          ts.factory.createTypeLiteralNode([]),
        ]);
      // What a call sends is any file input; what it receives (a binary answer) is a stream of
      // its bytes, as the official SDK's is. A `date-time` the SDK reads as a `Date`
      // (`readsAsDate`, which the runtime tables follow).
      const type = isBinary(node as never)
        ? /\/responses\//.test(path ?? "")
          ? // (The SDK's is also async-iterable; openapi-fetch's `parseAs: "stream"` is the
            // answer's own body.)
            (sdk.byteStream ?? "ReadableStream<Uint8Array>")
          : sdk.rawBody && RAW_BODY_SCHEMA.test(path ?? "")
            ? sdk.rawBody
            : fileType
        : // (A list of types, `[string, integer]`, is typed a type at a time: `Date | number`.)
          dates &&
            readsAsDate(doc, node as never) &&
            typeList(node as never).every((t) => t === "string" || t === "null")
          ? "Date"
          : undefined;
      if (!type) return undefined;
      const nullable =
        (node.nullable === true || (Array.isArray(node.type) && node.type.includes("null"))) &&
        admitsNull(doc, node as never);
      // (`ReadableStream<Uint8Array>`: a name and its one type argument.)
      const [name, argument] = type.split(/[<>]/);
      const named = ts.factory.createTypeReferenceNode(
        name!,
        argument ? [ts.factory.createTypeReferenceNode(argument)] : undefined,
      );
      return nullable
        ? ts.factory.createUnionTypeNode([
            named,
            ts.factory.createLiteralTypeNode(ts.factory.createNull()),
          ])
        : named;
    },
  };
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    // A property with a `default` that `required` does not list stays optional: openapi-typescript
    // makes it required in component schemas (openapiTS#2489), and a request that leaves it out,
    // as the spec allows, would not compile. (Answers: the server may leave it out too.)
    defaultNonNullable: false,
    discriminators: scanDiscriminators(schema, options),
    // `{ type: object }` with nothing more is any object (`Record<string, unknown>`), not an
    // object with no keys at all, which no free-form value (`transientPayload: { a: 1 }`) fits.
    emptyObjectsUnknown: true,
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
    silent: options.silent === true,
    inject: undefined,
    transform: options.transform,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    // `$Read<T>`/`$Write<T>` around read- and write-only properties, and the `Readable`/`Writable`
    // helpers that drop them from answers and requests (openapi-fetch reads them in `paths`).
    readWriteMarkers: markers,
    resolve($ref) {
      return resolveRef(schema, $ref, { silent: options.silent === true });
    },
  };
  // The document-level `$defs` it always writes, empty: every `$defs` is a component by now.
  const nodes = aliasEagerCycles(
    mergeOpenObjectTypes(
      transformSchema(schema, ctx).filter(
        (node) => !(ts.isTypeAliasDeclaration(node) && node.name.text === "$defs"),
      ),
    ),
  ).map((node) =>
    ts.isTypeAliasDeclaration(node) && node.name.text === "WithRequired" ? withRequired() : node,
  );
  return astToString(sdk.optionalTakesUndefined ? optionalTakesUndefined(nodes) : nodes);
}

/**
 * openapi-typescript's helper for `allOf: [$ref Base, { required: [...] }]` is
 * `WithRequired<T, K extends keyof T>`, which does not compile where the base may be `null`
 * (`keyof (Base | null)` is `never`; Plaid's `ExternalPaymentScheduleRequest`). The same type,
 * constrained by the non-null base's keys.
 */
function withRequired(): ts.Statement {
  const source = ts.createSourceFile(
    "with-required.ts",
    "type WithRequired<T, K extends keyof NonNullable<T>> = T & { [P in K]-?: NonNullable<T>[P] };",
    ts.ScriptTarget.Latest,
  );
  return source.statements[0]!;
}

/**
 * Moves every `$defs` entry (3.1's subschemas a schema keeps for its own `$ref`s) into
 * `components.schemas`, and points the `$ref`s there. openapi-typescript writes `$defs` as a
 * required member of the type that holds it, so no literal would fit that type. A hoisted
 * entry is named after where it was (`Thing/$defs/Point`): unique, and readable in `components`.
 */
function hoistDefs(doc: Document): void {
  const moved = new Map<string, string>(); // old pointer → new pointer
  const schemas: JsonObject = {};
  const walk = (node: Json | undefined, pointer: string, nodeKey?: string): void => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${pointer}/${i}`, nodeKey));
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node))
      if (!holdsData(key, nodeKey)) walk(value, `${pointer}/${escapeSegment(key)}`, key);
    if (!isObject(node.$defs)) return;
    for (const [name, def] of Object.entries(node.$defs)) {
      const from = `${pointer}/$defs/${escapeSegment(name)}`;
      // (Segments built by `escapeSegment` above, not percent-encoded: only RFC 6901's escapes.)
      const hoisted = from
        .slice(2)
        .replace(/^components\/schemas\//, "")
        .replace(/~1/g, "/")
        .replace(/~0/g, "~");
      schemas[hoisted] = def;
      moved.set(from, componentRef(hoisted));
    }
    delete node.$defs;
  };
  walk(doc, "#");
  if (!moved.size) return;
  // Longest first: a ref into a `$defs` nested in another goes to the inner one.
  const pointers = [...moved.keys()].sort((a, b) => b.length - a.length);
  const repoint = (node: Json | undefined, nodeKey?: string): void => {
    if (Array.isArray(node)) node.forEach((item) => repoint(item, nodeKey));
    if (!isObject(node)) return;
    const ref = node.$ref;
    if (typeof ref === "string") {
      const from = pointers.find((p) => ref === p || ref.startsWith(`${p}/`));
      if (from) node.$ref = moved.get(from)! + ref.slice(from.length);
    }
    for (const [key, value] of Object.entries(node))
      if (!holdsData(key, nodeKey)) repoint(value, key);
  };
  repoint(doc);
  repoint(schemas);
  const components = (doc.components ??= {}) as JsonObject;
  components.schemas = { ...(isObject(components.schemas) ? components.schemas : {}), ...schemas };
}

/**
 * Writes into each object schema, as optional properties, those that only its `then`, `else` or
 * `dependentSchemas` declare (`billing_address`, given a `credit_card`): openapi-typescript reads
 * none of these keywords, and its type would not take a property the runtime sends when it
 * applies. A property the object or its allOf parts declare already keeps its own schema.
 */
function declareConditionalProperties(doc: Document): void {
  const declared = (schema: Json | undefined, names: Set<string>, refs: Set<Json>): Set<string> => {
    const s = deref(doc, schema);
    if (!isObject(s) || refs.has(s)) return names;
    refs.add(s);
    if (isObject(s.properties)) for (const name of Object.keys(s.properties)) names.add(name);
    for (const part of Array.isArray(s.allOf) ? s.allOf : []) declared(part, names, refs);
    return names;
  };
  eachSchema(doc, (node) => {
    const parts = [
      ...(node.if === undefined ? [] : [node.then, node.else]),
      ...Object.values(isObject(node.dependentSchemas) ? node.dependentSchemas : {}),
    ];
    const own = declared(node, new Set(), new Set());
    for (const part of parts) {
      const s = deref(doc, part);
      if (!isObject(s) || !isObject(s.properties)) continue;
      for (const [name, schema] of Object.entries(s.properties)) {
        if (own.has(name)) continue;
        own.add(name);
        node.properties = { ...(isObject(node.properties) ? node.properties : {}), [name]: schema };
      }
    }
  });
}

// generated — do not edit. Made by scripts/generate from the OpenAPI spec; run `pnpm generate`.
import type { SchemaNode, ServerVariable, WireCall } from "./contract.js";

/**
 * Whether this spec uses each of the rarer features: parameters (those written in other
 * than their location's default style, cookies), several servers, operations with servers
 * of their own, keys placed other than as a bearer token, more than one kind of 2XX answer,
 * form bodies (with fields written in a style or as JSON), multipart lists that may be
 * empty, event streams, methods that take their arguments one by one, raw (neither JSON nor
 * form) request bodies, files where only JSON goes, multipart bodies without fields, answers
 * that are not JSON, operations fetch cannot send as written (a body on GET, TRACE), and the
 * rarer schema rules.
 * The runtime has code for a feature only where its constant is true, so a bundle carries
 * none for the features its spec never uses.
 */
export const usesParameters = false;
export const usesParameterStyles = false;
export const usesCookieParameters = false;
export const usesComparisonParameters = false;
export const usesFixedParameters = false;
export const usesFormBodies = false;
export const usesFormEncodings = false;
export const usesEmptyMultipartLists = false;
export const usesOperationServers = false;
export const usesIdempotencyKeys = false;
export const usesSchemalessJsonAnswers = false;
export const usesErrorClasses = false;
export const usesServerIndex = false;
export const usesOtherResponses = false;
export const usesFileOrValueFields = false;
export const usesUnsniffedFiles = false;
export const usesSeveralFileFields = false;
export const usesEventStreams = false;
export const usesPositionalArguments = false;
export const usesPagination = false;
export const usesOtherAuth = false;
export const usesCredentialSets = false;
export const usesServerVariables = false;
export const usesRawBodies = false;
export const usesJsonBodies = false;
export const usesJsonSequences = false;
export const usesJsonSequenceAnswers = false;
export const usesUndeclaredEventStreams = false;
export const usesJsonSequenceInstead = false;
export const usesTextBesideJson = false;
export const usesMethodsFetchRefuses = false;
export const usesNestedFiles = false;
export const usesFieldlessMultipart = false;
export const usesFilledFields = false;
export const usesMultipartAllOf = false;
export const usesProblemDetails = false;
export const usesJsonOrMultipart = false;
export const usesJsonOrBytes = false;
export const usesFieldSelection = false;
export const usesNonJsonResponses = false;
export const usesConst = false;
export const usesExclusiveBounds = false;
export const usesMultipleOf = false;
export const usesStringLength = false;
export const usesPattern = false;
export const usesUniqueItems = false;
export const usesPropertyCount = false;
export const usesAllOf = false;
export const usesAnyOf = false;
export const usesDiscriminator = false;
export const usesUnionsBesideProperties = false;
export const usesObjectUnions = false;
export const usesMixedTypeUnions = false;
export const usesReadWriteOnly = false;
export const usesInheritance = false;
export const usesEmptyEnums = false;
export const usesStructuredValues = false;
export const usesQuotedEnumValues = false;
export const usesRenamedBesideExtraKeys = false;
export const usesCaseOnlyRenames = false;
export const usesRedeclaredProperties = false;
export const usesContentProperties = false;
export const usesPrefixItems = false;
export const usesPatternProperties = false;
export const usesDependentRequired = false;
export const usesNot = false;
export const usesIfThenElse = false;
export const usesContains = false;
export const usesPropertyNames = false;
export const usesDependentSchemas = false;
export const usesUnevaluatedProperties = false;
export const usesDates = false;
export const usesMediaFamilies = false;

/** The string formats this spec's schemas use that the runtime checks, and how. */
export const formatPatterns: { readonly [format: string]: RegExp } = {
  email:
    /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i,
};

/**
 * The spec's servers, variables at their defaults: requests go to the first, or to the one
 * the client's `serverIdx` picks, unless it is given a `serverURL`.
 */
export const serverList: readonly string[] = ["https://api.orq.ai"];

/**
 * The environment variable a client given no `apiKey` reads its key from (Node, Deno), named
 * after the API's host; none where the spec declares no security or names no host.
 */
export const apiKeyVariable: string | undefined = "ORQ_API_KEY";

/**
 * The variables of the servers a client option sets (`new Orq({ region })`), by option, and
 * the servers as written with them (`https://{region}.example.com`), in `serverList`'s order.
 */
export const serverVariables: { readonly [option: string]: ServerVariable } = {};
export const serverTemplates: readonly string[] = [];

/** The client options that set the servers' variables (see `serverVariables`). */
export type ServerVariableOptions = {};

/**
 * The security schemes the client's `credentials` fill, by the spec's names: a name not among
 * them (`oauth2` for `OAuth2`) is refused when the client is made, not sent as no key at all.
 */
export const credentialSchemes: readonly string[] = [];

/** The same names as a type, so that `credentials` with a name the spec lacks does not compile. */
export type CredentialScheme = never;

/**
 * What `createOrqClient` needs to know of an operation, by method and path as openapi-fetch
 * takes them, where openapi-fetch alone would get it wrong (see `WireCall`): a body that is
 * not JSON, a key that is not a bearer token, an answer that is not JSON.
 */
export const wireCalls: { readonly [operation: string]: WireCall } = {
  "POST /v2/router/images/edits": { body: { mediaType: "multipart/form-data" } },
  "POST /v2/router/images/variations": { body: { mediaType: "multipart/form-data" } },
};

export const PublicContactSchema: SchemaNode = {
  type: "object",
  properties: {
    id: { type: "string" },
    display_name: { type: "string" },
    email: { type: "string", format: "email" },
    metadata: { type: "array", items: { type: "object", additionalProperties: {} } },
    logo_url: { type: "string" },
    tags: { type: "array", items: { type: "string" } },
  },
  names: { display_name: "displayName", logo_url: "logoUrl" },
  required: ["id"],
};

export const PublicIdentitySchema: SchemaNode = {
  type: "object",
  properties: {
    id: { type: "string" },
    display_name: { type: "string" },
    email: { type: "string", format: "email" },
    metadata: { type: "array", items: { type: "object", additionalProperties: {} } },
    logo_url: { type: "string" },
    tags: { type: "array", items: { type: "string" } },
  },
  names: { display_name: "displayName", logo_url: "logoUrl" },
  required: ["id"],
};

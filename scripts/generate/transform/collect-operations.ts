import {
  componentName,
  deref,
  isObject,
  type Document,
  type Json,
  type JsonObject,
  unescapeSegment,
} from "../document.js";
import {
  camelCase,
  collectionPaths,
  identifier,
  parameterNames,
  RESERVED,
  uniqueName,
} from "../names.js";
import { defaultedConstants } from "./defaulted-constants.js";
import { idempotencyHeader } from "./idempotency-keys.js";
import { EVENT_STREAM, JSON_SEQUENCE, JSON_TYPE, SUCCESS } from "./media-type-names.js";
import { METHODS, type Method } from "./methods.js";
import type { Pagination } from "../templates/contract.js";
import { paginationOf } from "./pagination.js";
import {
  clearOfClientMembers,
  disambiguate,
  dropSharedBase,
  namesOperationsByDots,
  namesOperationsByGroup,
  namespaceByBasePath,
  namespaceByVersion,
  sdkNameOf,
} from "./operation-names.js";
import { SDK_EXPORTS } from "../sdk-exports.js";
import { multipartEncoding, objectProperties } from "./multipart-encoding.js";
import { isBinary, oneAllowedValue, typeList } from "./schema-nodes.js";
import { streamSwitch, type StreamSwitch } from "./stream-switch.js";
import {
  credentialSets,
  declaredAlternatives,
  declaresSecurity,
  needsSeveralSchemes,
  offersAlternativeSchemes,
  isKeyParameter,
  operationKeyPlacement,
  securityLists,
  type CredentialSets,
  type KeyPlacement,
} from "./security.js";

const LOCATIONS = ["path", "query", "header", "cookie"] as const;
export type Location = (typeof LOCATIONS)[number];

export interface CollectedParameter {
  /** Wire name. */
  name: string;
  in: Location;
  /** The SDK's name: the key in the request object (see `parameterNames`). */
  sdk: string;
  required: boolean;
  schema: Json | undefined;
  /** How the value is written, as the spec gives it (see `parameterSerialization`). */
  style?: string;
  explode?: boolean;
  allowReserved?: boolean;
  /** A `content` parameter is written as its media type says: JSON text, or the value's text. */
  content?: "json" | "text";
  /**
   * The one value a required parameter's schema allows (see `fixedParameter`), sent when the
   * call gives none: such a parameter is optional in the SDK.
   */
  fixed?: { value: Json };
  /** What the spec says of it (which item's field a cursor takes, see `paginationOf`). */
  description?: string;
}

export interface CollectedOperation {
  /** The spec's operationId, or one made from method and path when it has none. */
  operationId: string;
  /** Identifier of the operation's table entry in `operations.ts`, e.g. `createImageEdit`. */
  ident: string;
  /** Base of the operation's type names in `models.ts`, e.g. `CreateImageEdit`. */
  typeName: string;
  /** Name of the standalone function and its file, e.g. `routerImagesEditsCreate`. */
  funcName: string;
  method: Method;
  path: string;
  /** The operation's own `servers`, else its path's (§ 4.8.10, § 4.8.9), when either names any. */
  servers?: Json;
  /** e.g. ["router", "images", "edits", "create"] */
  sdkName: string[];
  parameters: CollectedParameter[];
  /**
   * With parameters, the request's key for the body: the camelCase name of the component schema
   * the body refers to (`updateAlertRequest`), as the official SDK names it, else `requestBody`.
   */
  bodyKey: string;
  /**
   * The request's keys (parameters' SDK names, `bodyKey`), in order, each with whether it is
   * required, when the method takes them one by one rather than as one request object (see
   * `positionalArguments`).
   */
  positional?: { key: string; required: boolean }[];
  /** Where the key goes when not in `Authorization: Bearer` (see `keyPlacement`). */
  auth?: KeyPlacement;
  /** Requirements of several schemes at once, filled from `credentials` (see `credentialSets`). */
  credentials?: CredentialSets;
  /** The header of an idempotency key the SDK sends itself (see `idempotencyHeader`). */
  idempotencyKey?: string;
  requestBody?: {
    mediaType: string;
    required: boolean;
    schema: Json;
    encoding?: JsonObject;
    /** For a raw body: the other raw media types the spec offers it in (a file of one goes as it). */
    alsoAs?: string[];
    /**
     * A multipart body the spec names no fields for (Jira's attachment upload: a bare file):
     * the caller builds the `FormData`, with the field names the API expects, and it goes as
     * it is.
     */
    formData?: true;
    /**
     * A body of files that the spec also takes as JSON: a multipart one with the same fields but
     * the files (Discord's messages: `allOf: [MessageCreateRequest, { files[0], … }]` beside
     * `MessageCreateRequest`), or bytes (see `bytesBesideJson`). That JSON media type, which a
     * call without files goes in (a multipart body has no `null`; bytes are no object).
     */
    json?: string;
    /**
     * The JSON one takes other fields (Gladia's upload: a multipart `audio` file, or JSON
     * `audio_url`): `schema` is the union of the two, the multipart one first, and a call goes
     * as the one its value fits (see `pickRequestBody`).
     */
    either?: true;
    /** Root fields sent with their one value when the call gives none (see `defaultedConstants`). */
    fill?: JsonObject;
    /**
     * A JSON sequence body (`application/x-ndjson`, `jsonl`, `json-seq`) written from values:
     * `each` item of an array schema as one JSON text (Pinecone's records), or the `one` value a
     * non-array schema describes. A sequence whose schema is text or bytes is a raw body.
     */
    lines?: "each" | "one";
  };
  /**
   * The 2XX answer (or `default`, when there is none): its JSON (or other) media type and schema,
   * and `stream` when it may come as server-sent events (`text/event-stream`), with the event
   * schema and the `data` that ends it.
   * A stream-only answer has `mediaType: "text/event-stream"` and no `schema`.
   */
  response?: {
    status: string;
    /** How the answer is read; `contentKey` is the spec's own key when that is a wildcard. */
    mediaType: string;
    contentKey?: string;
    schema?: Json;
    stream?: { schema: Json; sentinel?: string };
    /** A JSON sequence answer: read as `each` item of the array, or the `one` value. */
    lines?: "each" | "one";
    /**
     * A JSON sequence the answer may come as instead of the JSON read (Ollama's
     * `application/x-ndjson` when `stream` is left on): not read, but named when it comes.
     */
    linesInstead?: string;
    /**
     * The text the JSON answer may come as instead (Groq's translations: `text/plain` beside
     * JSON, by `response_format`): asked for too, and returned as its text when it comes.
     */
    textToo?: string;
    /**
     * Every media type an answer that is not JSON comes in, when it comes in several (Box's
     * thumbnails: `image/jpg, image/png`), for the `Accept` header.
     */
    accepts?: string;
  };
  /** The body's `stream` field, when it chooses between the answer's JSON and its events. */
  streamSwitch?: StreamSwitch;
  /** How the client walks the list's pages, when it can (see `paginationOf`). */
  pagination?: Pagination;
  /**
   * The other 2XX answers the spec lists beside `response` (a 202 with a job beside a 200, a 204
   * beside a 201), each by its status, read by its own media type and schema when it comes.
   */
  otherResponses: OtherResponse[];
  /**
   * The error answers (4XX, 5XX, or their ranges) with a JSON body, by status (upper case), in
   * order: the SDK throws each as an error class (see `error-classes.ts`), its body checked and
   * renamed as `data$`. A body that is a component names it (`HonoApiError`); one written inline
   * keeps its schema and where its type is (`key`: the status as written; `contentKey`).
   */
  errors: OperationError[];
  summary?: string;
  /** The operation's longer text, when it says more than the summary. */
  description?: string;
  deprecated: boolean;
}

/** An error answer with a JSON body (see `CollectedOperation.errors`). */
export type OperationError = {
  /** `404`, `4XX`, or `default`, which stands for the ranges it `covers`. */
  status: string;
  covers?: string[];
  /** The `components.responses` entry the answer is (`Unauthorized`), shared by operations. */
  response?: string;
  key: string;
  contentKey: string;
  schema: Json;
  component?: string;
  /** The answer's own description (`Agent not found.`). */
  description?: string;
};

// (Other transforms read these from here.)
export { METHODS, type Method } from "./methods.js";
export { EVENT_STREAM, JSON_SEQUENCE, JSON_TYPE } from "./media-type-names.js";

/** Media types the runtime can send, most preferred first. */
const REQUEST_TYPES = [
  "application/json",
  "multipart/form-data",
  "application/x-www-form-urlencoded",
];
const MULTIPART = "multipart/form-data";
/** Text media types: a raw body in one is text, not a file of another type. */
const TEXT = /^text\//;

/**
 * A request body the runtime sends as it is (a file's bytes, or a scalar's text): any media type
 * but JSON, JSON sequences written from values (`lines`), multipart and URL-encoded forms.
 */
export function isRawBody(body: { mediaType: string; lines?: unknown }): boolean {
  return !body.lines && !REQUEST_TYPES.includes(body.mediaType) && !JSON_TYPE.test(body.mediaType);
}

/** A request body sent as JSON (also one the spec takes as multipart or JSON). */
export function isJsonBody(body: { mediaType: string; json?: string | undefined }): boolean {
  return JSON_TYPE.test(body.mediaType) || body.json !== undefined;
}

/** A 2XX answer that is neither JSON nor a stream of events: text, or bytes (a Blob). */
export function isNonJsonAnswer(mediaType: string): boolean {
  return !JSON_TYPE.test(mediaType) && mediaType !== EVENT_STREAM;
}

/**
 * Names a standalone function must not take: the module's own imports, `index.ts` exports, and
 * what the SDK's packages export beside them.
 */
const FUNC_RESERVED = ["operation", "paths", "wireComponents", "wireOperations", ...SDK_EXPORTS];

/**
 * A standalone function's name: the resource path and method run together, each part keeping
 * its case (`workspaceSecurityAddIPRange`, as the official SDK names it).
 */
function funcNameOf(sdkName: string[]): string {
  const joined = sdkName.map((part, i) =>
    i ? part.charAt(0).toUpperCase() + part.slice(1) : part,
  );
  const name = joined.join("");
  return /^[A-Za-z_$][\w$]*$/.test(name) && !RESERVED.has(name)
    ? name
    : identifier(sdkName.join("_"));
}

/**
 * Every operation of the document (OpenAPI "Paths Object" § 4.8.8 and "Operation Object"
 * § 4.8.10), in a stable order (path, then method), each with its resolved parameters, the
 * request body the SDK sends and the 2XX response it returns, and names that are unique in
 * every place they are used.
 */
export function collectOperations(doc: Document): CollectedOperation[] {
  const paths = isObject(doc.paths) ? doc.paths : {};
  const ops: CollectedOperation[] = [];
  const collections = collectionPaths(Object.keys(paths));
  const groupedIds = namesOperationsByGroup(doc);
  const dottedPaths = namesOperationsByDots(Object.keys(paths));
  // Credentials fill requirements of several schemes at once, and pick among alternatives.
  const securityRequirements = securityLists(doc);
  const unrequired = declaredAlternatives(doc);
  const fromCredentials =
    needsSeveralSchemes(securityRequirements) ||
    offersAlternativeSchemes(doc, unrequired ? [unrequired] : securityRequirements);
  for (const path of Object.keys(paths).sort()) {
    const item = deref(doc, paths[path]);
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      // Speakeasy's `x-speakeasy-ignore: true` (20 internal operations of the published orq
      // spec): the spec's authors leave it out of their SDKs, and so does this one. The wire
      // types (`paths.ts`) still list it, as the API still serves it.
      // Fern's `x-fern-ignore` says the same.
      if (op["x-speakeasy-ignore"] === true || op["x-fern-ignore"] === true) continue;
      // A HEAD answer has no body (RFC 9110 § 9.3.2), whatever content a spec lists for it
      // (Swashbuckle lists the GET's): the method resolves to nothing.
      const bodiless = method === "head";
      const response = askedAs(
        pickResponse(doc, op.responses, bodiless),
        declaredAccept(doc, item.parameters, op.parameters),
      );
      const requestBody = pickRequestBody(doc, op.requestBody);
      const declared = collectParameters(doc, item.parameters, op.parameters);
      const auth = operationKeyPlacement(doc, op.security, declared, securityRequirements);
      // A parameter the client's key fills (Trello's required `key` query parameter, which its
      // `api_key` scheme names) is the caller's to give or leave to the key: not required.
      // A header the key fills (TwelveLabs' `x-api-key`, ElevenLabs' `xi-api-key`, declared on
      // every operation) takes no place in the request: it put every body under a name
      // (`{ requestBody: { … } }`, probe80), for a value the client sends; a call's own goes in
      // `headers`, as it wins over the key.
      const keyed = declared
        .filter((p) => !(auth && p.in === "header" && isKeyParameter(auth, p)))
        .map((p) =>
          p.required && auth && isKeyParameter(auth, p)
            ? { ...p, required: false }
            : fixedParameter(doc, p),
        );
      // An idempotency key the SDK sends itself, where it is the operation's one parameter
      // (Resend's `POST /emails`), takes no place in the request: the body is the request
      // (`emails.send({ from, to, subject })`, as in the API's docs, where it went under its
      // name, `{ sendEmailRequest: { … } }`, probe81); a key of the caller's own goes in
      // `headers`.
      const idempotencyKey = idempotencyHeader(doc, { method, parameters: keyed });
      const parameters = idempotencyKey && keyed.length === 1 ? [] : keyed;
      // A named body whose key a parameter already has stays `requestBody`: the parameter keeps
      // its name.
      const named = bodyKeyOf(requestBody?.schema);
      const bodyKey = parameters.some((p) => p.sdk === named) ? "requestBody" : named;
      const others = otherResponses(doc, op.responses, response?.status, bodiless);
      ops.push({
        operationId:
          typeof op.operationId === "string" ? op.operationId : camelCase(`${method} ${path}`),
        ident: "",
        typeName: "",
        funcName: "",
        method,
        path,
        servers: ownServers(op, item),
        sdkName: sdkNameOf(doc, op, method, path, collections.has(path), groupedIds, dottedPaths),
        parameters,
        bodyKey,
        positional: positionalArguments(doc, op, parameters, requestBody, bodyKey),
        auth,
        credentials: credentialSets(doc, op.security, fromCredentials),
        idempotencyKey,
        requestBody,
        response,
        streamSwitch: streamSwitch(doc, requestBody, response),
        otherResponses: others,
        // (Not where another 2XX answer may come instead: a page is one shape.)
        pagination: others.some((r) => r.schema !== undefined)
          ? undefined
          : paginationOf(doc, method, parameters, response, op["x-speakeasy-pagination"]),
        errors: errorAnswers(doc, op.responses),
        summary: typeof op.summary === "string" ? op.summary : undefined,
        description: moreThanSummary(op.description, op.summary),
        deprecated: op.deprecated === true,
      });
    }
  }
  bearerOnlyNeedsCredentials(ops);
  if (!declaresSecurity(doc)) keyParameterForAll(ops);
  dropSharedBase(ops);
  namespaceByBasePath(ops);
  namespaceByVersion(ops);
  for (const op of ops) op.sdkName = op.sdkName.map(clearOfClientMembers);
  disambiguate(ops);
  // operationIds are unique, but not after camelCase (`list-models`, `listModels`).
  const idents = new Set<string>();
  const typeNames = new Set<string>();
  const funcNames = new Set<string>(FUNC_RESERVED.map((n) => n.toLowerCase()));
  for (const op of ops) {
    op.ident = uniqueName(identifier(op.operationId), idents);
    op.typeName = uniqueName(identifier(op.operationId, "pascal"), typeNames);
    op.funcName = uniqueName(funcNameOf(op.sdkName), funcNames, true);
  }
  return ops;
}

/**
 * Where the one key goes as Basic credentials (`id:secret`, Shutterstock's `basic` scheme) on
 * more operations than any bearer scheme admits alone, it is no bearer token: those operations
 * (its OAuth-only licensing and collections) need their scheme's credential, and are refused
 * without it. They were sent `Authorization: Bearer id:secret`, the client secret in a header
 * the API does not read so. (Where Basic is the exception, a login that trades a user's
 * password for the token every other operation takes, the key is that token.)
 */
function bearerOnlyNeedsCredentials(ops: CollectedOperation[]): void {
  const basic = ops.filter((op) => op.auth && op.auth.scheme === "basic").length;
  const bearerOnly = ops.filter(
    (op) =>
      op.auth === undefined &&
      op.credentials &&
      !op.credentials.required &&
      !op.credentials.anonymous &&
      op.credentials.sets.every((set) => set.length === 1 && set[0]!.bearer),
  );
  if (basic <= bearerOnly.length) return;
  for (const op of bearerOnly) op.credentials = { ...op.credentials!, required: true };
}

/**
 * A spec that says nothing of security (no scheme, no requirement) but names the key's parameter
 * on some operations (Anthropic's `x-api-key`, declared on its GETs and DELETEs, never on a POST)
 * has one API and one key: the others send it there too. They sent it as `Authorization:
 * Bearer`, which that API does not read: every write call a 401. Where operations name different
 * parameters, each keeps its own and the rest the default.
 */
function keyParameterForAll(ops: CollectedOperation[]): void {
  const named = new Map(
    ops.flatMap((op) => (op.auth ? [[`${op.auth.in} ${op.auth.name}`, op.auth] as const] : [])),
  );
  if (named.size !== 1) return;
  const [auth] = named.values();
  for (const op of ops) op.auth ??= auth;
}

/** An operation's own `servers` (§ 4.8.10), else its path's (§ 4.8.9), where either names any. */
export function ownServers(op: JsonObject, item: JsonObject): Json | undefined {
  return [op.servers, item.servers].find((s) => Array.isArray(s) && s.length);
}

const IGNORED_HEADERS: ReadonlySet<string> = new Set(["accept", "content-type", "authorization"]);

/**
 * The one media type an operation's `Accept` header parameter allows, which the SDK does not
 * send as a parameter (see `collectParameters`), but which says what to ask for: Smallest's
 * speech takes `Accept: audio/wav` alone, "omitting it can return an empty or unplayable
 * response", where its answer is written `application/octet-stream` (probe77).
 */
function declaredAccept(
  doc: Document,
  pathLevel: Json | undefined,
  opLevel: Json | undefined,
): string | undefined {
  for (const list of [opLevel, pathLevel])
    for (const raw of Array.isArray(list) ? list : []) {
      const p = deref(doc, raw);
      if (!isObject(p) || p.in !== "header" || String(p.name).toLowerCase() !== "accept") continue;
      const schema = deref(doc, p.schema);
      const value = isObject(schema) ? oneAllowedValue(schema) : undefined;
      return typeof value === "string" && /^[\w.+-]+\/[\w.+*-]+$/.test(value) ? value : undefined;
    }
  return undefined;
}

/** An answer of bytes asked for first as the `Accept` parameter says (see `declaredAccept`). */
function askedAs<T extends { mediaType: string; accepts?: string } | undefined>(
  response: T,
  accept: string | undefined,
): T {
  if (!response || !accept || !response.mediaType || !isNonJsonAnswer(response.mediaType))
    return response;
  const offered = (response.accepts ?? response.mediaType).split(", ");
  return { ...response, accepts: [...new Set([accept, ...offered])].join(", ") };
}
/** RFC 9110 § 5.6.2's `token`: what a header's (and a cookie's) name is made of. */
const HTTP_TOKEN = /^[!#$%&'*+\-.^_`|~\dA-Za-z]+$/;

/**
 * Operation parameters override path-level ones with the same name and location (§ 4.8.9.1);
 * path parameters are always required (§ 4.8.12.1).
 */
function collectParameters(
  doc: Document,
  pathLevel: Json | undefined,
  opLevel: Json | undefined,
): CollectedParameter[] {
  const all = new Map<string, JsonObject>();
  for (const list of [pathLevel, opLevel]) {
    for (const raw of Array.isArray(list) ? list : []) {
      const p = deref(doc, raw);
      if (!isObject(p) || typeof p.name !== "string" || !LOCATIONS.includes(p.in as Location))
        continue;
      // § 4.8.12.1: a header parameter named Accept, Content-Type or Authorization "SHALL be
      // ignored" (the media types and security say those). PagerDuty declares them: sent, a
      // `Content-Type: application/json` went out on requests with no body.
      if (p.in === "header" && IGNORED_HEADERS.has(p.name.toLowerCase())) continue;
      // A name no request can carry (Notion's header named `""`; a space or a colon in a header
      // or cookie name, which HTTP's token grammar leaves out): typed, it was taken, and the call
      // failed with fetch's own error. Left out, as a lint of the spec would point out.
      if (!p.name || ((p.in === "header" || p.in === "cookie") && !HTTP_TOKEN.test(p.name)))
        continue;
      all.set(`${p.in}:${p.name}`, p);
    }
  }
  const params = [...all.values()].map((p) => ({ name: p.name as string, in: p.in as Location }));
  const sdk = parameterNames(params);
  return [...all.values()].map((p, i) => ({
    name: p.name as string,
    in: p.in as Location,
    sdk: sdk[i]!,
    required: p.required === true || p.in === "path",
    schema: parameterSchema(p),
    ...parameterSerialization(p),
    ...(typeof p.description === "string" && { description: p.description }),
  }));
}

/**
 * A required parameter whose schema allows one value (`const`, or an `enum` of one: Cartesia's
 * `Cartesia-Version: 2025-11-04` header, Runway's `X-Runway-Version`) is that value when the
 * call gives none, and so optional: every call had to spell out what the spec already says, and
 * one without it was refused. A value given is still checked (another version is refused).
 */
function fixedParameter(doc: Document, p: CollectedParameter): CollectedParameter {
  const schema = deref(doc, p.schema);
  if (!p.required || !isObject(schema)) return p;
  const value = oneAllowedValue(schema);
  return value === undefined || value === null ? p : { ...p, required: false, fixed: { value } };
}

/**
 * A parameter's `style`, `explode` and `allowReserved` (§ 4.8.12.3) as the spec writes them
 * (which of them are defaults is the runtime tables' concern), or, for a `content` parameter,
 * whether its one media type is JSON: `content` replaces them all (§ 4.8.12.2).
 */
function parameterSerialization(
  p: JsonObject,
): Pick<CollectedParameter, "style" | "explode" | "allowReserved" | "content"> {
  const mediaType =
    p.schema === undefined && isObject(p.content) ? Object.keys(p.content)[0] : undefined;
  if (mediaType !== undefined) return { content: JSON_TYPE.test(mediaType) ? "json" : "text" };
  return {
    ...(typeof p.style === "string" && { style: p.style }),
    ...(typeof p.explode === "boolean" && { explode: p.explode }),
    ...(p.allowReserved === true && { allowReserved: true }),
  };
}

/**
 * The request's keys a method takes as arguments one by one, as the official SDK's do where the
 * spec says so (Speakeasy's `x-speakeasy-max-method-params`, on the operation, else on the
 * document): when the parameters and the body number no more than that. Required ones first,
 * then the others; in each group the body, then the parameters in the spec's order
 * (`agents.update(requestBody, agentKey)`, `agents.invoke(key, requestBody?)`). Undefined for an
 * operation without parameters: its body alone is the request already.
 */
function positionalArguments(
  doc: Document,
  op: JsonObject,
  parameters: CollectedParameter[],
  requestBody: CollectedOperation["requestBody"],
  bodyKey: string,
): CollectedOperation["positional"] {
  // A count: a whole number, written as one or as its digits (`"0"` in quotes is still 0).
  const max = [op["x-speakeasy-max-method-params"], doc["x-speakeasy-max-method-params"]]
    .map((value) => (typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value))
    .find((value) => Number.isInteger(value));
  const args = [
    ...(requestBody ? [{ key: bodyKey, required: requestBody.required }] : []),
    ...parameters.map((p) => ({ key: p.sdk, required: p.required })),
  ];
  if (typeof max !== "number" || !parameters.length || args.length > max) return undefined;
  return [...args.filter((a) => a.required), ...args.filter((a) => !a.required)];
}

/**
 * The request's key for the body beside parameters: a body that is one component schema
 * (`$ref: '#/components/schemas/UpdateAlertRequest'`) goes under its camelCase name
 * (`updateAlertRequest`), as in the official (Speakeasy) SDK; any other under `requestBody`,
 * and so does one FastAPI named for its handler (`Body_<route id>`): ElevenLabs' 74 bodies went
 * under keys such as `bodyTextToSpeechV1TextToSpeechVoiceIdPost`, a name of the code behind the
 * API, up to 102 characters long (probe73).
 */
function bodyKeyOf(schema: Json | undefined): string {
  const ref = isObject(schema) && typeof schema.$ref === "string" ? schema.$ref : "";
  const [, name] = /^#\/components\/schemas\/([^/]+)$/.exec(ref) ?? [];
  if (name === undefined || /^Body_\w+$/.test(name)) return "requestBody";
  const plain = name.replace(/~1/g, "/").replace(/~0/g, "~");
  // A name that is an identifier keeps its acronyms, as the official SDK's do
  // (`AddIPRangeRequest` → `addIPRangeRequest`), but a leading one is lower case whole
  // (`TTSRequest` → `ttsRequest`, not `tTSRequest`); any other is camelCased.
  return /^[A-Za-z][A-Za-z0-9]*$/.test(plain)
    ? plain.replace(/^[A-Z]+(?=[A-Z][a-z]|[0-9]|$)|^[A-Z]/, (head) => head.toLowerCase())
    : identifier(plain, "camel");
}

/** A parameter has a `schema`, or (§ 4.8.12.2) a `content` map with exactly one media type. */
function parameterSchema(p: JsonObject): Json | undefined {
  if (p.schema !== undefined) return p.schema;
  const media = isObject(p.content) ? Object.values(p.content)[0] : undefined;
  return isObject(media) ? media.schema : undefined;
}

/**
 * The one media type the SDK sends a body in, when the spec offers several (§ 4.8.13: any of
 * them will do): multipart when its schema has files, which JSON cannot carry, wherever it is
 * listed; else bytes offered beside JSON (see `bytesBesideJson`); else the first JSON type as
 * listed; else multipart, then a URL-encoded form; else the first listed. The types are written
 * for the same choice (`models.ts` reads this one).
 */
function pickRequestBody(doc: Document, raw: Json | undefined): CollectedOperation["requestBody"] {
  const body = deref(doc, raw);
  if (!isObject(body) || !isObject(body.content)) return undefined;
  const types = Object.keys(body.content);
  const content = body.content;
  const multipart = content[MULTIPART];
  const fields = isObject(multipart)
    ? multipartEncoding(doc, multipart.schema, undefined).fields
    : {};
  const carriesFiles = Object.values(fields).includes("file");
  const jsonType = types.find((t) => JSON_TYPE.test(t));
  const bytes = carriesFiles ? undefined : bytesBesideJson(doc, content, jsonType);
  const mediaType =
    (carriesFiles ? MULTIPART : undefined) ??
    bytes ??
    jsonType ??
    REQUEST_TYPES.find((t) => types.includes(t)) ??
    types[0];
  if (!mediaType) return undefined;
  const schemaOf = (type: string) => {
    const media = content[type];
    return isObject(media) && media.schema !== undefined ? media.schema : {};
  };
  const media = content[mediaType];
  // A multipart body of files beside JSON of other fields (Gladia's upload: the `audio` file, or
  // `audio_url`, which was "not a known field", probe78): either, as the value fits one.
  // (Only where the two share no field: OpenAI's image edits take a `prompt` in both, and a
  // call of a prompt alone would fit both; there the body is multipart, as before.)
  const jsonFields = jsonType ? Object.keys(objectProperties(doc, schemaOf(jsonType))) : [];
  const either =
    carriesFiles &&
    jsonType !== undefined &&
    !isFieldless(doc, schemaOf(MULTIPART)) &&
    isObject(deref(doc, schemaOf(jsonType))) &&
    jsonFields.length > 0 &&
    !jsonFields.some((name) => Object.hasOwn(fields, name));
  // Bytes beside JSON: a file, or the JSON body, each checked as its media type says.
  const schema = bytes
    ? { oneOf: [schemaOf(bytes), schemaOf(jsonType!)] }
    : either
      ? { oneOf: [schemaOf(MULTIPART), schemaOf(jsonType!)] }
      : schemaOf(mediaType);
  const lines = JSON_SEQUENCE.test(mediaType) ? sequenceOf(doc, schema) : undefined;
  const alsoAs = isRawBody({ mediaType, lines })
    ? types.filter((t) => t !== mediaType && isRawBody({ mediaType: t }) && !TEXT.test(t))
    : [];
  // (Bytes beside JSON are a file or JSON, chosen by the value: no object to fill.)
  const fill = bytes ? undefined : defaultedConstants(doc, schema);
  const json = either
    ? jsonType
    : carriesFiles && mediaType === MULTIPART
      ? types.find((t) => JSON_TYPE.test(t) && sameFieldsButFiles(doc, schema, fields, content[t]))
      : bytes && jsonType;
  return {
    mediaType,
    required: body.required === true,
    schema,
    encoding: isObject(media) && isObject(media.encoding) ? media.encoding : undefined,
    ...(alsoAs.length && { alsoAs }),
    ...(lines && { lines }),
    ...(mediaType === MULTIPART && isFieldless(doc, schema) && { formData: true as const }),
    ...(json && { json }),
    ...(either && { either: true as const }),
    ...(fill && { fill }),
  };
}

/**
 * A media type of bytes (a file's, sent as it is) that a body is offered in beside JSON
 * (`jsonType`), of which JSON is no file too: Deepgram's `/v1/listen` takes the audio itself as
 * `audio/*`, or `{ url }` as JSON. Such a body takes either, and the value says which: a file
 * goes as its bytes, anything else as JSON. (Sent as JSON only, the audio could not be uploaded
 * at all, probe71.) Text types (a `text/plain` string) are no bytes.
 */
function bytesBesideJson(
  doc: Document,
  content: JsonObject,
  jsonType: string | undefined,
): string | undefined {
  const binary = (type: string) => {
    const media = content[type];
    const schema = deref(doc, isObject(media) ? media.schema : undefined);
    return isObject(schema) && isBinary(schema);
  };
  if (jsonType === undefined || binary(jsonType)) return undefined;
  return Object.keys(content).find(
    (type) => isRawBody({ mediaType: type }) && !TEXT.test(type) && binary(type),
  );
}

/**
 * Whether the body offered as JSON (`media`) has the multipart one's fields, but its files: then a
 * value without files is the same in either (not OpenAI's image edits, whose JSON form takes
 * images by URL under other names).
 */
function sameFieldsButFiles(
  doc: Document,
  multipartSchema: Json,
  /** How the multipart body sends each field (see `multipartEncoding`). */
  fields: Record<string, string>,
  media: Json | undefined,
): boolean {
  const sent = Object.keys(objectProperties(doc, multipartSchema)).filter(
    (name) => fields[name] !== "file",
  );
  const json = Object.keys(objectProperties(doc, isObject(media) ? media.schema : undefined));
  return sent.length === json.length && sent.every((name) => json.includes(name));
}

/** A schema that names no fields: a bare file, a list, a scalar (nothing names their parts). */
function isFieldless(doc: Document, schema: Json | undefined): boolean {
  const s = deref(doc, schema);
  if (!isObject(s) || Object.keys(objectProperties(doc, s)).length) return false;
  const types = typeList(s);
  return isBinary(s) || (types.length > 0 && !types.includes("object"));
}

/** An operation's description, unless it is empty or only says the summary again. */
function moreThanSummary(description: Json | undefined, summary: Json | undefined) {
  const text = typeof description === "string" ? description.trim() : "";
  return text && text !== String(summary ?? "").trim() ? text : undefined;
}

/**
 * How a JSON sequence body is written from its schema: an array's items one per line; a value of
 * any other JSON type as the one line; nothing for text or bytes, which are sent as they are (a
 * prepared `.jsonl` file, or its text).
 */
export function sequenceOf(doc: Document, raw: Json): "each" | "one" | undefined {
  const schema = deref(doc, raw);
  if (!isObject(schema)) return "one";
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes("array") || schema.items !== undefined || schema.prefixItems !== undefined)
    return "each";
  if (types.includes("string") && !types.some((t) => t !== "string" && t !== "null"))
    return undefined;
  return "one";
}

/**
 * The first 2XX answer (§ 4.8.17 "Responses Object"), else the `default` one, by its JSON
 * content if it has one. A `text/event-stream` content beside it (or alone) is the answer's
 * stream, with its sentinel (`x-speakeasy-sse-sentinel`, on the media type or the response): a
 * `data` that ends it.
 */
function pickResponse(
  doc: Document,
  raw: Json | undefined,
  bodiless: boolean,
): CollectedOperation["response"] {
  if (!isObject(raw)) return undefined;
  for (const status of successStatuses(raw)) {
    const response = deref(doc, raw[status]);
    if (!isObject(response)) continue;
    // 204 and 205 answers have no body (RFC 9110 § 15.3.5, § 15.3.6), whatever schema a spec
    // gives them: the method resolves to nothing.
    if (bodiless || status === "204" || status === "205") return { status, mediaType: "" };
    const content = isObject(response.content) ? response.content : {};
    const types = Object.keys(content);
    const events = content[EVENT_STREAM];
    const stream = isObject(events)
      ? {
          schema: events.schema ?? {},
          ...sentinel(events["x-speakeasy-sse-sentinel"] ?? response["x-speakeasy-sse-sentinel"]),
        }
      : undefined;
    const mediaType =
      types.find((t) => JSON_TYPE.test(t)) ?? types.find((t) => t !== EVENT_STREAM) ?? types[0];
    if (!mediaType) return { status, mediaType: "" };
    if (mediaType === EVENT_STREAM) return { status, mediaType, stream: stream! };
    const media = content[mediaType];
    const schema = isObject(media) ? media.schema : undefined;
    const linesInstead = JSON_TYPE.test(mediaType)
      ? types.find((t) => JSON_SEQUENCE.test(t))
      : undefined;
    const read = readAs(doc, mediaType, schema);
    // (A JSON answer is asked for as JSON: the server answers it so.)
    const offered = types.filter((t) => t !== EVENT_STREAM);
    const accepts = !JSON_TYPE.test(read.mediaType) && offered.length > 1 && offered.join(", ");
    const textToo = JSON_TYPE.test(read.mediaType)
      ? offered.filter((t) => /^text\//.test(t) && !JSON_TYPE.test(t)).join(", ")
      : "";
    return {
      status,
      ...read,
      schema,
      ...(stream && { stream }),
      ...(linesInstead && { linesInstead }),
      ...(accepts && { accepts }),
      ...(textToo && { textToo }),
    };
  }
  return undefined;
}

/**
 * The statuses an operation succeeds with, in order: its 2XX ones, else `default`, which stands
 * for every status not listed: with no 2XX listed, it is the answer the operation succeeds with,
 * as older specs write it (and as the mock answers).
 */
export function successStatuses(responses: JsonObject): string[] {
  const successes = Object.keys(responses)
    .filter((s) => SUCCESS.test(s))
    .sort();
  return successes.length ? successes : Object.keys(responses).filter((s) => s === "default");
}

/** Another 2XX answer: no body (`mediaType: ""`), or its media type and schema. */
export interface OtherResponse {
  status: string;
  mediaType: string;
  contentKey?: string;
  schema?: Json;
  /** A JSON sequence answer: read as `each` item of the array, or the `one` value. */
  lines?: "each" | "one";
}

/**
 * An answer's media type as the SDK reads it: a wildcard (`*` + `/*`, `application/*`, as
 * springdoc writes every answer) over a schema of JSON data, neither bytes nor a bare string, is
 * JSON (`contentKey` keeps the spec's key for the types). Read as bytes, its JSON came back as
 * raw text.
 */
function readAs(
  doc: Document,
  key: string,
  schema: Json | undefined,
): { mediaType: string; contentKey?: string; lines?: "each" | "one" } {
  // A JSON sequence (NDJSON, JSON Lines) of values is read value by value, like its request
  // twin (see `sequenceOf`); one of text is text.
  const lines =
    JSON_SEQUENCE.test(key) && schema !== undefined ? sequenceOf(doc, schema) : undefined;
  if (lines) return { mediaType: key, lines };
  const s = deref(doc, schema);
  const data =
    isObject(s) &&
    !isBinary(s) &&
    !(s.type === "string" && !s.oneOf && !s.anyOf && !s.allOf) &&
    Object.keys(s).length > 0;
  return (key === "*/*" || key === "application/*") && data
    ? { mediaType: "application/json", contentKey: key }
    : { mediaType: key };
}

/**
 * The 2XX answers after the one `pickResponse` chose (`chosen`), in the same order. Their bodies are read
 * as JSON (or text, or nothing); streams and files are the first answer's alone.
 */
function otherResponses(
  doc: Document,
  raw: Json | undefined,
  chosen: string | undefined,
  bodiless: boolean,
): OtherResponse[] {
  if (!isObject(raw)) return [];
  return Object.keys(raw)
    .filter((s) => SUCCESS.test(s) && s !== chosen)
    .sort()
    .flatMap((status): OtherResponse[] => {
      const response = deref(doc, raw[status]);
      if (!isObject(response)) return [];
      const content = isObject(response.content) ? response.content : {};
      const types = Object.keys(content).filter((t) => t !== EVENT_STREAM);
      const mediaType =
        bodiless || status === "204" || status === "205"
          ? undefined
          : (types.find((t) => JSON_TYPE.test(t)) ?? types[0]);
      if (!mediaType) return [{ status, mediaType: "" }];
      const media = content[mediaType];
      const schema = isObject(media) ? media.schema : undefined;
      return [{ status, ...readAs(doc, mediaType, schema), schema }];
    });
}

/**
 * The error answers with a JSON body (see `CollectedOperation.errors`). `default` is one where
 * the operation lists a 2XX answer (else it is the answer it succeeds with): it stands for every
 * error status not listed (§ 4.8.16), so it `covers` the ranges no key names (Stripe writes all
 * its errors so: `default: $ref error`).
 */
function errorAnswers(doc: Document, raw: Json | undefined): OperationError[] {
  if (!isObject(raw)) return [];
  const keys = Object.keys(raw);
  const ranges = ["4XX", "5XX"].filter((range) => !keys.some((k) => k.toUpperCase() === range));
  const withDefault = keys.some((k) => SUCCESS.test(k)) && keys.includes("default");
  return keys
    .filter((key) => /^[45](\d\d|XX)$/i.test(key) || (key === "default" && withDefault))
    .sort()
    .flatMap((key) => {
      const response = deref(doc, raw[key]);
      const content = isObject(response) && isObject(response.content) ? response.content : {};
      const contentKey = Object.keys(content).find((t) => JSON_TYPE.test(t));
      const media = contentKey === undefined ? undefined : content[contentKey];
      const schema = isObject(media) ? media.schema : undefined;
      if (contentKey === undefined || !isObject(schema)) return [];
      const ref = schema.$ref;
      const component = typeof ref === "string" ? componentName(ref) : undefined;
      // A `$ref` that names no component (an external file, a path) has no class of its own.
      if (typeof ref === "string" && component === undefined) return [];
      const description =
        isObject(response) && typeof response.description === "string"
          ? response.description
          : undefined;
      const shared = isObject(raw[key]) ? raw[key].$ref : undefined;
      const sharedName =
        typeof shared === "string"
          ? /^#\/components\/responses\/([^/]+)$/.exec(shared)?.[1]
          : undefined;
      const answer = {
        status: key.toUpperCase(),
        key,
        contentKey,
        schema,
        component,
        description,
        ...(sharedName !== undefined && { response: unescapeSegment(sharedName) }),
      };
      if (key !== "default") return [answer];
      return ranges.length ? [{ ...answer, status: "default", covers: ranges }] : [];
    });
}

function sentinel(value: Json | undefined): { sentinel?: string } {
  return typeof value === "string" ? { sentinel: value } : {};
}

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
  isIdentifier,
  isParam,
  namingSegments,
  isActionVerb,
  basePathVersion,
  parameterNames,
  RESERVED,
  basePathWords,
  groupedOperationId,
  fastApiHandlerName,
  nestJsHandlerName,
  isFastApiDefaultId,
  itemAction,
  operationIdName,
  collectionVerb,
  dottedMethodName,
  operationIdVerb,
  resourceName,
  uniqueName,
  pascalCase,
} from "../names.js";
import { defaultedConstants } from "./defaulted-constants.js";
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

/** The HTTP methods a path item may hold (§ 4.8.9). */
export const METHODS = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
] as const;
export type Method = (typeof METHODS)[number];
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

/** Media types the runtime can send, most preferred first. */
const REQUEST_TYPES = [
  "application/json",
  "multipart/form-data",
  "application/x-www-form-urlencoded",
];
const MULTIPART = "multipart/form-data";
/** Text media types: a raw body in one is text, not a file of another type. */
const TEXT = /^text\//;
/** JSON: `application/json`, any `+json` type, or the older `text/json` (ASP.NET, Swashbuckle). */
// (Not `application/stream+json`, Spring's and Cohere's name for NDJSON: a JSON sequence.)
export const JSON_TYPE = /^(application\/(?!stream\+json)([\w.+-]+\+)?|text\/)json(?![\w-])/;
/** A success status, or the range of them. */
const SUCCESS = /^2(\d\d|XX)$/i;
export const EVENT_STREAM = "text/event-stream";

/**
 * JSON sequences: JSON values one after another, one per line (NDJSON, JSON Lines), or each
 * after an RS character (RFC 7464 `json-seq`).
 */
export const JSON_SEQUENCE =
  /^application\/(x-ndjson|jsonl|x-jsonl|jsonlines|x-jsonlines|json-seq|stream\+json)$/;

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
 * Every operation of the document (OpenAPI "Paths Object" § 4.8.8 and "Operation Object"
 * § 4.8.10), in a stable order (path, then method), each with its resolved parameters, the
 * request body the SDK sends and the 2XX response it returns, and names that are unique in
 * every place they are used.
 */
/**
 * An operation's resource path and method name. Where the spec gives the official SDK's
 * (Speakeasy's `x-speakeasy-name-override`, in the group `x-speakeasy-group` names, dotted, or
 * else in its first tag's, as Speakeasy groups; the orq spec names every operation so), that
 * one: the SDK's public names follow the official SDK's (`deployments.invoke`,
 * `datasets.listDatapoints`). Else the one its operationId spells along an RPC-style path
 * (`accountCreate` for `POST /account/create`: `account.create`), or the one its path and
 * method give.
 */
function sdkNameOf(
  doc: Document,
  op: JsonObject,
  method: string,
  path: string,
  collection: boolean,
  groupedIds: boolean,
  dottedPaths: boolean,
): string[] {
  const dotted = dottedPaths ? dottedMethodName(path, true) : undefined;
  const byPath = resourceName(method, path, collection);
  // A GET of a literal path answers a list, as a rule (`GET /pets`), but not when its answer is
  // one object with no list in it, no items sit below the path, and its name is no plural
  // (a page may hold its list a level down: Mistral's `records`): Jira's `GET /myself`,
  // `GET /serverInfo`, OpenAI's `GET /organization/spend_limit` get theirs. Nor when it answers
  // bytes, which no list is: Box's `GET /files/{id}/content` and `/users/{id}/avatar`.
  // The API's root (`GET /`, LaunchDarkly's links to the rest) names no resource: its
  // operationId names it (`getRoot`), else a GET is `get`. (It was `list`, exported as `list`.)
  // (Not a root action, `POST /describe`, which its path names.)
  const root =
    !dotted && byPath.length === 1 && namingSegments(path).every(isParam)
      ? typeof op.operationId === "string" && camelCase(op.operationId)
        ? [camelCase(op.operationId)]
        : method === "get"
          ? ["get"]
          : undefined
      : undefined;
  // A path that ends in a parameter with items below it is a scope, not an item, where its
  // GET answers a page: LaunchDarkly's `GET /flags/{projectKey}` beside
  // `/flags/{projectKey}/{featureFlagKey}` lists the project's flags, and a POST to it creates
  // one (both were named by operationIds, `flags.getFeatureFlag` beside a `flags.get` that
  // listed).
  const scope =
    !dotted && collection && endsInParameter(path)
      ? method === "get" && byPath.at(-1) === "get" && answersPage(doc, op)
        ? [...byPath.slice(0, -1), "list"]
        : // (A POST beside a GET that reads one object updates it.)
          method === "post" && byPath.at(-1) === "update" && readsPageOrNothing(doc, path)
          ? [...byPath.slice(0, -1), "create"]
          : undefined
      : undefined;
  // A write whose operationId says create where its method says update, or the other way
  // (Xero creates with PUT and updates with POST: `createInvoices` was `invoices.update`).
  // An id that names both is an upsert (Xero's `updateOrCreateInvoices`); one that names two
  // otherwise says neither (`create_or_join_lobby`).
  // (A NestJS id's handler: `initPreRecordedJob` of `PreRecordedController_initPreRecordedJob_v2`.)
  const id =
    typeof op.operationId === "string" ? (nestJsHandlerName(op.operationId) ?? op.operationId) : "";
  const idVerb = /^(create[\W_]*or[\W_]*update|update[\W_]*or[\W_]*create)/i.test(id)
    ? "upsert"
    : !/(^|[^a-z])or([^a-z]|$)|[a-z]Or[A-Z]/.test(id)
      ? operationIdVerb(id)
      : undefined;
  const writeVerb =
    !dotted &&
    (method === "put" || method === "post") &&
    (idVerb === "create" || idVerb === "update" || idVerb === "upsert") &&
    (byPath.at(-1) === "create" || byPath.at(-1) === "update") &&
    byPath.at(-1) !== idVerb
      ? [...byPath.slice(0, -1), idVerb]
      : undefined;
  // A write named by its last segment as an action whose operationId or summary says it
  // creates or updates: a POST after a parameter to a noun (Twilio's `CreateToken` for `POST
  // /Accounts/{sid}/Tokens.json` was `accounts.tokens`) creates there; a PUT or PATCH to a verb
  // (Mailgun's `PUT /tracking/unsubscribe`, "Update unsubscribe tracking settings", was
  // `tracking.unsubscribe`, beside `tracking.click.update`) updates the setting it names.
  const last = namingSegments(path).at(-1) ?? "";
  const says = (verb: string) =>
    idVerb === verb ||
    (typeof op.summary === "string" && new RegExp(`^${verb}\\b`, "i").test(op.summary));
  const namedAsAction = !dotted && !isParam(last) && byPath.at(-1) === camelCase(last);
  const writeOfAction =
    namedAsAction && method === "post" && !isActionVerb(last) && says("create")
      ? [...byPath, "create"]
      : namedAsAction && (method === "put" || method === "patch") && says("update")
        ? [...byPath, "update"]
        : undefined;
  // A PUT or PATCH to a phrase its operationId starts as (Topaz's `CompleteVideoUpload` for
  // `PATCH /video/{id}/complete-upload/`, was `video.completeUpload.update`, probe76) runs that
  // action: one verb alone is an action already (see `resourceName`), a phrase only so.
  const phraseAction =
    !dotted &&
    (method === "put" || method === "patch") &&
    byPath.at(-1) === "update" &&
    !isParam(last) &&
    isActionVerb(last) &&
    byPath.at(-2) === camelCase(last) &&
    startsAsPhrase(id, last)
      ? byPath.slice(0, -1)
      : undefined;
  // A POST to an item that runs an action on it, as its operationId or summary says (Runway's
  // `POST /v1/workflows/{id}`, "Run a published workflow", was `workflows.update`); so does a
  // DELETE that says so (Topaz's `CancelVideoRequest`, `video.delete`, probe76, as Stripe's
  // SDK names its `DELETE /subscriptions/{id}` `subscriptions.cancel`), unless its word is a
  // delete's.
  const action =
    !dotted && method === "post" && byPath.at(-1) === "update" && !idVerb
      ? itemAction(id, op.summary)
      : !dotted && method === "delete" && byPath.at(-1) === "delete"
        ? [itemAction(id, op.summary)].find((verb) => verb && !/^(remove|destroy)$/.test(verb))
        : undefined;
  // A POST that reads, as its operationId says, where its path names it a write or an action by
  // a noun (DeepL's `getDocumentStatus` for `POST /document/{id}` and `downloadDocument` for
  // `POST /document/{id}/result` were `document.update` and `document.result`, probe77): the
  // id less the resource's words (`document.getStatus`, `document.download`).
  const reads =
    !dotted &&
    method === "post" &&
    /^(get|download|fetch|check|retrieve)[\W_A-Z]/i.test(`${id} `) &&
    (byPath.at(-1) === "update" || (namedAsAction && !isActionVerb(last)))
      ? idLessResource(fastApiHandlerName(id, method, path) ?? id, byPath.at(-2) ?? "")
      : undefined;
  // A GET of one item that answers a page of something else, as its operationId says (Mux's
  // `GET /data/v1/dimensions/{DIMENSION_ID}`, `list-dimension-values`, was `dimensions.get`):
  // the id's list, less the resource's own words (`dimensions.listValues`).
  const listsOnItem =
    !dotted &&
    !collection &&
    byPath.at(-1) === "get" &&
    /^list[\W_A-Z]/.test(id) &&
    answersPage(doc, op)
      ? itemListName(fastApiHandlerName(id, method, path) ?? id, byPath.at(-2) ?? "")
      : undefined;
  const fromPath =
    dotted ??
    root ??
    scope ??
    writeOfAction ??
    phraseAction ??
    writeVerb ??
    (action ? [...byPath.slice(0, -1), action] : undefined) ??
    (reads ? [...byPath.slice(0, -1), reads] : undefined) ??
    (listsOnItem ? [...byPath.slice(0, -1), listsOnItem] : undefined) ??
    (method === "get" &&
    byPath.at(-1) === "list" &&
    !collection &&
    // (A plural whose answer holds nothing but plain values is no page either: SendGrid's
    // `GET /tracking_settings/google_analytics`, `/user/settings/enforced_tls`.)
    (((!/(?<![siu])s$/i.test(byPath.at(-2) ?? "") ||
      (answersOneObject(doc, op, true) && !/^list/i.test(id))) &&
      (answersOneObject(doc, op) ||
        answersBytes(doc, op) ||
        answersNoContent(doc, op) ||
        // (Nor is one plain value: Mistral's `GET …/extracted-text-signed-url` answers the URL,
        // and was `extractedTextSignedUrl.list`; probe73. Under a plural, a spec that says so
        // of a page is more likely wrong: Mailgun's `GET …/domains`, `$ref: string`.)
        answersPlainValue(doc, op))) ||
      // (Nor is an object its operationId says it gets, which names no page: Topaz's
      // `GetSystemStatus`, `{ isAvailable, supportedModels: [...] }`, was `video.status.list`,
      // its one list among three fields taken for a page's; Ideogram's `get_user_credits`,
      // three prices, `credits.list`; probe76, probe74. Not an id that only spells the method
      // and path (Mailgun's `GET-v3-stats-total-domains`), nor where an item of the same name
      // reads one (Topaz's `GET /video/{id}/status` beside `GET /video/status`).)
      (/^get(?![a-z])/.test(camelCase(id)) &&
        squeezed(id) !== squeezed(`${method}${path}`) &&
        !hasItemTwin(doc, path) &&
        answersUnpagedObject(doc, op, byPath.at(-2) ?? "")))
      ? [...byPath.slice(0, -1), "get"]
      : byPath);
  // Fern's names (`x-fern-sdk-group-name`, a name or a list of them, and
  // `x-fern-sdk-method-name`) where Speakeasy's are absent: ElevenLabs names 206 of its 208
  // operations so, for `textToSpeech.convert` where the path gives `v1TextToSpeechVoiceIdPost`.
  const name = named(op["x-speakeasy-name-override"]) ?? named(op["x-fern-sdk-method-name"]);
  if (!name)
    return (
      (typeof op.operationId === "string" &&
        !dotted &&
        ((groupedIds ? groupedOperationId(op.operationId) : undefined) ??
          (!isFastApiDefaultId(op.operationId, method, path) &&
            !nestJsHandlerName(op.operationId) &&
            operationIdName(op.operationId, path)))) ||
      fromPath
    );
  const group = named(op["x-speakeasy-group"]) ?? op["x-fern-sdk-group-name"];
  const groups = (Array.isArray(group) ? group : [group])
    .flatMap((g) => (typeof g === "string" ? g.split(".") : []))
    .filter((g) => g.trim());
  const tag = Array.isArray(op.tags) && typeof op.tags[0] === "string" ? op.tags[0] : undefined;
  const resources = groups.length
    ? groups.map(speakeasyCase)
    : tag
      ? [identifier(tag)]
      : fromPath.slice(0, -1);
  return [...resources, speakeasyCase(name)];
}

/**
 * Whether the spec names its operations `group/action` (GitHub: every one of its 1,223): then
 * those ids name the methods. Only when nine in ten of its operationIds have that form: a spec
 * with a few such ids among others (VTEX's `create/updateDock` beside path-like ones) would file
 * those few under a stray `create`.
 */
function namesOperationsByGroup(doc: Document): boolean {
  const ids: string[] = [];
  for (const item of Object.values(isObject(doc.paths) ? doc.paths : {}))
    for (const method of METHODS) {
      const op = isObject(item) ? item[method] : undefined;
      if (isObject(op) && typeof op.operationId === "string") ids.push(op.operationId);
    }
  const grouped = ids.filter((id) => groupedOperationId(id)).length;
  return grouped >= 2 && grouped >= ids.length * 0.9;
}

/**
 * Whether the spec's paths are RPC methods written with dots (Slack's 174, `/chat.postMessage`)
 * or as verb phrases (Telegram's 74, `/sendMessage`): then a path of one segment names its
 * method (see `dottedMethodName`). Only where most paths are so: a REST spec may have one
 * (`/.well-known/…`, `/v1/models/gpt-4.1`, `/search`) that names nothing so.
 */
function namesOperationsByDots(paths: readonly string[]): boolean {
  const dotted = paths.filter((path) => dottedMethodName(path)).length;
  return dotted >= 2 && dotted >= paths.length / 2;
}

/** The `content` of an operation's first 2XX answer (by status), `{}` when it has none. */
function firstAnswerContent(doc: Document, op: JsonObject): JsonObject {
  const status = firstSuccessStatus(op);
  const response =
    status === undefined ? undefined : deref(doc, (op.responses as JsonObject)[status]);
  return isObject(response) && isObject(response.content) ? response.content : {};
}

/** An operation's first 2XX status key (`"200"`, `"2XX"`), if it has one. */
function firstSuccessStatus(op: JsonObject): string | undefined {
  return Object.keys(isObject(op.responses) ? op.responses : {})
    .filter((s) => SUCCESS.test(s))
    .sort()[0];
}

/** The schema of an operation's first 2XX answer in JSON, dereferenced; `undefined` for none. */
function firstJsonAnswerSchema(doc: Document, op: JsonObject): Json | undefined {
  const content = firstAnswerContent(doc, op);
  const json = Object.keys(content).find((t) => JSON_TYPE.test(t));
  const media = json === undefined ? undefined : content[json];
  return deref(doc, isObject(media) ? media.schema : undefined);
}

/** Whether an operation's first 2XX answer is a 204 with nothing in it (Svix's health check). */
function answersNoContent(doc: Document, op: JsonObject): boolean {
  return firstSuccessStatus(op) === "204" && !Object.keys(firstAnswerContent(doc, op)).length;
}

/**
 * Whether an operation's first 2XX JSON answer is one plain value, which no list is: a string,
 * number or boolean (Mistral's signed URL). (Not text, which may be lines of a list.)
 */
function answersPlainValue(doc: Document, op: JsonObject): boolean {
  const schema = firstJsonAnswerSchema(doc, op);
  const types = isObject(schema) ? typeList(schema) : [];
  return types.length > 0 && types.every((t) => t !== "object" && t !== "array");
}

/** Whether an operation's first 2XX answer is a file: no JSON, text or events, only bytes. */
function answersBytes(doc: Document, op: JsonObject): boolean {
  const types = Object.keys(firstAnswerContent(doc, op));
  return types.length > 0 && types.every((t) => !JSON_TYPE.test(t) && !/^text\//i.test(t));
}

/**
 * Whether an operation's first 2XX JSON answer is one object, not a list: an object schema
 * (through `$ref`, `allOf`) none of whose properties is an array (a page's `data: [...]`,
 * `items`, `values` would be). Without such a schema, nothing says so. `flat`: and none is an
 * object either, nor of no type: plain values only, which no page is.
 */
function answersOneObject(doc: Document, op: JsonObject, flat = false): boolean {
  const schema = firstJsonAnswerSchema(doc, op);
  if (!isObject(schema) || typeList(schema).some((t) => t !== "object")) return false;
  const properties = Object.entries(objectProperties(doc, schema));
  return (
    properties.length > 0 &&
    !properties.some(([name, p]) => {
      if (PAGE_MARKER.test(name)) return true;
      const property = deref(doc, p);
      // `flat`: nothing but plain values (no object, list or union a page could hide in).
      if (flat)
        return (
          !isObject(property) ||
          !typeList(property).length ||
          typeList(property).some((t) => t === "object" || t === "array")
        );
      // A list of its own in an object of few fields (`{ object, data: [...], url }`), or under
      // a page's name: a page. Other lists are the object's own (a dispute's transactions).
      return (
        isObject(property) &&
        (typeList(property).includes("array") || property.items !== undefined) &&
        (properties.length <= 4 || PAGE_ITEMS.test(name))
      );
    })
  );
}

/**
 * Whether an operation's first 2XX JSON answer is an object that says nothing of a page: no
 * paging field (`total`, `next`…), no list under a page's name (`data`, `items`…) or the
 * resource's own (`{ users: [...] }` of `GET /users`).
 */
function answersUnpagedObject(doc: Document, op: JsonObject, resource: string): boolean {
  const schema = firstJsonAnswerSchema(doc, op);
  if (!isObject(schema) || typeList(schema).some((t) => t !== "object")) return false;
  const properties = Object.entries(objectProperties(doc, schema));
  const own = camelCase(resource).toLowerCase();
  return (
    properties.length > 0 &&
    !properties.some(([name, p]) => {
      const property = deref(doc, p);
      const list =
        isObject(property) &&
        (typeList(property).includes("array") || property.items !== undefined);
      return (
        PAGE_MARKER.test(name) ||
        (list && (PAGE_ITEMS.test(name) || camelCase(name).toLowerCase() === own)) ||
        // (One field that holds more is the answer wrapped, a page maybe: Topaz's history,
        // `{ result: [...] }`; Mistral's `get_dataset_records`, `{ records: { … } }`.)
        (properties.length === 1 &&
          !(isObject(property) && typeList(property).some((t) => t !== "object" && t !== "array")))
      );
    })
  );
}

/** Whether another path names the same resources with a parameter: `/video/{id}/status`. */
function hasItemTwin(doc: Document, path: string): boolean {
  const literal = (of: string) => key(namingSegments(of).filter((s) => !isParam(s)));
  const own = literal(path);
  return Object.keys(isObject(doc.paths) ? doc.paths : {}).some(
    (other) => other !== path && namingSegments(other).some(isParam) && literal(other) === own,
  );
}

/** A name with no separators or case: `GET-v3-stats` and `get /v3/stats` are one. */
function squeezed(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * Whether an operation's first 2XX JSON answer is a list, or a page holding one under a page's
 * name for it (`{ items: [...], totalCount }`).
 */
function answersPage(doc: Document, op: JsonObject): boolean {
  const schema = firstJsonAnswerSchema(doc, op);
  if (!isObject(schema)) return false;
  if (typeList(schema).includes("array")) return true;
  return Object.entries(objectProperties(doc, schema)).some(([name, p]) => {
    const property = deref(doc, p);
    return (
      PAGE_ITEMS.test(name) &&
      isObject(property) &&
      (typeList(property).includes("array") || property.items !== undefined)
    );
  });
}

/** Whether a path's GET answers a page, or it has none. */
function readsPageOrNothing(doc: Document, path: string): boolean {
  const item = isObject(doc.paths) ? deref(doc, doc.paths[path]) : undefined;
  const get = isObject(item) ? deref(doc, item.get) : undefined;
  return !isObject(get) || answersPage(doc, get);
}

/** Fields that say an answer is a page of a list: a cursor, a count, a next page. */
const PAGE_MARKER =
  /^(has_?more|next|next_?(page|cursor|token|url|link|page_?token)|cursor|total(_?count|_?results)?|page(_?(size|number|count|token))?|offset)$/i;
/** The names a page gives its list. */
const PAGE_ITEMS = /^(data|items|results|records|entries|values|list|objects|elements|rows|hits)$/i;

/** A name that says something: a string that is not blank. */
function named(value: Json | undefined): string | undefined {
  return typeof value === "string" && value.trim() ? value : undefined;
}

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
 * A name as Speakeasy writes it: one already in camelCase stays as it is (`addIPRange`), one in
 * words becomes camelCase (`list_insights` → `listInsights`).
 */
function speakeasyCase(name: string): string {
  return /^[a-z][A-Za-z0-9]*$/.test(name) ? name : identifier(name);
}

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
      const parameters = declared.map((p) =>
        p.required && auth && isKeyParameter(auth, p)
          ? { ...p, required: false }
          : fixedParameter(doc, p),
      );
      // A named body whose key a parameter already has stays `requestBody`: the parameter keeps
      // its name.
      const named = bodyKeyOf(requestBody?.schema);
      const bodyKey = parameters.some((p) => p.sdk === named) ? "requestBody" : named;
      ops.push({
        operationId:
          typeof op.operationId === "string" ? op.operationId : camelCase(`${method} ${path}`),
        ident: "",
        typeName: "",
        funcName: "",
        method,
        path,
        servers: [op.servers, item.servers].find((s) => Array.isArray(s) && s.length),
        sdkName: sdkNameOf(doc, op, method, path, collections.has(path), groupedIds, dottedPaths),
        parameters,
        bodyKey,
        positional: positionalArguments(doc, op, parameters, requestBody, bodyKey),
        auth,
        credentials: credentialSets(doc, op.security, fromCredentials),
        requestBody,
        response,
        streamSwitch: streamSwitch(doc, requestBody, response),
        otherResponses: otherResponses(doc, op.responses, response?.status, bodiless),
        errors: errorAnswers(doc, op.responses),
        summary: typeof op.summary === "string" ? op.summary : undefined,
        description: moreThanSummary(op.description, op.summary),
        deprecated: op.deprecated === true,
      });
    }
  }
  bearerOnlyNeedsCredentials(ops);
  if (!declaresSecurity(doc)) keyParameterForAll(ops);
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

/**
 * Names the client already answers to: `OrqCore`'s own members at the top (`orq.callOperation`),
 * and at every level what each object inherits (`constructor`, `toString`) and `then` (an
 * object with a `then` method is taken for a promise by `await`). A resource or method named so
 * would replace it and break the client, or make it unprintable: it gets `_` appended, as
 * reserved words do.
 */
const CLIENT_MEMBERS = new Set(["callOperation", "serverURL"]);
const INHERITED = new Set([...Object.getOwnPropertyNames(Object.prototype), "then"]);

function clearOfClientMembers(name: string, depth: number): string {
  // (A name that starts with a digit, DigitalOcean's `/v2/1-clicks`, is no identifier: `_1Clicks`,
  // as its standalone function's name `_1ClicksList`, not `client["1Clicks"]`.)
  if (/^\d/.test(name)) return `_${name}`;
  return INHERITED.has(name) || (depth === 0 && CLIENT_MEMBERS.has(name)) ? `${name}_` : name;
}

/**
 * `getDocumentStatus` on `document`: `getStatus`; `downloadDocument`: `download`; each word of
 * the resource's left out (`getChatCompletionFieldOptionsCounts` on `chatCompletionFields`).
 */
function idLessResource(id: string, resource: string): string {
  const split = (name: string) => camelCase(name).split(/(?=[A-Z])/);
  const own = new Set(split(resource).map((w) => w.toLowerCase().replace(/e?s$/, "")));
  return camelCase(
    split(id)
      .filter((w) => !own.has(w.toLowerCase().replace(/e?s$/, "")))
      .join(" "),
  );
}

/**
 * `listDimensionValues` on `dimensions`: `listValues`; undefined when the id names nothing but
 * the resource (`listDimensions`).
 */
function itemListName(id: string, resource: string): string | undefined {
  const own = resource.toLowerCase();
  const rest = camelCase(id)
    .replace(/^list/, "")
    .split(/(?=[A-Z])/)
    .filter((w) => {
      const word = w.toLowerCase();
      return word && word !== own && `${word}s` !== own && `${word}es` !== own;
    });
  // (Svix's `list_attempts_by_endpoint` on `endpoint`: `listAttempts`, not `listAttemptsBy`.)
  if (/^(By|For|Of|In|On)$/.test(rest.at(-1) ?? "")) rest.pop();
  return rest.length ? `list${rest.join("")}` : undefined;
}

/**
 * A resource named alike under two base paths (Mux's `/video/v1/signing-keys`, for signed
 * playback URLs, beside `/system/v1/signing-keys`) is two resources: each of its operations goes
 * under its base path's last word (`video.signingKeys.list`, `system.signingKeys.list`). The
 * base path was left out of both names, and the one that came second fell back to operationIds
 * (`signingKeys.listUrlSigningKeys`). Only names the path gave are moved, and not under a word
 * that names no product (`api`).
 */
function namespaceByBasePath(ops: CollectedOperation[]): void {
  const named = ops.flatMap((op) => {
    const first = namingSegments(op.path)[0];
    return first && !isParam(first) && op.sdkName[0] === camelCase(first)
      ? [{ op, base: basePathWords(op.path) }]
      : [];
  });
  const bases = new Map<string, Set<string>>();
  for (const { op, base } of named) {
    const seen = bases.get(op.sdkName[0]!) ?? new Set<string>();
    bases.set(op.sdkName[0]!, seen.add(base.join("/")));
  }
  for (const { op, base } of named)
    if (bases.get(op.sdkName[0]!)!.size > 1 && base.length && !GENERIC_BASE.test(base.at(-1)!))
      op.sdkName = [camelCase(base.at(-1)!), ...op.sdkName];
}

/**
 * Base paths that name no product: Jira's `/rest/api/3` keeps `app.field`, beside
 * `/rest/atlassian-connect/1`'s `atlassianConnect.app`.
 */
const GENERIC_BASE = /^(api|apis|rest|public|services?|web)$/i;

/**
 * A resource that two versions of the API both hold, whose operations come to the same names
 * (DeepL's `/v2/glossaries` and `/v3/glossaries`, both `glossaries.get`): every operation of
 * the later version on it, and below it, goes under that version (`v3.glossaries.get`,
 * `.update`, `.entries.list`), the first keeps its names, as Cohere's SDK files its `/v2/chat`
 * under `v2`. (Mailgun's v3 and v4 webhooks of a domain: `v4.domains.webhooks.*`, the v4
 * domains themselves staying `domains.*`.)
 * Filed there one clash at a time, the v3 operations that clashed were `v3.glossaries.*` and
 * the rest sat in `glossaries` beside v2's (probe77). (The first is the first in path order;
 * the unversioned, `/edit` beside `/v1/edit`, is first.)
 */
function namespaceByVersion(ops: CollectedOperation[]): void {
  const versionsByName = new Map<string, Set<string>>();
  for (const op of ops) {
    const seen = versionsByName.get(key(op.sdkName)) ?? new Set<string>();
    versionsByName.set(key(op.sdkName), seen.add(basePathVersion(op.path) ?? ""));
  }
  // The resource of each name versions share (`glossaries` of `glossaries.get`; a method of the
  // client's own, `edit`, is its own), and the version that keeps its names there.
  const scopes = new Map<string, string>();
  for (const [name, versions] of versionsByName)
    if (versions.size > 1) {
      const parts = name.split(".");
      scopes.set(
        (parts.length > 1 ? parts.slice(0, -1) : parts).join("."),
        [...versions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))[0]!,
      );
    }
  // (Not under a version a method is named as: `POST /v1` named `v1`.)
  const methods = new Set(ops.map((op) => key(op.sdkName)));
  for (const op of ops) {
    const version = basePathVersion(op.path);
    const within = op.sdkName.map((_, i) => scopes.get(key(op.sdkName.slice(0, i + 1))));
    const keeps = within.find((kept) => kept !== undefined);
    if (version && keeps !== undefined && version !== keeps && !methods.has(version))
      op.sdkName = [version, ...op.sdkName];
  }
}

/**
 * Two operations must not share a method name, and a method must not share its name with a
 * resource (`a.b` and `a.b.list`): the later ones, in stable order, take their operationId.
 * Before that, two better names are tried, when free: a PUT's beside a PATCH (`putName`), and a
 * POST's whose action name other operations are filed under (`namespaceWrite`).
 */
function disambiguate(ops: CollectedOperation[]): void {
  const taken = new Set<string>();
  // The path of the operation that took each name.
  const takenBy = new Map<string, string>();
  const prefixes = new Set<string>();
  for (const op of ops)
    op.sdkName.slice(0, -1).forEach((_, i) => prefixes.add(key(op.sdkName.slice(0, i + 1))));
  const names = new Set(ops.map((op) => key(op.sdkName)));
  const free = (name: string[]) =>
    !names.has(key(name)) && !taken.has(key(name)) && !prefixes.has(key(name));
  // A name under a new namespace (`v1.edit`, `domain.stats.…`): free, and no method is named as
  // one of its namespaces.
  const freeUnder = (name: string[]) =>
    free(name) &&
    name.slice(0, -1).every((_, i) => {
      const space = key(name.slice(0, i + 1));
      return !names.has(space) && !taken.has(space);
    });
  const patched = new Set(ops.filter((op) => op.method === "patch").map((op) => key(op.sdkName)));
  // The names of DELETEs of one item (`DELETE /blocks/{email}`).
  const deletesOne = new Set(
    ops
      .filter((op) => op.method === "delete" && endsInParameter(op.path))
      .map((op) => key(op.sdkName)),
  );
  // The names of POSTs of an action on one item (`POST /executions/{id}/cancel`).
  const actsOnOne = new Set(
    ops
      .filter((op) => op.method === "post" && actionOnItem(op.path) === true)
      .map((op) => key(op.sdkName)),
  );
  // The paths a GET reads one object of (`spendLimit.get`), not a list or an item below.
  // (One that answers nothing reads nothing: Gitea's `GET …/pulls/{index}/merge`, a 204 when
  // merged, beside the POST that merges.)
  const readsOne = new Set(
    ops
      .filter((op) => op.method === "get" && op.sdkName.at(-1) === "get" && op.response?.schema)
      .map((op) => op.path),
  );
  for (const op of ops) {
    // PATCH is the everyday partial update: where a PUT comes to the same `update` (Discord's
    // `PUT /members/{id}`, which adds a member, beside the `PATCH` that edits one), the PATCH
    // keeps it.
    // (A POST on an item, an update by the rule, yields too: Mailchimp's `POST /lists/{id}` is
    // its batch subscribe, beside the `PATCH` that updates the list.)
    // The DELETE of one item keeps `delete` where a DELETE of its whole list comes to the same
    // name (SendGrid's `DELETE /suppression/blocks`, which takes a list of them or all, beside
    // `DELETE /suppression/blocks/{email}`): that one is `deleteMany`.
    // So does an action on a whole list where the same action on one item comes to the same
    // name (Mistral's `POST /workflows/executions/cancel`, which takes a list of executions,
    // beside `POST /workflows/executions/{id}/cancel`): that one is `cancelMany`, where the item's
    // took its 80-letter operationId (probe73).
    const many =
      op.method === "post" && actionOnItem(op.path) === false && actsOnOne.has(key(op.sdkName));
    const yields =
      ((op.method === "put" || op.method === "post") && !many && patched.has(key(op.sdkName))) ||
      (op.method === "delete" && !endsInParameter(op.path) && deletesOne.has(key(op.sdkName))) ||
      many;
    const renamed = yields
      ? op.method === "delete" || many
        ? [
            ...op.sdkName.slice(0, -1),
            `${op.method === "delete" ? "delete" : op.sdkName.at(-1)}Many`,
          ]
        : putName(op)
      : prefixes.has(key(op.sdkName))
        ? namespaceWrite(
            op,
            // (Beside a PATCH that updates it, a POST creates: SendGrid's campaign schedule.)
            readsOne.has(op.path) && !patched.has(key([...op.sdkName, "update"])),
          )
        : undefined;
    // A twin a path's fragment tells apart (Mistral's `POST /v1/conversations#stream` beside
    // `POST /v1/conversations`) is its method with the fragment: `createStream`, where the
    // operationId gave `agentsApiV1ConversationsStartStream` (probe73).
    // So is one a format suffix tells apart (Mailgun's `POST /lists/{address}/members.csv` and
    // `.json` beside `POST …/members`: `createCsv`, `createJson`, where the operationIds gave
    // `postListsListAddressMembersCsv`; probe75).
    const fragment = (/#([^#/]+)$/.exec(op.path) ??
      /\.(json|xml|csv|txt|ya?ml)$/i.exec(op.path))?.[1];
    const twin = fragment && [
      ...op.sdkName.slice(0, -1),
      `${op.sdkName.at(-1)}${pascalCase(fragment)}`,
    ];
    const clashes = yields || taken.has(key(op.sdkName)) || prefixes.has(key(op.sdkName));
    // A name an operation of another version took (Ideogram's `POST /v1/edit` beside its
    // legacy `POST /edit`, Mailgun's v4 webhooks beside its v3 ones): under this one's version,
    // `v1.edit`, as Cohere's SDK files its `/v2/chat` under `v2` (it took its operationId,
    // `postV1EditImage`; probe74).
    const version = basePathVersion(op.path);
    const owner = takenBy.get(key(op.sdkName));
    const versioned = version &&
      owner !== undefined &&
      basePathVersion(owner) !== version && [version, ...op.sdkName];
    if (renamed && free(renamed)) op.sdkName = renamed;
    else if (clashes && twin && free(twin)) op.sdkName = twin;
    else if (clashes && versioned && freeUnder(versioned)) op.sdkName = versioned;
    // A path scoped by a leading parameter (Mailgun's `/v3/{domain}/stats/total` beside
    // `/v3/stats/total`) under the parameter's name: `domain.stats.total.get`, where the
    // operationId gave `stats.total.getV3DomainStatsTotal` (probe75).
    else if (clashes && scoped(op) && freeUnder(scoped(op)!)) op.sdkName = scoped(op)!;
    else if (clashes) {
      op.sdkName = [...op.sdkName.slice(0, -1), identifier(op.operationId)];
      let n = 2;
      while (taken.has(key(op.sdkName)) || prefixes.has(key(op.sdkName))) {
        op.sdkName = [...op.sdkName.slice(0, -1), `${identifier(op.operationId)}${n++}`];
      }
    }
    taken.add(key(op.sdkName));
    takenBy.set(key(op.sdkName), op.path);
  }
}

/**
 * Whether an operationId starts with a segment's verb and names no write of its own:
 * `CompleteVideoUpload` for `complete-upload`, not `searchConfigUpdate` for `search-config`.
 */
function startsAsPhrase(id: string, segment: string): boolean {
  const words = camelCase(id)
    .split(/(?=[A-Z])/)
    .map((w) => w.toLowerCase());
  return (
    words[0] ===
      camelCase(segment)
        .split(/(?=[A-Z])/)[0]!
        .toLowerCase() &&
    !words.some((w) => /^(update|set|replace|modify|edit|change|configure|put|patch)$/.test(w))
  );
}

/** An operation's name under the parameter its path starts with, if it does (`domain.…`). */
function scoped(op: CollectedOperation): string[] | undefined {
  const first = namingSegments(op.path)[0];
  const name = first && isParam(first) ? camelCase(first.replace(/[{}]/g, "")) : "";
  return name && isIdentifier(name) ? [name, ...op.sdkName] : undefined;
}

/**
 * For a POST whose last segment is an action (as its path names things): whether it acts on one
 * item (`/executions/{id}/cancel`: true) or on a list (`/executions/cancel`: false); undefined
 * for any other path.
 */
function actionOnItem(path: string): boolean | undefined {
  const segments = namingSegments(path);
  const [before, last] = [segments.at(-2), segments.at(-1)];
  return last && !isParam(last) && before ? isParam(before) : undefined;
}

/** Whether a path key names an item: its last segment, as it names things, is a parameter. */
function endsInParameter(path: string): boolean {
  return isParam(namingSegments(path).at(-1) ?? "");
}

/** A method's name as a key: `a.b.list`. */
const key = (name: string[]) => name.join(".");

/**
 * A PUT's (or a POST's) name where it leaves `update` to a PATCH: its operationId's verb (`add`),
 * else, for a PUT, `replace` (a POST then takes its operationId).
 */
function putName(op: CollectedOperation): string[] | undefined {
  const verb = operationIdVerb(op.operationId);
  const name = verb && verb !== "update" ? verb : op.method === "put" ? "replace" : undefined;
  return name ? [...op.sdkName.slice(0, -1), name] : undefined;
}

/**
 * A POST named by its path's last segment as an action (see `resourceName`) whose name other
 * operations are filed under, as the write of that collection: Figma's `POST
 * /comments/{id}/reactions` beside `reactions.list` is `reactions.create`; the verb its
 * operationId names where it has one (Jira's `addVote`: `votes.add`); `update` for a
 * one-of-a-kind resource, which a GET of the same path reads (`POST /projects/{id}/spend_limit`
 * beside `spendLimit.get`). `undefined` for any other name.
 */
function namespaceWrite(op: CollectedOperation, pathReadsOne: boolean): string[] | undefined {
  const verb = collectionVerb(op.method);
  const byPath = resourceName(op.method, op.path);
  // An operationId that only spells a path with an action in it (Picsart's `vd-export-replay`
  // for `POST /vd/export/replay`, beside `vd.export.replay.getresult`) names no method the
  // others leave free: the path and method do (`vd.export.replay.create`, where it fell back to
  // `vd.export.vdExportReplay`).
  if (key(op.sdkName) === key(byPath.slice(0, -1)) && byPath.at(-1) === verb) return byPath;
  if (op.sdkName.at(-1) === verb || key(op.sdkName) !== key(byPath)) return undefined;
  return [...op.sdkName, operationIdVerb(op.operationId) ?? (pathReadsOne ? "update" : verb)];
}

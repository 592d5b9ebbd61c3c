import { isObject, type Document, type Json, type JsonObject } from "../document.js";
import {
  basePathVersion,
  basePathWords,
  camelCase,
  collectionVerb,
  dottedMethodName,
  fastApiHandlerName,
  groupedOperationId,
  identifier,
  isActionVerb,
  isFastApiDefaultId,
  isIdentifier,
  isParam,
  itemAction,
  namingSegments,
  nestJsHandlerName,
  operationIdName,
  operationIdVerb,
  pascalCase,
  resourceName,
  squeezed,
} from "../names.js";
import {
  answersAnyJson,
  answersBytes,
  answersNoContent,
  answersOneObject,
  answersPage,
  answersPlainValue,
  answersUnpagedObject,
  readsPageOrNothing,
} from "./answer-shapes.js";
import type { CollectedOperation } from "./collect-operations.js";
import { METHODS } from "./methods.js";

// The SDK's name of each operation (`router.images.edits.create`): the official SDK's where the
// spec gives it, else its operationId's or its path's and method's (see `sdkNameOf`), then made
// unique across the spec (see `disambiguate`).

/**
 * An operation's resource path and method name. Where the spec gives the official SDK's
 * (Speakeasy's `x-speakeasy-name-override`, in the group `x-speakeasy-group` names, dotted, or
 * else in its first tag's, as Speakeasy groups; the orq spec names every operation so), that
 * one: the SDK's public names follow the official SDK's (`deployments.invoke`,
 * `datasets.listDatapoints`). Else the one its operationId spells along an RPC-style path
 * (`accountCreate` for `POST /account/create`: `account.create`), or the one its path and
 * method give.
 */
export function sdkNameOf(
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
  // (The handler's name in an id FastAPI made up, `list_file_page_figures`; else the id.)
  const handler = fastApiHandlerName(id, method, path) ?? id;
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
        : // (So does a PATCH whose operationId says another action runs it: Mixedbread's
          // `cancel_parsing_job` for `PATCH /parsing/jobs/{id}`, was `parsing.jobs.update`,
          // probe84. Not a write's word, `add`, `set`; its summary alone says too little.)
          !dotted && method === "patch" && byPath.at(-1) === "update" && endsInParameter(path)
          ? [itemAction(id, undefined)].find(
              (verb) => verb && !/^(add|remove|rename|sync|upload|replace)$/.test(verb),
            )
          : undefined;
  // A POST that reads, as its operationId says, where its path names it a write or an action by
  // a noun (DeepL's `getDocumentStatus` for `POST /document/{id}` and `downloadDocument` for
  // `POST /document/{id}/result` were `document.update` and `document.result`, probe77): the
  // id less the resource's words (`document.getStatus`, `document.download`).
  const reads =
    !dotted &&
    method === "post" &&
    /^(get|download|fetch|check|retrieve)[\W_A-Z]/i.test(`${id} `) &&
    (byPath.at(-1) === "update" ||
      (namedAsAction && !isActionVerb(last)) ||
      // (Or a create on a path with no items below: Exa's `getContents` for `POST /contents`,
      // was `contents.create`, probe85.)
      (byPath.at(-1) === "create" && !collection))
      ? idLessResource(handler, byPath.slice(0, -1).join(" "))
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
      ? itemListName(handler, byPath.at(-2) ?? "")
      : undefined;
  // A GET its operationId says downloads (Jina's `download_batch_output` for `GET
  // /batch/{id}/output`, was `batch.output.list`, probe82): `batch.output.download`.
  const downloads =
    !dotted &&
    method === "get" &&
    (byPath.at(-1) === "list" || byPath.at(-1) === "get") &&
    // (Not under a resource its path names so: Topaz's `GET /download/{id}` stays `download.get`.)
    !byPath.some((name) => /^download/i.test(name)) &&
    (/^download(?![a-z])/.test(camelCase(handler)) ||
      // (Or its summary: Vapi's "Download Call Assistant Recording", probe84.)
      (typeof op.summary === "string" && /^download\b/i.test(op.summary)))
      ? [...byPath.slice(0, -1), "download"]
      : undefined;
  const fromPath =
    dotted ??
    downloads ??
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
        answersPlainValue(doc, op) ||
        // (Nor, under a name of one, JSON the spec says nothing of, unless its operationId
        // lists: Jina's `GET /health`, `/ready`, `{}`, were `health.list`; probe82.)
        (answersAnyJson(doc, op) && !/^list/i.test(handler)))) ||
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
  const name =
    named(op["x-speakeasy-name-override"]) ??
    named(op["x-fern-sdk-method-name"]) ??
    fernIdMethod(op);
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
export function namesOperationsByGroup(doc: Document): boolean {
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
export function namesOperationsByDots(paths: readonly string[]): boolean {
  const dotted = paths.filter((path) => dottedMethodName(path)).length;
  return dotted >= 2 && dotted >= paths.length / 2;
}

/**
 * The method an operationId Fern wrote names, `<group>_<method>` with the group its first tag's
 * (Resemble AI's `textToSpeech_synthesize`, tag `textToSpeech`): Fern's SDKs are named so
 * (`textToSpeech.synthesize`), as by its `x-fern-sdk-*` names where a spec keeps them. (The path
 * gave `synthesize.create`, and `speechToText.ask.transcriptQuestion` for
 * `speechToText_askTranscriptQuestion`, probe81.)
 */
function fernIdMethod(op: JsonObject): string | undefined {
  const tag = Array.isArray(op.tags) ? op.tags[0] : undefined;
  const id = typeof op.operationId === "string" ? op.operationId : "";
  const [, group, method] = /^([a-z][A-Za-z0-9]*)_([a-z][A-Za-z0-9]*)$/.exec(id) ?? [];
  return typeof tag === "string" && group === identifier(tag) ? method : undefined;
}

/** A name that says something: a string that is not blank. */
function named(value: Json | undefined): string | undefined {
  return typeof value === "string" && value.trim() ? value : undefined;
}

/**
 * A name as Speakeasy writes it: one already in camelCase stays as it is (`addIPRange`), one in
 * words becomes camelCase (`list_insights` → `listInsights`).
 */
function speakeasyCase(name: string): string {
  return /^[a-z][A-Za-z0-9]*$/.test(name) ? name : identifier(name);
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

export function clearOfClientMembers(name: string, depth: number): string {
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
  const own = new Set(camelWords(resource).map(singular));
  return camelCase(
    camelWords(id)
      .filter((w) => !own.has(singular(w)))
      .join(" "),
  );
}

/** A word, lower-cased, as one of a thing: `files` → `file`, `statuses` → `status`. */
function singular(word: string): string {
  return word
    .toLowerCase()
    .replace(/ies$/, "y")
    .replace(/(ss|sh|ch|x|z|us)es$/, "$1")
    .replace(/(?<!s)s$/, "");
}

/** The words of a name as its camelCase writes them: `getDocumentStatus` → get, Document, Status. */
function camelWords(name: string): string[] {
  return camelCase(name).split(/(?=[A-Z])/);
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
export function namespaceByBasePath(ops: CollectedOperation[]): void {
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
  // (So is every resource under a base path where more paths have none at all: Exa's
  // `/research/v0/tasks` beside `/answer`, `/search`, `/contents`, was `tasks.list`, probe85.
  // Where most have one, it is the API's own: Topaz's `/image/v1/…` beside its `/video/…`.)
  const unbasedCount = ops.filter(
    (op) => !basePathWords(op.path).length && !basePathVersion(op.path),
  ).length;
  const unbased = unbasedCount > ops.length - unbasedCount;
  for (const { op, base } of named)
    if (
      (bases.get(op.sdkName[0]!)!.size > 1 || unbased) &&
      base.length &&
      !GENERIC_BASE.test(base.at(-1)!)
    )
      op.sdkName = [camelCase(base.at(-1)!), ...op.sdkName];
}

/**
 * A word that names no product (`public`, `api`) that every path starts with (Hedra's 9, all
 * `/public/…`: `public.assets.list`, `public.generations.create`, probe83) is a base path too:
 * left out of every name the path gave (`assets.list`). Not where one name is that word alone.
 */
export function dropSharedBase(ops: CollectedOperation[]): void {
  const first = new Set(ops.map((op) => namingSegments(op.path)[0]));
  const [word] = first;
  if (first.size !== 1 || !word || !GENERIC_BASE.test(word)) return;
  const named = ops.filter((op) => op.sdkName[0] === camelCase(word));
  if (named.some((op) => op.sdkName.length < 2)) return;
  for (const op of named) op.sdkName = op.sdkName.slice(1);
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
export function namespaceByVersion(ops: CollectedOperation[]): void {
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
export function disambiguate(ops: CollectedOperation[]): void {
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
  // The names of PUTs of one item (`PUT /pipelines/{id}/files/{file_id}`).
  const putsOne = new Set(
    ops
      .filter((op) => op.method === "put" && endsInParameter(op.path))
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
    // The same holds for a PUT of the whole list beside the PUT of one item (LlamaCloud's `PUT
    // /pipelines/{id}/files`, `add_files_to_pipeline`: `files.add`), and a custom method on the
    // list named as the item's DELETE (its `POST /agent-data/:delete`, a delete by query: the
    // item's DELETE fell back to its 60-letter operationId, probe79).
    // A list's twin is named by what its operationId calls it, less the resources' words
    // (`deleteByQuery`, `directRetrieve`), unless that says no more than a batch does
    // (Mistral's `batch_cancel_workflow_executions`): then `…Many`.
    const many =
      op.method === "post" && actionOnItem(op.path) === false && actsOnOne.has(key(op.sdkName));
    const onList = !endsInParameter(op.path);
    const deletesMany =
      onList &&
      op.method !== "get" &&
      deletesOne.has(key(op.sdkName)) &&
      !patched.has(key(op.sdkName));
    const putsMany = op.method === "put" && onList && putsOne.has(key(op.sdkName));
    const yields =
      ((op.method === "put" || op.method === "post") &&
        !many &&
        !deletesMany &&
        patched.has(key(op.sdkName))) ||
      deletesMany ||
      putsMany ||
      many;
    const renamed = yields
      ? deletesMany || many || putsMany
        ? ((putsMany ? putName(op) : undefined) ?? listTwinName(op))
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
    // Else the name the code behind it goes by, where a framework made its operationId up
    // (FastAPI's `list_file_page_figures_api_v1_files__id__page_figures__page_index__get`):
    // `listFilePageFigures` (probe79).
    // (Less the resources' words first: `listWithMetadataFilter` of Mixedbread's
    // `list_store_files_with_metadata_filter` in `stores.files`.)
    else if (clashes && free(idNamed(op))) op.sdkName = idNamed(op);
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
 * The name of an operation that yields its name to the same one on one item (see `disambiguate`):
 * its handler's name less the words of its resources (`deleteByQuery` of
 * `delete_agent_data_by_query` in `agentData`), or, where that names a batch or nothing new,
 * its own with `Many` (`cancelMany`, `deleteMany`).
 */
function listTwinName(op: CollectedOperation): string[] {
  const verb = op.sdkName.at(-1)!;
  const handler = handlerName(op);
  const own = handler && idLessResource(handler, op.sdkName.slice(0, -1).join(" "));
  return own && own !== verb && !/^(batch|bulk)|(All|Many|Batch|Bulk)$/.test(own)
    ? replaceLast(op, own)
    : replaceLast(op, `${verb}Many`);
}

/**
 * An operation named by its operationId, or by its handler where a framework made the id up
 * (see `handlerName`): less its resources' words where that leaves more than the name it has
 * (`listWithMetadataFilter` of `list_store_files_with_metadata_filter` in `stores.files`, as
 * Mixedbread's `POST /files/list` beside the GET is, probe84), else whole.
 */
function idNamed(op: CollectedOperation): string[] {
  const id = handlerName(op) ?? identifier(op.operationId);
  // (Not an id that only spells the method and path, `getGistsGistIdSha`: less, it says less.)
  const less =
    !spellsPath(id, op.method, op.path) && idLessResource(id, op.sdkName.slice(0, -1).join(" "));
  const own = less && identifier(less);
  return replaceLast(op, own && own !== op.sdkName.at(-1) && own !== id ? own : id);
}

/** The name of the handler behind an operationId FastAPI or NestJS made up, in camelCase. */
function handlerName(op: CollectedOperation): string | undefined {
  const handler =
    nestJsHandlerName(op.operationId) ?? fastApiHandlerName(op.operationId, op.method, op.path);
  return handler ? identifier(handler) : undefined;
}

/** An operation's name with another method name. */
function replaceLast(op: CollectedOperation, method: string): string[] {
  return [...op.sdkName.slice(0, -1), method];
}

/**
 * Whether an operationId starts with a segment's verb and names no write of its own:
 * `CompleteVideoUpload` for `complete-upload`, not `searchConfigUpdate` for `search-config`.
 */
function startsAsPhrase(id: string, segment: string): boolean {
  const words = camelWords(id).map((w) => w.toLowerCase());
  return (
    words[0] === camelWords(segment)[0]!.toLowerCase() &&
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

/** Whether another path names the same resources with a parameter: `/video/{id}/status`. */
function hasItemTwin(doc: Document, path: string): boolean {
  const literal = (of: string) => key(namingSegments(of).filter((s) => !isParam(s)));
  const own = literal(path);
  return Object.keys(isObject(doc.paths) ? doc.paths : {}).some(
    (other) => other !== path && namingSegments(other).some(isParam) && literal(other) === own,
  );
}

/**
 * Whether an id is words of its method and path alone (`getGistsGistIdSha` for `GET
 * /gists/{gistId}/{sha}`, Mailchimp's `postListsId` for `POST /lists/{list_id}`).
 */
function spellsPath(id: string, method: string, path: string): boolean {
  const words = new Set(
    [method, "id", "by", ...camelWords(path.replace(/[{}/]/g, " "))].map(singular),
  );
  return camelWords(id).every((word) => words.has(singular(word)));
}

/**
 * How the SDK names things, from the spec's own names. One module, so that the runtime tables,
 * the camelCase types and the resource tree can never disagree.
 */

/** Words that cannot name a binding in an ES module (strict mode), or that shadow a global badly. */
export const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally " +
    "for function if import in instanceof new null return super switch this throw true try typeof var void " +
    "while with yield let static implements interface package private protected public await " +
    "arguments eval undefined NaN Infinity"
  ).split(" "),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && !RESERVED.has(name);
}

/** An acronym's plural, one word (`IDs`, `URLs`): lowered whole by `camelCase`. */
const ACRONYM_PLURAL = /^[A-Z]{2,}s$/;

/**
 * `HTTPServer_v2` → HTTP, Server, v2: case changes, digits-to-letters and separators split. An
 * acronym's plural stays one word (`IDs`, `ContactURLs`): not I, Ds.
 */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z](?!s(?![a-z]))[a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/**
 * `response_format` → `responseFormat`, `b64_json` → `b64Json`, `HTTPServer` → `httpServer`,
 * `IDs` → `ids`.
 */
export function camelCase(name: string): string {
  const parts = words(name);
  if (parts.length === 0) return name;
  return parts
    .map((w, i) => {
      const lower = w === w.toUpperCase() || ACRONYM_PLURAL.test(w) ? w.toLowerCase() : w;
      return i === 0
        ? lower.charAt(0).toLowerCase() + lower.slice(1)
        : lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join("");
}

export function pascalCase(name: string): string {
  const camel = camelCase(name);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/**
 * The SDK name of each property of one object. A rename only changes separators and case: a
 * name that does not start with a letter or `_` (`$ref`, `@type`, `123abc`, `-x`) keeps its wire
 * name, as does one whose camelCase form two wire names would share (`_id` and `id`,
 * `foo_bar` and `fooBar`): a wrong rename is worse than none. A name already in camelCase keeps
 * its acronyms, as the official SDK keeps them (`postURL`, Adyen's `threeDS2RequestData`). A
 * comparison after the name is written in words (see `comparisonInWords`).
 */
export function propertyNames(wireNames: readonly string[]): Map<string, string> {
  const wanted = new Map(
    wireNames.map(
      (wire) =>
        [
          wire,
          renameable(wire) && !LOWER_CAMEL.test(wire) ? camelCase(comparisonInWords(wire)) : wire,
        ] as const,
    ),
  );
  const count = new Map<string, number>();
  for (const sdk of wanted.values()) count.set(sdk, (count.get(sdk) ?? 0) + 1);
  const taken = new Set(wireNames);
  const names = new Map<string, string>();
  for (const [wire, sdk] of wanted) {
    const clash = count.get(sdk)! > 1 || (sdk !== wire && taken.has(sdk));
    names.set(wire, !clash && IDENTIFIER.test(sdk) ? sdk : wire);
  }
  return names;
}

/**
 * A filter's comparison written after its name, in words, as Twilio's own SDKs name them
 * (`DateSent<` → `dateSentBefore`, `StartTime>=` → `startTimeOnOrAfter`): dropped as a
 * separator, it made `dateSent` of all three, and the clash kept the wire names.
 */
function comparisonInWords(wire: string): string {
  return wire
    .replace(/<=$/, " on or before")
    .replace(/>=$/, " on or after")
    .replace(/<$/, " before")
    .replace(/>$/, " after");
}

/** A name with no separators that starts in lower case: camelCase already, acronyms and all. */
const LOWER_CAMEL = /^[a-z][A-Za-z0-9]*$/;

function renameable(wire: string): boolean {
  return /^[A-Za-z_]/.test(wire) && wire !== "__proto__";
}

/**
 * The SDK name of each parameter of one operation (OpenAPI § 4.8.12: a parameter is unique by
 * name *and* location), in the order given. Names follow `propertyNames`; a name that two
 * locations share (`id` in path and query), or that is `requestBody` (where the body goes),
 * takes its location as a prefix: `queryId`.
 */
export function parameterNames(params: readonly { name: string; in: string }[]): string[] {
  const names = propertyNames([...new Set(params.map((p) => p.name))]);
  const taken = new Set<string>(["requestBody"]);
  return params.map((p) => {
    let sdk = names.get(p.name)!;
    if (taken.has(sdk)) sdk = uniqueName(camelCase(`${p.in} ${p.name}`), taken);
    taken.add(sdk);
    return sdk;
  });
}

/** A safe TypeScript identifier for a spec name (operationId, component name). */
export function identifier(name: string, style: "camel" | "pascal" = "camel"): string {
  let id = style === "camel" ? camelCase(name) : pascalCase(name);
  id = id.replace(/[^A-Za-z0-9_$]/g, "_");
  if (!/^[A-Za-z_$]/.test(id)) id = `_${id}`;
  return RESERVED.has(id) ? `${id}_` : id;
}

/**
 * `name`, or `name2`, `name3`, … : the first not in `taken` (compared case-insensitively when
 * the name becomes a file name: macOS and Windows file systems fold case). Adds it to `taken`.
 */
export function uniqueName(name: string, taken: Set<string>, fold = false): string {
  const key = (n: string) => (fold ? n.toLowerCase() : n);
  let found = name;
  for (let n = 2; taken.has(key(found)); n++) found = `${name}${n}`;
  taken.add(key(found));
  return found;
}

const VERBS: Record<string, { collection: string; item: string }> = {
  get: { collection: "list", item: "get" },
  // POST on an item updates it (Stripe's `POST /v1/customers/{id}`, OpenAI's `modifyMessage`).
  post: { collection: "create", item: "update" },
  put: { collection: "update", item: "update" },
  patch: { collection: "update", item: "update" },
  delete: { collection: "delete", item: "delete" },
  head: { collection: "head", item: "head" },
  options: { collection: "options", item: "options" },
  trace: { collection: "trace", item: "trace" },
};

/** A version segment: `v2`, `v1beta1`, `v1.2`, or a date (Twilio's `2010-04-01`). */
const VERSION = /^(v\d+([._-]?\d+)*([a-z]+\d*)?|\d{4}-\d{2}-\d{2})$/i;
/**
 * A format suffix on a segment (Twilio's `/Accounts.json`), or a template for one (PeerTube's
 * `/feeds/videos.{format}`): it names no resource. (`feeds.get` named PeerTube's subscriptions
 * feed, the segment being read as a parameter.)
 */
const FORMAT_SUFFIX = /(?<=[^/{}])\.(json|xml|csv|txt|ya?ml|\{[^{}]+\})$/i;

/**
 * A path key's segments as they name things: without a literal query or a fragment (they
 * address the same resource: `/responses?beta=true`, `/auth#basic`; an operation left with the
 * same name as another is told apart by its operationId, see `disambiguate`), the base path up
 * to a version in the first three segments, or format suffixes.
 */
export function namingSegments(path: string): string[] {
  const segments = pathSegments(path);
  const base = basePathLength(segments);
  if (base) segments.splice(0, base);
  // A version that stays, within the path (SendGrid's Segments 2.0 beside its first segments),
  // names its resources as a version does: `marketing.segments.v2`, not `_20`.
  return segments.map((segment) =>
    /^\d+(\.\d+)+$/.test(segment)
      ? `v${segment.replace(/(\.0)+$/, "").replace(/\./g, "_")}`
      : segment,
  );
}

/**
 * The segments of the base path `namingSegments` leaves out that name something, without the
 * version: `video` of Mux's `/video/v1/assets`, `api` of `/api/v1/jobs`; none of `/v2/agents`.
 */
export function basePathWords(path: string): string[] {
  const segments = pathSegments(path);
  return segments.slice(0, Math.max(0, basePathLength(segments) - 1));
}

/**
 * The version `namingSegments` leaves out, as a name (`v1` of `/v1/edit`, `v3` of Jira's
 * `/rest/api/3`), or undefined where the path has none.
 */
export function basePathVersion(path: string): string | undefined {
  const segments = pathSegments(path);
  const version = segments[basePathLength(segments) - 1];
  return version && camelCase(/^\d/.test(version) ? `v${version.replace(/\./g, "_")}` : version);
}

function pathSegments(path: string): string[] {
  return path
    .replace(/[?#].*$/s, "")
    .split("/")
    .filter(Boolean)
    .map((segment) => segment.replace(FORMAT_SUFFIX, ""));
}

/** How many segments the base path up to a version is (0: none). */
function basePathLength(segments: string[]): number {
  // The base path up to a version (`/v2`, `/api/v1`, Jira's `/rest/api/3`, Databricks'
  // `/api/2.0`) names no resource: Jira's 499 methods all sat under `rest.api["3"]`. Past the
  // first segment, a date is a resource's key (`/reports/2024-01-01`), and a version with
  // nothing after it is the resource (`/api/v2`).
  // A bare number past the first segment is a version only in a path that starts as a base path
  // does (`/api/2.0`, `/rest/atlassian-connect/1`): SendGrid's
  // `/marketing/segments/2.0/{segment_id}` lost its resources to it (a top-level
  // `getSegmentsSegmentId`).
  const version = segments
    .slice(0, 3)
    .findIndex(
      (segment, i) =>
        (i === 0 ? VERSION.test(segment) : /^v\d/i.test(segment) && VERSION.test(segment)) ||
        (/^\d+(\.\d+)*$/.test(segment) && (i === 0 || /^(api|apis|rest)$/i.test(segments[0]!))),
    );
  return version === 0 ||
    (version > 0 && version < segments.length - 1 && !segments.slice(0, version).some(isParam))
    ? version + 1
    : 0;
}

/**
 * The resource method for an operation, from its path and method: `POST /v2/router/images/edits`
 * → `router.images.edits.create`. A leading version segment (`v2`, `v1beta1`, `2010-04-01`) is
 * dropped, and so are format suffixes (`.json`); path parameters do not name resources; a
 * literal segment after a parameter on a POST is an action (`POST /agents/{key}/run` →
 * `agents.run`) unless it is a collection (`collection`: the path has items below it, `POST
 * /accounts/{id}/addresses` beside `/accounts/{id}/addresses/{sid}` → `accounts.addresses.create`), and so is a
 * custom method after a colon (`POST /runs/{id}:cancel` → `runs.cancel`, `POST
 * /insights:preview` → `insights.preview`). A query or fragment the path key carries
 * (`/items/{id}?beta=true`, `/auth#basic`) is left out.
 */
/**
 * The method a collection's operation is named by (`create` for a POST), for `POST
 * /comments/{id}/reactions` when `reactions` turns out to be a collection after all: other
 * operations are named under it (`reactions.list`, beside a `GET` of the same path).
 */
export function collectionVerb(method: string): string {
  return (VERBS[method] ?? { collection: method }).collection;
}

/**
 * The verb an operationId starts with, where it is one that names a write more precisely than
 * the HTTP method does (Jira's `addVote`, OpenAI's `update-project-model-permissions`): `add`,
 * `update`. An HTTP method's own name (`postCommentReaction`) or any other word says nothing.
 */
export function operationIdVerb(operationId: string): string | undefined {
  const first = words(operationId)[0]?.toLowerCase();
  return first && ID_VERBS.has(first) ? first : undefined;
}

const ID_VERBS = new Set(["add", "create", "update", "set", "replace", "modify", "upsert", "sync"]);

export function resourceName(method: string, path: string, collection = false): string[] {
  const segments = namingSegments(path);
  // (A custom method may stand as a segment of its own, LlamaCloud's `POST /agent-data/:aggregate`:
  // `agentData.aggregate`, where it was `agentData.aggregate.create`, probe79.)
  const custom = /^(.*[^:]|):([A-Za-z][\w.-]*)$/.exec(segments[segments.length - 1] ?? "");
  if (custom && (custom[1] || segments.length > 1)) {
    if (custom[1]) segments[segments.length - 1] = custom[1];
    else segments.pop();
    const resources = segments
      .filter((s) => !isParam(s))
      .map(camelCase)
      .filter(Boolean);
    return [...resources, camelCase(custom[2]!)];
  }
  const resources = segments
    .filter((s) => !isParam(s))
    .map(camelCase)
    .filter(Boolean);
  const last = segments[segments.length - 1];
  const beforeLast = segments[segments.length - 2];
  const verbs = VERBS[method] ?? { collection: method, item: method };
  // A last segment that says how the call runs, not what it acts on (Topaz's `POST
  // /image/v1/enhance/async`, nine of them, were `enhance.async.create`): the method with it,
  // `enhance.createAsync`. So does one that says it runs on many, unless items sit below it
  // (TwelveLabs' `POST /entity-collections/{id}/entities/bulk`, `create-bulk`, was
  // `entities.bulk`, probe80: `entities.createBulk`).
  if (
    last &&
    beforeLast &&
    (/^async$/i.test(last) || (/^(bulk|batch)$/i.test(last) && !collection)) &&
    resources.length > 1
  ) {
    // (What runs on many runs on a collection: `entities` there, not an action after `{id}`.)
    const many = !/^async$/i.test(last);
    const rest = resourceName(method, `/${segments.slice(0, -1).join("/")}`, collection || many);
    return [...rest.slice(0, -1), `${rest.at(-1)}${pascalCase(last.toLowerCase())}`];
  }
  // An action under `actions` (Mailchimp's `POST /campaigns/{id}/actions/send`): `campaigns.send`.
  // Not a collection there, whose name is a plural (Trello's `/cards/{id}/actions/comments`).
  if (
    method === "post" &&
    last &&
    !isParam(last) &&
    beforeLast &&
    /^actions$/i.test(beforeLast) &&
    !collection &&
    resources.length > 2 &&
    !/(?<!s)s$/i.test(words(last)[0] ?? "")
  )
    return [...resources.slice(0, -2), camelCase(last)];
  if (
    last &&
    !isParam(last) &&
    beforeLast &&
    // (A PUT or PATCH to a verb acts too: Mux's `PUT /uploads/{id}/cancel`, SendGrid's
    // `PATCH …/approve`; a verb alone, for a PUT to `search-config` sets a config.)
    // (A POST to a read, `POST /files/list` with a filter in its body, reads: Mixedbread's was
    // `files.list.create`, where `list` then named nothing callable, probe84.)
    (method === "post"
      ? isParam(beforeLast) || isActionVerb(last) || isReadVerb(last)
      : (method === "put" || method === "patch") &&
        isActionVerb(last) &&
        words(last).length === 1) &&
    !collection &&
    resources.length > 1
  ) {
    return resources; // an action: the last segment is the verb
  }
  // A GET of a segment that says it reads (Mistral's `GET /workflows/events/list`, Ideogram's
  // `/organization/list_invoices`, ElevenLabs' `…/get_signed_url`), or before the item it
  // reads (Ideogram's `/batch/get-maybe-batch-results/{job_id}`), is that method:
  // `events.list`, `organization.listInvoices`, where the path gave `events.list.list`.
  if (
    method === "get" &&
    last &&
    !collection &&
    // (Not a resource alone, which a reading verb names as a resource: `GET /search`, `GET
    // /download/{id}`. After a parameter it reads: Smallest's `GET /{model}/get_voices`.)
    (isParam(last)
      ? resources.length > 1 && !isParam(beforeLast!) && isReadVerb(beforeLast!)
      : segments.length > 1 && isReadVerb(last))
  )
    return resources;
  // A POST to a verb alone (Ideogram's `POST /describe`, `/upscale`; the version before it names
  // nothing) is that action too, a method of the client's own: `describe`, as `POST
  // /v1/ideogram-v3/remix` is `ideogramV3.remix`. It was `describe.create` (probe74).
  if (method === "post" && last && !beforeLast && isActionVerb(last) && !collection)
    return resources;
  // A verb before the item it acts on (Files.com's `POST /file_actions/copy/{path}`): the verb;
  // at the root too (Reducto's `POST /cancel/{job_id}` was `cancel.cancel`, probe82).
  if (
    method === "post" &&
    last &&
    isParam(last) &&
    beforeLast &&
    !isParam(beforeLast) &&
    isActionVerb(beforeLast) &&
    !collection
  )
    return resources;
  const onItem = last !== undefined && isParam(last);
  return [...resources, onItem ? verbs.item : verbs.collection];
}

/**
 * The path keys that are collections, by what else the spec says of them: a key with items
 * below it (`/addresses` beside `/addresses/{id}`). A POST to one creates; a POST to a path that
 * has none is an action (`/agents/{key}/run`), or the update of a one-of-a-kind resource
 * (`/projects/{id}/data_retention`, which GET reads). Keys are compared as they name things (see
 * `namingSegments`).
 */
export function collectionPaths(keys: readonly string[]): Set<string> {
  // Parameters are compared as parameters, whatever their names: Stripe's items of
  // `/application_fees/{id}/refunds` are under `/application_fees/{fee}/refunds/{id}`.
  const shape = (segments: string[]) => segments.map((s) => (isParam(s) ? "{}" : s)).join("/");
  const parents = new Set<string>();
  for (const key of keys) {
    const segments = namingSegments(key);
    segments.forEach((segment, i) => {
      if (i > 0 && isParam(segment)) parents.add(shape(segments.slice(0, i)));
    });
  }
  return new Set(keys.filter((key) => parents.has(shape(namingSegments(key)))));
}

/**
 * Verbs a POST's (or a PUT's or PATCH's) last segment names an action by, anywhere in a path
 * (PeerTube's `POST /jobs/pause` is `jobs.pause`, not `jobs.pause.create`; DigitalOcean's `POST
 * /apps/{id}/rollback/commit`, Stripe's `…/shipping/deliver`, Discord's `…/bulk-delete`): the
 * segment's first word. After a parameter any literal is an action already.
 */
const ACTION_VERBS = new Set(
  (
    "accept activate add adjust analyze apply approve archive ask attach begin cancel capture " +
    "classify clone close colorize commit compact complete compress configure confirm convert " +
    "copy crawl crop deactivate deblur decline deliver demote denoise describe destroy detach " +
    "detect disable duplicate edit enable enhance erase execute expire export extract fail " +
    "finalize find generate grant grep import inpaint install invite join layerize leave lock " +
    "login logout merge migrate moderate move optimize outpaint paraphrase parse pause " +
    "preview promote propose prune publish query read reframe refresh register reject remix " +
    "remove rename render reorder rephrase replace rerank resend reset resize restore resume " +
    "retrieve retry return revert revoke rewrite rollback rotate run scrape search send " +
    "sharpen ship split start stop stream subscribe summarize sync synthesize terminate test " +
    "tokenize train transcribe transfer translate trigger trim uninstall unlock unmerge " +
    "unpublish unsubscribe upload upscale validate vectorize verify void"
  ).split(" "),
);

/**
 * The action a POST to an item runs, where its operationId or summary starts with one (Runway's
 * `POST /v1/workflows/{id}`, "Run a published workflow"): `run`. A verb of a write says
 * nothing more than the update the method names (`edit`, `replace`), nor does any other word.
 */
export function itemAction(operationId: string, summary: unknown): string | undefined {
  const said = typeof summary === "string" ? summary : "";
  // (Or after a summary's topic: Mailgun's "Tracking Certificate: Generate", probe75.)
  for (const text of [operationId, said, said.split(":").at(-1)!]) {
    const first = words(text)[0]?.toLowerCase();
    if (first && ACTION_VERBS.has(first) && first !== "edit" && first !== "replace") return first;
  }
  return undefined;
}

/**
 * Verbs a GET's segment names a read by: alone (`/events/list`, `/users/count`), or, for those
 * no noun starts with, first of several words (`list_invoices`, `get-signed-url`; not
 * `check-ins` or `search-results`).
 */
const READ_VERBS = new Set(
  "check count download export fetch find get list lookup query search".split(" "),
);
const READ_PHRASE_VERBS = new Set(["fetch", "find", "get", "list"]);

function isReadVerb(segment: string): boolean {
  const [first = "", ...more] = words(segment).map((w) => w.toLowerCase());
  return more.length ? READ_PHRASE_VERBS.has(first) : READ_VERBS.has(first);
}

export function isActionVerb(segment: string): boolean {
  const [first = "", ...more] = words(segment).map((w) => w.toLowerCase());
  // (`bulk-delete` is an action; `bulk` alone says how one runs, see `resourceName`.)
  return (first === "bulk" && more.length > 0) || ACTION_VERBS.has(first);
}

/** A segment that holds a path template expression (§ 4.8.8.1 "Path Templating"). */
export function isParam(segment: string): boolean {
  return segment.includes("{");
}

/**
 * Whether an operationId is the one FastAPI makes up when a route names none: the handler's
 * name, the path with every non-word character as `_`, and the method
 * (`embeddings_v1_embeddings_post` for `POST /v1/embeddings`). Such an id names the code behind the API, not the operation: the
 * path and method name it instead (`embeddings.create`, where the id gave
 * `embeddings.v1EmbeddingsPost`).
 */
export function isFastApiDefaultId(operationId: string, method: string, path: string): boolean {
  return fastApiHandlerName(operationId, method, path) !== undefined;
}

/** The handler's name in a FastAPI id (`list_attempts_by_endpoint`), or undefined. */
export function fastApiHandlerName(
  operationId: string,
  method: string,
  path: string,
): string | undefined {
  const suffix = `${path.replace(/\W/g, "_")}_${method.toLowerCase()}`;
  return operationId.length > suffix.length && operationId.endsWith(suffix)
    ? operationId.slice(0, -suffix.length).replace(/_+$/, "")
    : undefined;
}

/**
 * The handler's name in an operationId NestJS made up (`<Name>Controller_<handler>`, with its
 * version: `PreRecordedController_initPreRecordedJob_v2`), or undefined. Such an id names the
 * code behind the API, as FastAPI's do: the path and method name the operation (Gladia's
 * `preRecorded.create`, where the id gave `preRecorded.controllerInitPreRecordedJob`, probe78).
 */
export function nestJsHandlerName(operationId: string): string | undefined {
  return /^[A-Za-z][A-Za-z0-9]*Controller_([A-Za-z][A-Za-z0-9]*)(?:_v\d+)?$/.exec(operationId)?.[1];
}

/**
 * The resource and method an operationId of the form `group/action` names, GitHub's convention
 * (`repos/upload-release-asset`, `gists/check-is-starred`), which octokit's methods follow:
 * `repos.uploadReleaseAsset`, `gists.checkIsStarred`. Named from the path, GitHub's 1,223
 * operations got 447 methods called `list`, `GET /user` among them, and `gists.star.list` for
 * the check (probe42 F5). Undefined for any other operationId.
 */
export function groupedOperationId(operationId: string): string[] | undefined {
  const [, group, action] = /^([A-Za-z][\w-]*)\/([A-Za-z][\w-]*)$/.exec(operationId) ?? [];
  return group && action ? [camelCase(group), camelCase(action)] : undefined;
}

/**
 * The method a path of one segment names, for RPC-style APIs that write their methods so: dotted
 * (Slack's `POST /chat.postMessage`, `GET /files.remote.list`: `chat.postMessage`,
 * `files.remote.list`, where the path alone gives `chatPostMessage.create`), or a verb phrase
 * (Telegram's `POST /sendMessage`, `/getMe`, `/close`: `sendMessage`, `getMe`, `close`, where
 * it gave `sendMessage.create`). Undefined for any other path (see `namesOperationsByDots` for
 * when a spec is read so).
 */
export function dottedMethodName(path: string, anyPhrase = false): string[] | undefined {
  const segments = namingSegments(path);
  if (segments.length !== 1) return undefined;
  const segment = segments[0]!;
  if (DOTTED.test(segment)) return segment.split(".").map(camelCase);
  // (In a spec read so, any phrase is a method: Telegram's `kickChatMember` too; not one noun,
  // Reducto's `GET /jobs` beside its `/parse`, `/split`, `/extract`: `jobs.list`.)
  return /^[A-Za-z][\w-]*$/.test(segment) &&
    ((anyPhrase && words(segment).length > 1) || isMethodVerb(segment))
    ? [camelCase(segment)]
    : undefined;
}

/** Verbs an RPC method's name starts with, besides the actions (`ACTION_VERBS`). */
const RPC_VERBS = new Set(
  (
    "add answer ban check create delete describe download edit fetch find forward get leave " +
    "list log pin post promote put query restrict set unban unpin update"
  ).split(" "),
);

const DOTTED = /^[A-Za-z][\w-]*(\.[A-Za-z][\w-]*)+$/;

/**
 * The resource method an operationId spells out along its path, for RPC-style paths whose
 * last segment is already the action (Dropbox Sign's `POST /account/create`, `accountCreate`;
 * `GET /api_app/list`, `apiAppList`), or whose operationId adds the action to the path's
 * resources (`GET /account`, `accountGet`): `account.create`, `apiApp.list`, `account.get`,
 * where the path alone gives `account.create.create`, `apiApp.list.list` and `account.list`.
 * Undefined when the operationId does not start with every word of the path's literal
 * segments (`listPets` for `GET /pets` keeps `pets.list`), or is those words alone on a path of
 * one segment (nothing would be left to name the method).
 */
export function operationIdName(operationId: string, path: string): string[] | undefined {
  const all = namingSegments(path);
  // A custom method (`/runs/{id}:cancel`) is named by `resourceName`.
  if (all.some((s) => s.includes(":"))) return undefined;
  const segments = all.filter((s) => !isParam(s));
  if (!segments.length) return undefined;
  const lower = (w: string) => w.toLowerCase();
  const pathWords = segments.flatMap(words).map(lower);
  const idWords = words(operationId);
  if (!idWords.slice(0, pathWords.length).every((w, i) => lower(w) === pathWords[i]))
    return undefined;
  // A version (`libraries_list_v1`), as in a path, names nothing. The words after a router's
  // name that spell the path again (Mistral's `agents_api_v1_agents_list` for `GET /v1/agents`,
  // `api` and the version aside) were the handler's name: the method is what follows
  // (`agents.list`, not `agents.apiV1AgentsList`; probe73).
  let rest = idWords.slice(pathWords.length).filter((w) => !/^v\d+$/i.test(w));
  // (A rest that goes on from the path's words, `And…`, `From…`, names no method along it:
  // Firecrawl's `scrapeAndExtractFromUrl` for `POST /scrape` was `scrape.andExtractFromUrl`,
  // probe85.)
  if (/^(and|or|from|with|by|for|to|of|in|on)$/i.test(rest[0] ?? "")) return undefined;
  const again = rest[0] && lower(rest[0]) === "api" ? 1 : 0;
  if (
    rest.length > again + pathWords.length &&
    pathWords.every((w, i) => lower(rest[again + i]!) === w)
  )
    rest = rest.slice(again + pathWords.length);
  // Django REST Framework's ids add the view's method to an action's path
  // (`account_roles_activate_create` for `POST /account_roles/{id}/activate/`): the action is
  // the method, as a path of its own would name it (`accountRoles.activate`).
  const crud = rest.length === 1 && /^(create|update)$/i.test(rest[0]!);
  // An id that ends in `post` says no more than its HTTP method (DigitalOcean's
  // `reservedIPsActions_post`): the path names it (`create`, not `post`).
  if (rest.length === 1 && /^post$/i.test(rest[0]!)) return undefined;
  // Where the path ends in a verb and the id names what it acts on (Topaz's `cancelTask` for
  // `DELETE /cancel/{process_id}`), the id's words are one method: `cancelTask`, not
  // `cancel.task` (a resource named by a verb).
  if (rest.length && isActionVerb(segments.at(-1)!) && !isMethodVerb(rest[0]!) && !crud)
    return [
      ...segments.slice(0, -1).map(camelCase),
      camelCase(`${segments.at(-1)} ${rest.join(" ")}`),
    ];
  if (rest.length && !(crud && segments.length > 1 && isActionVerb(segments.at(-1)!)))
    return [...segments.map(camelCase), camelCase(rest.join(" "))];
  // An id that only spells the path names a method where the path holds its verb
  // (`/account/create`, PeerTube's `searchVideos` for `/search/videos`), and none where it is
  // nouns alone (Together's `chat-completions` for `POST /chat/completions`, which was the
  // method `chat.completions()`): the path and method name it (`chat.completions.create`).
  if (segments.length < 2 || !segments.some(isMethodVerb)) return undefined;
  return segments.map(camelCase);
}

/** A segment that names a method: an action, or another verb an RPC method starts with. */
function isMethodVerb(segment: string): boolean {
  return isActionVerb(segment) || RPC_VERBS.has(words(segment)[0]?.toLowerCase() ?? "");
}

/** A name with no separators or case: `GET-v3-stats` and `get /v3/stats` are one. */
export function squeezed(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

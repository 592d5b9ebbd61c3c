import { describe, expect, test } from "vitest";
import type { Document } from "../document.js";
import { collectOperations } from "../transform/collect-operations.js";
import { normalize } from "../transform/normalize.js";
import {
  camelCase,
  collectionPaths,
  dottedMethodName,
  groupedOperationId,
  identifier,
  operationIdName,
  parameterNames,
  pascalCase,
  propertyNames,
  resourceName,
  uniqueName,
} from "../names.js";

/** The SDK names of a spec of these paths, in the generator's order. */
const namesOf = (paths: Record<string, Record<string, object>>) =>
  collectOperations(
    normalize({ openapi: "3.0.3", info: { title: "t", version: "1" }, paths } as Document),
  ).map((op) => op.sdkName.join("."));

describe("camelCase", () => {
  const tests: [string, { given: string; want: string }][] = [
    ["snake_case", { given: "response_format", want: "responseFormat" }],
    ["digits stay in their word", { given: "b64_json", want: "b64Json" }],
    ["camelCase stays", { given: "displayName", want: "displayName" }],
    ["PascalCase", { given: "DisplayName", want: "displayName" }],
    ["kebab-case", { given: "x-rate-limit", want: "xRateLimit" }],
    ["leading underscore", { given: "_id", want: "id" }],
    ["all caps word", { given: "ID", want: "id" }],
    ["acronym then word", { given: "HTTPServer", want: "httpServer" }],
    ["word then acronym", { given: "userID", want: "userId" }],
    // Xero's `IDs` query parameter was `iDs` (probe60).
    ["an acronym's plural", { given: "IDs", want: "ids" }],
    ["an acronym's plural after a word", { given: "ContactIDs", want: "contactIds" }],
    ["an acronym's plural before a word", { given: "URLsFor_user", want: "urlsForUser" }],
    ["a word after an acronym", { given: "APIStatus", want: "apiStatus" }],
    ["SCREAMING_SNAKE", { given: "MAX_TOKENS", want: "maxTokens" }],
    ["slashes", { given: "self-harm/intent", want: "selfHarmIntent" }],
    ["dots", { given: "my-thing.v2", want: "myThingV2" }],
    ["leading digits", { given: "123abc", want: "123abc" }],
    [
      "operationId with underscore",
      { given: "InsightsService_ListInsights", want: "insightsServiceListInsights" },
    ],
    ["no words", { given: "$$", want: "$$" }],
  ];
  for (const [name, { given, want }] of tests)
    test(name, () => expect(camelCase(given)).toBe(want));

  test("pascalCase", () => expect(pascalCase("list-agent-schedules")).toBe("ListAgentSchedules"));
});

describe("propertyNames", () => {
  const tests: [string, { given: string[]; want: Record<string, string> }][] = [
    [
      "renames snake_case",
      { given: ["display_name", "id"], want: { display_name: "displayName", id: "id" } },
    ],
    ["_id alone becomes id", { given: ["_id", "name"], want: { _id: "id", name: "name" } }],
    [
      // Twilio's date filters kept their wire names, the three clashing at `dateSent` (probe44).
      "a comparison after the name is in words",
      {
        given: ["DateSent", "DateSent<", "DateSent>", "StartTime<=", "StartTime>="],
        want: {
          DateSent: "dateSent",
          "DateSent<": "dateSentBefore",
          "DateSent>": "dateSentAfter",
          "StartTime<=": "startTimeOnOrBefore",
          "StartTime>=": "startTimeOnOrAfter",
        },
      },
    ],
    ["_id and id both keep their names", { given: ["_id", "id"], want: { _id: "_id", id: "id" } }],
    [
      "foo_bar and fooBar both keep theirs",
      { given: ["foo_bar", "fooBar"], want: { foo_bar: "foo_bar", fooBar: "fooBar" } },
    ],
    [
      "foo_bar and foo-bar both keep theirs",
      { given: ["foo_bar", "foo-bar"], want: { foo_bar: "foo_bar", "foo-bar": "foo-bar" } },
    ],
    ["kebab-case is renamed", { given: ["x-rate-limit"], want: { "x-rate-limit": "xRateLimit" } }],
    // As the official SDK keeps the orq spec's `postURL`, and as Adyen writes its fields.
    [
      "camelCase keeps its acronyms",
      {
        given: ["postURL", "threeDS2RequestData", "shopperIP"],
        want: {
          postURL: "postURL",
          threeDS2RequestData: "threeDS2RequestData",
          shopperIP: "shopperIP",
        },
      },
    ],
    [
      "PascalCase and capitals are lowered",
      { given: ["FileType", "IBAN"], want: { FileType: "fileType", IBAN: "iban" } },
    ],
    [
      "slashes are separators",
      { given: ["hate/threatening"], want: { "hate/threatening": "hateThreatening" } },
    ],
    [
      "names not starting with a letter or _ keep theirs",
      {
        given: ["123abc", "$ref", "@type", "-x", ""],
        want: { "123abc": "123abc", $ref: "$ref", "@type": "@type", "-x": "-x", "": "" },
      },
    ],
    ["__proto__ keeps its name", { given: ["__proto__"], want: { ["__proto__"]: "__proto__" } }],
    [
      "reserved words are fine as properties",
      { given: ["default", "class_name"], want: { default: "default", class_name: "className" } },
    ],
  ];
  for (const [name, { given, want }] of tests) {
    test(name, () => expect(Object.fromEntries(propertyNames(given))).toEqual(want));
  }
});

describe("parameterNames", () => {
  type Param = { name: string; in: string };
  const tests: [string, { given: Param[]; want: string[] }][] = [
    [
      "camelCase",
      {
        given: [
          { name: "agent_key", in: "path" },
          { name: "page_size", in: "query" },
        ],
        want: ["agentKey", "pageSize"],
      },
    ],
    ["header names", { given: [{ name: "X-Request-Id", in: "header" }], want: ["xRequestId"] }],
    ["array brackets", { given: [{ name: "include[]", in: "query" }], want: ["include"] }],
    [
      "same name in two locations",
      {
        given: [
          { name: "id", in: "path" },
          { name: "id", in: "query" },
        ],
        want: ["id", "queryId"],
      },
    ],
    [
      "collide after camelCase",
      {
        given: [
          { name: "page_size", in: "query" },
          { name: "pageSize", in: "query" },
        ],
        want: ["page_size", "pageSize"],
      },
    ],
    [
      "requestBody is the body's",
      { given: [{ name: "requestBody", in: "query" }], want: ["queryRequestBody"] },
    ],
  ];
  for (const [name, { given, want }] of tests)
    test(name, () => expect(parameterNames(given)).toEqual(want));
});

describe("identifier", () => {
  const tests: [string, { given: [string, ("camel" | "pascal")?]; want: string }][] = [
    ["operationId", { given: ["createImageEdit"], want: "createImageEdit" }],
    ["kebab operationId", { given: ["list-agent-schedules"], want: "listAgentSchedules" }],
    ["reserved word", { given: ["delete"], want: "delete_" }],
    ["strict-mode name", { given: ["arguments"], want: "arguments_" }],
    ["leading digit", { given: ["123Thing", "pascal"], want: "_123Thing" }],
    ["component with dots", { given: ["my-thing.v2", "pascal"], want: "MyThingV2" }],
    ["no words", { given: ["$$"], want: "$$" }],
  ];
  for (const [name, { given, want }] of tests)
    test(name, () => expect(identifier(...given)).toBe(want));

  test("uniqueName counts up, and folds case for file names", () => {
    const taken = new Set<string>();
    expect([uniqueName("a", taken), uniqueName("a", taken), uniqueName("a", taken)]).toEqual([
      "a",
      "a2",
      "a3",
    ]);
    const files = new Set<string>();
    expect([uniqueName("abCd", files, true), uniqueName("aBcd", files, true)]).toEqual([
      "abCd",
      "aBcd2",
    ]);
  });
});

describe("resourceName", () => {
  const tests: [string, { given: [string, string]; want: string }][] = [
    [
      "collection create",
      { given: ["post", "/v2/router/images/edits"], want: "router.images.edits.create" },
    ],
    ["collection list", { given: ["get", "/v2/agents"], want: "agents.list" }],
    ["item get", { given: ["get", "/v2/agents/{agent_key}"], want: "agents.get" }],
    ["item update (put)", { given: ["put", "/v2/agents/{agent_key}"], want: "agents.update" }],
    ["item update (patch)", { given: ["patch", "/v2/agents/{agent_key}"], want: "agents.update" }],
    ["item delete", { given: ["delete", "/v2/agents/{agent_key}"], want: "agents.delete" }],
    // Stripe and OpenAI update with POST on the item (`POST /v1/customers/{id}`,
    // `modifyMessage`): not a create, which is the collection's.
    [
      "item update (post)",
      {
        given: ["post", "/threads/{thread_id}/messages/{message_id}"],
        want: "threads.messages.update",
      },
    ],
    [
      "nested resource",
      { given: ["get", "/v2/datasets/{dataset_id}/datapoints"], want: "datasets.datapoints.list" },
    ],
    ["action after a parameter", { given: ["post", "/v2/agents/{key}/run"], want: "agents.run" }],
    [
      "GET after a parameter is a resource",
      { given: ["get", "/v2/agents/{key}/run"], want: "agents.run.list" },
    ],
    ["kebab segments", { given: ["get", "/v2/human-eval-sets"], want: "humanEvalSets.list" }],
    ["no version", { given: ["get", "/models"], want: "models.list" }],
    ["other versions", { given: ["get", "/v1beta1/models"], want: "models.list" }],
    ["v3", { given: ["post", "/v3/evaluators/{id}/invoke"], want: "evaluators.invoke" }],
    ["version-like later segment stays", { given: ["get", "/api/v2"], want: "api.v2.list" }],
    // A base path up to its version names nothing (probe42 F5: Jira's `rest.api["3"]`).
    ["base path and version", { given: ["get", "/api/v1/users"], want: "users.list" }],
    ["Jira's base path", { given: ["get", "/rest/api/3/issue/{id}"], want: "issue.get" }],
    ["a dotted version", { given: ["get", "/api/2.0/clusters"], want: "clusters.list" }],
    [
      "Atlassian Connect's base path",
      {
        given: ["get", "/rest/atlassian-connect/1/app/module/dynamic"],
        want: "app.module.dynamic.list",
      },
    ],
    // Within a path it names a version of the resources after it (probe59: SendGrid's
    // `/marketing/segments/2.0/{segment_id}` was a top-level `getSegmentsSegmentId`).
    [
      "a version within the path",
      {
        given: ["get", "/marketing/segments/2.0/{segment_id}"],
        want: "marketing.segments.v2.get",
      },
    ],
    ["a minor version within", { given: ["get", "/reports/1.5"], want: "reports.v15.list" }],
    ["a parameter before it", { given: ["get", "/{org}/v1/users"], want: "v1.users.list" }],
    ["parameter first", { given: ["get", "/v2/{workspace_key}/domains"], want: "domains.list" }],
    [
      "custom method on an item",
      {
        given: ["post", "/v2/traces/insights/{insight_id}/runs/{run_id}:cancel"],
        want: "traces.insights.runs.cancel",
      },
    ],
    [
      "custom method on a collection",
      {
        given: ["post", "/v2/traces/insights:previewCandidates"],
        want: "traces.insights.previewCandidates",
      },
    ],
    // LlamaCloud's `:aggregate` was `agentData.aggregate.create` (probe79).
    [
      "custom method as a segment of its own",
      { given: ["post", "/api/v1/beta/agent-data/:aggregate"], want: "beta.agentData.aggregate" },
    ],
    [
      "a verb that retrieves",
      { given: ["post", "/v1/retrieval/retrieve"], want: "retrieval.retrieve" },
    ],
    ["root", { given: ["get", "/"], want: "list" }],
    [
      "a literal query in the path key names nothing",
      { given: ["post", "/v1/responses?beta=true"], want: "responses.create" },
    ],
    [
      "a literal query after an action",
      { given: ["post", "/v1/batches/{batch_id}/cancel?beta=true"], want: "batches.cancel" },
    ],
    ["a literal query on an item", { given: ["get", "/items/{id}?beta=true"], want: "items.get" }],
    // Twilio writes a date as its version and a format suffix on every segment.
    ["a date version", { given: ["get", "/2010-04-01/Accounts.json"], want: "accounts.list" }],
    [
      "format suffixes",
      {
        given: ["get", "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json"],
        want: "accounts.calls.get",
      },
    ],
    // PeerTube's feeds: a template for the suffix names nothing either (it named `feeds.get`).
    [
      "a template for a format suffix",
      { given: ["get", "/feeds/video-comments.{format}"], want: "feeds.videoComments.list" },
    ],
    // Gitea's `{sha}.{diffType}` is a parameter still.
    [
      "a parameter with a suffix template",
      { given: ["get", "/commits/{sha}.{diffType}"], want: "commits.get" },
    ],
    [
      "a date later on stays",
      { given: ["get", "/reports/2024-01-01"], want: "reports.20240101.list" },
    ],
  ];
  for (const [name, { given, want }] of tests)
    test(name, () => expect(resourceName(...given).join(".")).toBe(want));
});

describe("dottedMethodName: RPC methods of one segment (probe50)", () => {
  test.each([
    ["/chat.postMessage", "chat.postMessage"],
    ["/sendMessage", "sendMessage"],
    ["/getMe", "getMe"],
    ["/close", "close"],
    ["/logOut", "logOut"],
  ])("%s", (path, want) => expect(dottedMethodName(path)?.join(".")).toBe(want));
  test.each(["/pets", "/userProfiles", "/v1/sendMessage/{id}", "/things/getOne"])(
    "%s is no RPC method",
    (path) => expect(dottedMethodName(path)).toBeUndefined(),
  );
});

describe("resourceName of a POST whose segment is a verb (probe49)", () => {
  test.each([
    ["/api/v1/jobs/pause", false, "jobs.pause"],
    ["/api/v1/users/me/notifications/read-all", false, "users.me.notifications.readAll"],
    ["/channels/{channel_id}/messages/bulk-delete", false, "channels.messages.bulkDelete"],
    ["/file_actions/copy/{path}", false, "fileActions.copy"],
    // Svix's (probe62): `secret.rotate.create`.
    ["/app/{app_id}/endpoint/{endpoint_id}/secret/rotate/", false, "app.endpoint.secret.rotate"],
    [
      "/v1/test_helpers/issuing/cards/{card}/shipping/deliver",
      false,
      "testHelpers.issuing.cards.shipping.deliver",
    ],
    // Image APIs' edits, and a sibling of `removeMembers` (probe67: Recraft's
    // `images.removeBackground()` beside `images.replaceBackground.create()`).
    ["/v1/images/replaceBackground", false, "images.replaceBackground"],
    ["/v1/images/eraseRegion", false, "images.eraseRegion"],
    ["/v1/ideogram-v3/remix", false, "ideogramV3.remix"],
    ["/v1/images/inpaint", false, "images.inpaint"],
    ["/v1/prompts/enhance", false, "prompts.enhance"],
    ["/manage/api/organization/add_members", false, "manage.api.organization.addMembers"],
    // Picsart's (probe71): `image.adjust.create`, `video.trim.create`, `auth.grant.create` were
    // read as collections.
    ["/image/adjust", false, "image.adjust"],
    ["/video/trim", false, "video.trim"],
    ["/video/audio/transcribe", false, "video.audio.transcribe"],
    ["/v1/auth/grant", false, "auth.grant"],
    ["/teams/{id}/join", false, "teams.join"],
    // Ideogram's (probe74): `ideogramV3.trainModel.create`, `layerizeDesign.create`.
    ["/v1/ideogram-v3/train-model", false, "ideogramV3.trainModel"],
    ["/v1/ideogram-v3/layerize-design", false, "ideogramV3.layerizeDesign"],
    // DeepL's (probe77): `write.rephrase.create`.
    ["/v2/write/rephrase", false, "write.rephrase"],
    // A verb alone at the root (Ideogram's, probe74: `describe.create`, `upscale.create`).
    ["/describe", false, "describe"],
    ["/v1/upscale", false, "upscale"],
    ["/search", true, "search.create"],
    ["/payments", false, "payments.create"],
    // A collection whose name starts like a verb still creates (Mailchimp's merge fields).
    ["/lists/{list_id}/merge-fields", true, "lists.mergeFields.create"],
    // Nouns and plurals are not verbs.
    ["/api/v1/videos/imports", false, "videos.imports.create"],
    ["/lobbies/{lobby_id}/members/bulk", false, "lobbies.members.createBulk"],
    ["/v1/uploads", false, "uploads.create"],
  ])("POST %s", (path, collection, want) =>
    expect(resourceName("post", path, collection).join(".")).toBe(want),
  );
  test("only a POST", () =>
    expect(resourceName("get", "/api/v1/jobs/pause").join(".")).toBe("jobs.pause.list"));
  // Mux's `uploads.cancel.update`, `liveStreams.complete.update` (probe61); Spotify's pause.
  test.each([
    ["/video/v1/uploads/{UPLOAD_ID}/cancel", "uploads.cancel"],
    ["/video/v1/live-streams/{LIVE_STREAM_ID}/complete", "liveStreams.complete"],
    ["/me/player/pause", "me.player.pause"],
    // A PUT to a thing that is no verb updates it, and one a verb only starts (probe63).
    ["/video/v1/assets/{ASSET_ID}/mp4-support", "assets.mp4Support.update"],
    ["/sites/{id}/search-config", "sites.searchConfig.update"],
  ])("PUT %s", (path, want) => expect(resourceName("put", path).join(".")).toBe(want));
  test("a PATCH to a verb too (SendGrid's approval, probe63)", () =>
    expect(resourceName("patch", "/scopes/requests/{request_id}/approve").join(".")).toBe(
      "scopes.requests.approve",
    ));
});

describe("resourceName of a POST after a parameter", () => {
  test("is an action where the path has no items below it", () =>
    expect(resourceName("post", "/agents/{key}/run", false)).toEqual(["agents", "run"]));
  test("creates where it is a collection (items below it)", () => {
    expect(resourceName("post", "/evals/{eval_id}/runs", true)).toEqual([
      "evals",
      "runs",
      "create",
    ]);
    expect(resourceName("post", "/2010-04-01/Accounts/{AccountSid}/Addresses.json", true)).toEqual([
      "accounts",
      "addresses",
      "create",
    ]);
  });
});

describe("operationIdName", () => {
  const tests: [string, { given: [string, string]; want: string | undefined }][] = [
    // Dropbox Sign's RPC-style paths, whose last segment is the action already.
    ["action segment", { given: ["accountCreate", "/account/create"], want: "account.create" }],
    ["list segment", { given: ["apiAppList", "/api_app/list"], want: "apiApp.list" }],
    [
      "action before a parameter",
      { given: ["embeddedEditUrl", "/embedded/edit_url/{template_id}"], want: "embedded.editUrl" },
    ],
    [
      "words in the action",
      { given: ["faxLineAddUser", "/fax_line/add_user"], want: "faxLine.addUser" },
    ],
    // The operationId adds the action to the path's resources.
    ["action after the resource", { given: ["accountGet", "/account"], want: "account.get" }],
    ["PascalCase operationId", { given: ["AccountGet", "/v3/account"], want: "account.get" }],
    ["kebab operationId", { given: ["pets-count", "/pets"], want: "pets.count" }],
    // Django REST Framework adds the view's method to an action's path (probe53).
    [
      "an action the view's method is added to",
      {
        given: ["account_roles_activate_create", "/account_roles/{id}/activate/"],
        want: "accountRoles.activate",
      },
    ],
    [
      "but not to a resource",
      { given: ["account_roles_create", "/account_roles/"], want: "accountRoles.create" },
    ],
    // A verb the id names the object of is one method: Topaz's was `cancel.task`, DeepL's
    // `translate.text` (its own SDK's `translateText`).
    [
      "a verb and its object",
      { given: ["cancelTask", "/image/v1/cancel/{process_id}"], want: "cancelTask" },
    ],
    ["a verb at the root", { given: ["translateText", "/v2/translate"], want: "translateText" }],
    // Firecrawl's was `scrape.andExtractFromUrl` (probe85): the path names it.
    [
      "a rest that goes on from the path",
      { given: ["scrapeAndExtractFromUrl", "/v1/scrape"], want: undefined },
    ],
    [
      "a verb after a resource",
      { given: ["jobsExportCsv", "/jobs/export"], want: "jobs.exportCsv" },
    ],
    ["fragment left out", { given: ["authBasic", "/auth#basic"], want: "auth.basic" }],
    [
      "format suffix left out",
      { given: ["accountsVerify", "/accounts/verify.json"], want: "accounts.verify" },
    ],
    // Mistral's FastAPI handlers: a version names nothing, and a router's name before the path
    // spelled again is no method (probe73).
    [
      "version after the action",
      { given: ["libraries_list_v1", "/v1/libraries"], want: "libraries.list" },
    ],
    [
      "version alone after the path",
      {
        given: ["libraries_documents_reprocess_v1", "/v1/libraries/{l}/documents/{d}/reprocess"],
        want: undefined,
      },
    ],
    [
      "router, api, version, the path again",
      { given: ["agents_api_v1_agents_list", "/v1/agents"], want: "agents.list" },
    ],
    [
      "the path again on an item",
      { given: ["agents_api_v1_agents_get", "/v1/agents/{agent_id}"], want: "agents.get" },
    ],
    ["a word like the path's", { given: ["pets_pets_count", "/pets"], want: "pets.count" }],
    ["the path's words alone again", { given: ["pets_pets", "/pets"], want: "pets.pets" }],
    // Not spelled along the path: the path names it.
    ["verb first", { given: ["listPets", "/pets"], want: undefined }],
    ["other words", { given: ["showPetById", "/pets/{petId}"], want: undefined }],
    ["Stripe", { given: ["GetCustomersCustomer", "/v1/customers/{customer}"], want: undefined }],
    ["only the one segment", { given: ["pets", "/pets"], want: undefined }],
    ["root", { given: ["getRoot", "/"], want: undefined }],
    // The path names what `post` would (DigitalOcean's).
    [
      "the HTTP method",
      { given: ["reservedIPsActions_post", "/v2/reserved_ips/{ip}/actions"], want: undefined },
    ],
    [
      "the HTTP method after plain words",
      { given: ["volumeActions_post", "/v2/volume/{id}/actions"], want: undefined },
    ],
    ["custom method", { given: ["runsCancel", "/runs/{id}:cancel"], want: undefined }],
    // The path spelled out with no verb in it (Together's, probe70: `chat.completions()`).
    ["nouns alone", { given: ["chat-completions", "/chat/completions"], want: undefined }],
    ["nouns alone, more", { given: ["audio-speech", "/audio/speech"], want: undefined }],
    // With the verb anywhere in the path, the id reads as a method.
    [
      "verb first in the path",
      { given: ["searchVideos", "/api/v1/search/videos"], want: "search.videos" },
    ],
  ];
  for (const [name, { given, want }] of tests)
    test(name, () => expect(operationIdName(...given)?.join(".")).toBe(want));
});

describe("groupedOperationId", () => {
  // GitHub's `group/action` operationIds, which octokit's methods follow (probe42 F5).
  test.each([
    ["repos/upload-release-asset", "repos.uploadReleaseAsset"],
    ["gists/check-is-starred", "gists.checkIsStarred"],
    ["users/get-authenticated", "users.getAuthenticated"],
    ["security-advisories/list-global-advisories", "securityAdvisories.listGlobalAdvisories"],
  ])("%s is %s", (id, name) => expect(groupedOperationId(id)?.join(".")).toBe(name));

  test.each(["listPets", "a/b/c", "/pets", "pets/", "v1/{id}"])("%s: not of that form", (id) =>
    expect(groupedOperationId(id)).toBeUndefined(),
  );

  test("names the method in collectOperations, ahead of the path", () => {
    const doc = normalize({
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: {
        "/user": { get: { operationId: "users/get-authenticated", responses: {} } },
        "/gists/{gist_id}/star": {
          get: { operationId: "gists/check-is-starred", responses: {} },
          put: { operationId: "gists/star", responses: {} },
        },
      },
    } as Document);
    expect(collectOperations(doc).map((op) => op.sdkName.join("."))).toEqual([
      "gists.checkIsStarred",
      "gists.star",
      "users.getAuthenticated",
    ]);
  });

  test("not where only a few of a spec's ids have that form: the path names those", () => {
    // VTEX's logistics API: `create/updateDock` beside ids of other forms (probe43).
    const doc = normalize({
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: {
        "/api/logistics/pvt/configuration/docks": {
          post: { operationId: "create/updateDock", responses: {} },
          get: { operationId: "AllDocks", responses: {} },
        },
        "/api/logistics/pvt/configuration/holidays": {
          get: { operationId: "AllHolidays", responses: {} },
        },
      },
    } as Document);
    expect(collectOperations(doc).map((op) => op.sdkName.join("."))).toEqual([
      "logistics.pvt.configuration.docks.list",
      "logistics.pvt.configuration.docks.create",
      "logistics.pvt.configuration.holidays.list",
    ]);
  });
});

describe("a twin a path's fragment tells apart", () => {
  // Mistral's streaming twins (`POST /v1/conversations#stream`), named by their FastAPI ids
  // (`conversations.agentsApiV1ConversationsStartStream`) where the plain call took the name
  // (probe73).
  test("is its method with the fragment, where that is free", () => {
    const doc = normalize({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/v1/conversations": {
          post: { operationId: "agents_api_v1_conversations_start", responses: {} },
        },
        "/v1/conversations#stream": {
          post: { operationId: "agents_api_v1_conversations_start_stream", responses: {} },
        },
        "/v1/conversations/{id}": {
          post: { operationId: "agents_api_v1_conversations_append", responses: {} },
        },
        "/v1/conversations/{id}#stream": {
          post: { operationId: "agents_api_v1_conversations_append_stream", responses: {} },
        },
        // Taken already: the operationId names it.
        "/v1/conversations/{id}#update": {
          post: { operationId: "append_again", responses: {} },
        },
        "/v1/conversations/{id}/#stream": {
          post: { operationId: "append_stream_again", responses: {} },
        },
      },
    } as Document);
    expect(collectOperations(doc).map((op) => op.sdkName.join("."))).toEqual([
      "conversations.create",
      "conversations.createStream",
      "conversations.update",
      "conversations.updateStream",
      "conversations.updateUpdate",
      "conversations.appendStreamAgain",
    ]);
  });
});

describe("a GET of a literal path", () => {
  // Jira's `GET /myself` and `GET /serverInfo` were `myself.list` and `serverInfo.list` (probe43).
  const answer = (schema: object) => ({
    "200": { description: "ok", content: { "application/json": { schema } } },
  });
  test("is list where it answers a list or a page, get where it answers one object", () => {
    const doc = normalize({
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: {
        "/myself": {
          get: {
            responses: answer({
              type: "object",
              properties: {
                accountId: { type: "string" },
                groups: { $ref: "#/components/schemas/Groups" },
              },
            }),
          },
        },
        "/pets": { get: { responses: answer({ type: "array", items: { type: "string" } }) } },
        "/things": {
          get: {
            responses: answer({
              allOf: [{ type: "object", properties: { data: { type: "array", items: {} } } }],
            }),
          },
        },
        // A 204 holds nothing, no list (probe62: Svix's `health.list`).
        "/status": { get: { responses: { "204": { description: "none" } } } },
        // A plural: a page may hold its list a level down (Mistral's dataset records).
        "/records": {
          get: {
            responses: answer({ type: "object", properties: { page: { type: "object" } } }),
          },
        },
      },
      components: {
        schemas: { Groups: { type: "object", properties: { size: { type: "integer" } } } },
      },
    } as Document);
    expect(collectOperations(doc).map((op) => op.sdkName.join("."))).toEqual([
      "myself.get",
      "pets.list",
      "records.list",
      "status.get",
      "things.list",
    ]);
  });

  test("a plural that answers plain values only is get; a POST beside its PATCH creates (probe59)", () => {
    // SendGrid's `GET /tracking_settings/google_analytics` (six plain fields) was `list`; its
    // campaign schedule is read by GET, made by POST and changed by PATCH.
    const plain = { type: "object", properties: { enabled: { type: "boolean" } } };
    const doc = normalize({
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: {
        "/tracking_settings/google_analytics": {
          get: {
            responses: answer({
              type: "object",
              properties: { enabled: { type: "boolean" }, utm_source: { type: "string" } },
            }),
          },
        },
        "/campaigns/{id}/schedules": {
          get: { responses: answer(plain) },
          post: { responses: answer(plain) },
          patch: { responses: answer(plain) },
        },
        // A plural holding an object may hold its page a level down: still a list.
        "/records": {
          get: { responses: answer({ type: "object", properties: { page: { type: "object" } } }) },
        },
      },
    } as Document);
    expect(
      collectOperations(doc).map((op) => `${op.method} ${op.path} ${op.sdkName.join(".")}`),
    ).toEqual([
      "get /campaigns/{id}/schedules campaigns.schedules.get",
      "post /campaigns/{id}/schedules campaigns.schedules.create",
      "patch /campaigns/{id}/schedules campaigns.schedules.update",
      "get /records records.list",
      "get /tracking_settings/google_analytics trackingSettings.googleAnalytics.get",
    ]);
  });

  test("the DELETE of one item keeps delete; the DELETE of its list is deleteMany (probe59)", () => {
    // SendGrid's suppressions: the item's was `deleteSuppressionBlocksEmail`.
    const doc = normalize({
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: {
        "/suppression/blocks": {
          get: { responses: answer({ type: "array", items: {} }) },
          delete: {
            operationId: "DELETE_suppression-blocks",
            responses: { "204": { description: "ok" } },
          },
        },
        "/suppression/blocks/{email}": {
          delete: {
            operationId: "DELETE_suppression-blocks-email",
            responses: { "204": { description: "ok" } },
          },
        },
      },
    } as Document);
    expect(
      collectOperations(doc).map((op) => `${op.method} ${op.path} ${op.sdkName.join(".")}`),
    ).toEqual([
      "get /suppression/blocks suppression.blocks.list",
      "delete /suppression/blocks suppression.blocks.deleteMany",
      "delete /suppression/blocks/{email} suppression.blocks.delete",
    ]);
  });

  test("a write is named by its operationId's create or update where the method says the other (probe60)", () => {
    // Xero creates with PUT and updates with POST: `createInvoices` was `invoices.update`, and
    // the real update fell back to `updateInvoice`.
    const ok = { "200": { description: "ok" } };
    const doc = normalize({
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: {
        "/Invoices": {
          put: { operationId: "createInvoices", responses: ok },
          post: { operationId: "updateOrCreateInvoices", responses: ok },
        },
        "/Invoices/{InvoiceID}": { post: { operationId: "updateInvoice", responses: ok } },
        // An id naming two things says neither (Discord's lobbies).
        "/lobbies": {
          put: { operationId: "create_or_join_lobby", responses: ok },
          post: { operationId: "create_lobby", responses: ok },
        },
      },
    } as Document);
    expect(
      collectOperations(doc).map((op) => `${op.method} ${op.path} ${op.sdkName.join(".")}`),
    ).toEqual([
      "put /Invoices invoices.create",
      "post /Invoices invoices.upsert",
      "post /Invoices/{InvoiceID} invoices.update",
      "put /lobbies lobbies.update",
      "post /lobbies lobbies.create",
    ]);
  });

  test("the root names no resource: its operationId names it, else get (probe58)", () => {
    // LaunchDarkly's `GET /` (links to the rest) was `list`, and the package root exported a
    // function named `list`.
    const doc = normalize({
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: {
        "/": { get: { operationId: "getRoot", responses: answer({ type: "object" }) } },
        "/v2/": { get: { responses: answer({ type: "array", items: {} }) } },
      },
    } as Document);
    expect(collectOperations(doc).map((op) => op.sdkName.join("."))).toEqual(["getRoot", "get"]);
  });

  test("a path ending in a parameter, with items below it, is a scope where it answers a page (probe58)", () => {
    // LaunchDarkly's `/flags/{projectKey}` lists and creates the project's flags; its GET was
    // `flags.get` and the flag's own `flags.getFeatureFlag`, its POST `flags.postFeatureFlag`.
    const flag = { type: "object", properties: { key: { type: "string" } } };
    const doc = normalize({
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: {
        "/flags/{projectKey}": {
          get: {
            operationId: "getFeatureFlags",
            responses: answer({
              type: "object",
              properties: {
                items: { type: "array", items: flag },
                totalCount: { type: "integer" },
              },
            }),
          },
          post: { operationId: "postFeatureFlag", responses: answer(flag) },
        },
        "/flags/{projectKey}/{featureFlagKey}": {
          get: { operationId: "getFeatureFlag", responses: answer(flag) },
          patch: { operationId: "patchFeatureFlag", responses: answer(flag) },
        },
        // One object with lists of its own is still an item (a gist and its revisions).
        "/gists/{gistId}": {
          get: {
            responses: answer({
              type: "object",
              properties: { history: { type: "array", items: {} }, id: { type: "string" } },
            }),
          },
          post: { responses: answer({ type: "object" }) },
        },
        "/gists/{gistId}/{sha}": { get: { responses: answer({ type: "object" }) } },
      },
    } as Document);
    expect(
      collectOperations(doc).map((op) => `${op.method} ${op.path} ${op.sdkName.join(".")}`),
    ).toEqual([
      "get /flags/{projectKey} flags.list",
      "post /flags/{projectKey} flags.create",
      "get /flags/{projectKey}/{featureFlagKey} flags.get",
      "patch /flags/{projectKey}/{featureFlagKey} flags.update",
      "get /gists/{gistId} gists.get",
      "post /gists/{gistId} gists.update",
      "get /gists/{gistId}/{sha} gists.getGistsGistIdSha",
    ]);
  });

  test("get where it answers a file, as no list is (probe55)", () => {
    // Box's `GET /files/{id}/content`, `GET /users/{id}/avatar`; Stripe's `GET /v1/quotes/{id}/pdf`.
    const doc = normalize({
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: {
        "/users/{id}/avatar": {
          get: {
            responses: {
              "200": {
                description: "ok",
                content: { "image/png": {}, "image/jpeg": {} },
              },
            },
          },
        },
        // A download behind a redirect answers the file (see `redirectedDownloads`).
        "/files/{id}/content": {
          get: { responses: { "202": { description: "later" }, "302": { description: "there" } } },
        },
        // Text may be lines of a list; JSON is read as above.
        "/jobs/{id}/log": {
          get: { responses: { "200": { description: "ok", content: { "text/plain": {} } } } },
        },
      },
    } as Document);
    expect(collectOperations(doc).map((op) => op.sdkName.join("."))).toEqual([
      "files.content.get",
      "jobs.log.list",
      "users.avatar.get",
    ]);
  });

  test("an object with lists of its own among its fields is one object; a page is a list", () => {
    // Stripe's `GET /v1/charges/{charge}/dispute` and Discord's `GET /applications/@me` were
    // `list` for their `balance_transactions` and `tags` (probe44 F7).
    const object = (properties: object) => answer({ type: "object", properties });
    const list = { type: "array", items: { type: "string" } };
    const doc = normalize({
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: {
        "/charges/{charge}/dispute": {
          get: {
            responses: object({
              id: { type: "string" },
              amount: { type: "integer" },
              status: { type: "string" },
              reason: { type: "string" },
              balance_transactions: list,
            }),
          },
        },
        // A page: a list under a page's name, a next page, or few fields beside a list.
        "/feed": { get: { responses: object({ id: {}, a: {}, b: {}, c: {}, results: list }) } },
        "/inbox": { get: { responses: object({ id: {}, a: {}, b: {}, c: {}, has_more: {} }) } },
        "/queue": { get: { responses: object({ object: {}, url: {}, jobs: list }) } },
      },
    } as Document);
    expect(collectOperations(doc).map((op) => op.sdkName.join("."))).toEqual([
      "charges.dispute.get",
      "feed.list",
      "inbox.list",
      "queue.list",
    ]);
  });
});

/** An answer with no body, for operations whose names alone are looked at. */
const ok = { "200": { description: "ok" } };
/** The method names the generator gives the operations of `paths` (with each's HTTP method). */
const names = (paths: object, withMethods = true) =>
  collectOperations(
    normalize({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths } as Document),
  ).map((op) => `${withMethods ? `${op.method} ` : ""}${op.sdkName.join(".")}`);

describe("a POST whose action name other operations are filed under", () => {
  // Figma's `POST /comments/{id}/reactions` was `comments.postCommentReaction` beside
  // `comments.reactions.list`, Jira's `POST /issue/{id}/votes` `issue.addVote` (probe43).
  const one = {
    "200": {
      description: "ok",
      content: {
        "application/json": {
          schema: { type: "object", properties: { cap: { type: "integer" } } },
        },
      },
    },
  };

  test("is that collection's create, its operationId's write, or the update of one object", () => {
    expect(
      names({
        "/comments/{id}/reactions": {
          get: { operationId: "getCommentReactions", responses: ok },
          post: { operationId: "postCommentReaction", responses: ok },
          delete: { operationId: "deleteCommentReaction", responses: ok },
        },
        "/issue/{id}/votes": {
          get: { operationId: "getVotes", responses: ok },
          post: { operationId: "addVote", responses: ok },
        },
        "/projects/{id}/spend_limit": {
          get: { operationId: "getSpendLimit", responses: one },
          post: { operationId: "Updateprojectspendlimit", responses: ok },
        },
      }),
    ).toEqual([
      "get comments.reactions.list",
      "post comments.reactions.create",
      "delete comments.reactions.delete",
      "get issue.votes.list",
      "post issue.votes.add",
      "get projects.spendLimit.get",
      "post projects.spendLimit.update",
    ]);
  });

  test("stays an action where nothing is filed under it, and takes its operationId where the name is taken", () => {
    expect(
      names({
        "/agents/{key}/run": { post: { operationId: "runAgent", responses: ok } },
        "/votes/{id}/tally": {
          get: { operationId: "getTally", responses: ok },
          post: { operationId: "recount", responses: ok },
        },
        "/votes/{id}/tally:create": { post: { operationId: "makeTally", responses: ok } },
      }),
    ).toEqual([
      "post agents.run",
      "get votes.tally.list",
      "post votes.recount",
      "post votes.tally.create",
    ]);
  });

  test("an operationId that only spells a path with an action in it yields to the path", () => {
    // Picsart's `vd-export-replay` was `vd.export.vdExportReplay` beside the GET filed under
    // it (probe71).
    expect(
      names({
        "/vd/export/replay": { post: { operationId: "vd-export-replay", responses: ok } },
        "/vd/export/replay/{transaction_id}": {
          get: { operationId: "vd-export-replay-getresult", responses: ok },
        },
      }),
    ).toEqual(["post vd.export.replay.create", "get vd.export.replay.getresult"]);
  });
});

describe("a PUT and a PATCH that come to the same update", () => {
  // Discord's `PUT /guilds/{g}/members/{u}` adds a member, its `PATCH` edits one: the PUT was
  // `members.update` and the everyday edit `members.updateGuildMember` (probe44 F2).

  test("the PATCH keeps update; the PUT takes its operationId's verb, else replace", () => {
    expect(
      names({
        "/guilds/{guild_id}/members/{user_id}": {
          put: { operationId: "add_guild_member", responses: ok },
          patch: { operationId: "update_guild_member", responses: ok },
        },
        "/apps/{app_id}/commands": {
          put: { operationId: "bulk_set_application_commands", responses: ok },
        },
        "/apps/{app_id}/commands/{command_id}": {
          patch: { operationId: "update_application_command", responses: ok },
        },
        "/lobbies": {
          post: { operationId: "create_lobby", responses: ok },
          put: { operationId: "create_or_join_lobby", responses: ok },
        },
        "/lobbies/{lobby_id}": { patch: { operationId: "edit_lobby", responses: ok } },
        // A PUT alone is the update.
        "/voice-status": { put: { operationId: "set_voice_status", responses: ok } },
      }),
    ).toEqual([
      "put apps.commands.replace",
      "patch apps.commands.update",
      "put guilds.members.add",
      "patch guilds.members.update",
      // `create` is the POST's: the operationId, whole.
      "put lobbies.createOrJoin",
      "post lobbies.create",
      "patch lobbies.update",
      "put voiceStatus.update",
    ]);
  });
});

describe("a POST to an item that runs an action on it", () => {
  // Runway's `POST /v1/workflows/{id}` ("Run a published workflow") was `workflows.update`,
  // OpenAI's `cancelEvalRun` `evals.runs.update` (probe69).
  test("takes the action its operationId or summary starts with; an update stays one", () => {
    expect(
      names({
        "/v1/workflows/{id}": {
          get: { operationId: "getV1WorkflowsId", responses: ok },
          post: {
            operationId: "postV1WorkflowsId",
            summary: "Run a published workflow",
            responses: ok,
          },
        },
        "/evals/{eval_id}/runs/{run_id}": {
          post: {
            operationId: "cancelEvalRun",
            summary: "Cancel an ongoing evaluation run.",
            responses: ok,
          },
        },
        "/customers/{id}": {
          post: {
            operationId: "PostCustomersCustomer",
            summary: "Update a customer",
            responses: ok,
          },
        },
        "/messages/{id}": {
          post: { operationId: "modifyMessage", summary: "Replace a message", responses: ok },
        },
        "/notes/{id}": { post: { summary: "Edit a note", responses: ok } },
        "/threads/{id}": { post: { summary: "Thread settings", responses: ok } },
        // The verb after the summary's topic (Mailgun's, probe75: `x509.postV2X509Domain`).
        "/x509/{domain}": {
          post: { summary: "Tracking Certificate: Generate", responses: ok },
        },
        // Not a POST to an item: named by the path as before.
        "/jobs": { post: { summary: "Start a job", responses: ok } },
      }),
    ).toEqual([
      "post customers.update",
      "post evals.runs.cancel",
      "post jobs.create",
      "post messages.update",
      "post notes.update",
      "post threads.update",
      "get workflows.get",
      "post workflows.run",
      "post x509.generate",
    ]);
  });
});

describe("Mailchimp's shapes", () => {
  // probe48: `POST /lists/{id}` (batch subscribe) took `lists.update` from the PATCH that updates
  // a list, and `POST /campaigns/{id}/actions/send` was `campaigns.actions.send.create`.
  test("a POST on an item leaves update to a PATCH; an action under actions is named by it", () =>
    expect(
      names({
        "/lists/{list_id}": {
          post: { operationId: "postListsId", responses: ok },
          patch: { operationId: "patchListsId", responses: ok },
        },
        "/campaigns/{campaign_id}/actions/send": {
          post: { operationId: "postCampaignsIdActionsSend", responses: ok },
        },
        "/automations/{workflow_id}/actions/pause-all-emails": {
          post: { operationId: "postAutomationsIdActionsPause", responses: ok },
        },
        // A plural there is a collection (Trello's card comments): created, as any.
        "/cards/{idCard}/actions/comments": {
          post: { operationId: "addCardsActionsCommentsByIdCard", responses: ok },
        },
      }),
    ).toEqual([
      "post automations.pauseAllEmails",
      "post campaigns.send",
      "post cards.actions.comments.create",
      "post lists.postListsId",
      "patch lists.update",
    ]));
});

describe("collections, whatever their parameters are called", () => {
  // Stripe's `POST /application_fees/{id}/refunds`, whose items are under
  // `/application_fees/{fee}/refunds/{id}`, was an action named by its operationId (probe44 F3).
  test("a POST to one creates", () =>
    expect(
      names(
        {
          "/v1/application_fees/{id}/refunds": {
            post: { operationId: "PostApplicationFeesIdRefunds", responses: ok },
          },
          "/v1/application_fees/{fee}/refunds/{id}": {
            get: { operationId: "GetApplicationFeesFeeRefundsId", responses: ok },
          },
        },
        false,
      ),
    ).toEqual(["applicationFees.refunds.get", "applicationFees.refunds.create"]));

  test("the path with items below it is one, under another parameter's name", () => {
    expect([
      ...collectionPaths([
        "/v1/application_fees/{id}/refunds",
        "/v1/application_fees/{fee}/refunds/{id}",
        "/v1/transfers/{id}/reversals",
      ]),
    ]).toEqual(["/v1/application_fees/{id}/refunds"]);
  });
});

describe("RPC methods written with dots", () => {
  // Slack's `POST /chat.postMessage` was `chatPostMessage.create` (probe44 F4).
  test("name their methods where most of a spec's paths are so", () =>
    expect(
      names(
        {
          "/chat.postMessage": { post: { operationId: "chat_postMessage", responses: ok } },
          "/conversations.history": {
            get: { operationId: "conversations_history", responses: ok },
          },
          "/files.remote.list": { get: { operationId: "files_remote_list", responses: ok } },
          "/api.test": { post: { operationId: "api_test", responses: ok } },
        },
        false,
      ),
    ).toEqual(["api.test", "chat.postMessage", "conversations.history", "files.remote.list"]));

  test("not in a REST spec with one such path", () =>
    expect(
      names(
        {
          "/pets": { get: { responses: ok } },
          "/pets/{id}": { get: { responses: ok } },
          "/openid.configuration": { get: { responses: ok } },
        },
        false,
      ),
    ).toEqual(["openidConfiguration.list", "pets.list", "pets.get"]));

  // Telegram's `POST /sendMessage` was `sendMessage.create`, every one of its 74 (probe50).
  test("or as verb phrases: each is its method, whatever its verb", () =>
    expect(
      names(
        {
          "/sendMessage": { post: { operationId: "postSendMessage", responses: ok } },
          "/getMe": { post: { operationId: "postGetMe", responses: ok } },
          "/kickChatMember": { post: { operationId: "postKickChatMember", responses: ok } },
          "/close": { post: { operationId: "postClose", responses: ok } },
        },
        false,
      ),
    ).toEqual(["close", "getMe", "kickChatMember", "sendMessage"]));

  test("not in a REST spec with one verb for a path", () =>
    expect(
      names(
        {
          "/pets": { get: { responses: ok }, post: { responses: ok } },
          "/pets/{id}": { get: { responses: ok } },
          "/getMe": { post: { responses: ok } },
        },
        false,
      ),
    ).toEqual(["getMe.create", "pets.list", "pets.create", "pets.get"]));

  // Reducto's `/parse`, `/split`, `/extract`… made its `GET /jobs` the method `jobs` (probe82).
  test("a noun alone is no method there", () =>
    expect(
      names(
        {
          "/parse": { post: { responses: ok } },
          "/parse_async": { post: { responses: ok } },
          "/split": { post: { responses: ok } },
          "/jobs": { get: { responses: ok } },
          "/pipeline": { post: { responses: ok } },
          "/cancel/{job_id}": {
            post: { operationId: "cancel_job_cancel__job_id__post", responses: ok },
          },
        },
        false,
      ),
    ).toEqual(["cancel", "jobs.list", "parse", "parseAsync", "pipeline.create", "split"]));
});

test("a resource named with a digit first is an identifier, as its function's name is", () => {
  // DigitalOcean's `/v2/1-clicks` was `client["1Clicks"]` (probe45 P6).
  const [op] = collectOperations(
    normalize({
      openapi: "3.0.0",
      info: { title: "t", version: "1" },
      paths: { "/v2/1-clicks": { get: { operationId: "oneClicks_list", responses: ok } } },
    } as Document),
  );
  expect([op!.sdkName.join("."), op!.funcName]).toEqual(["_1Clicks.list", "_1ClicksList"]);
});

describe("resource names the client already answers to", () => {
  // (collectOperations, not resourceName: the rule is the client's, applied to every name.)
  const collect = async (paths: Record<string, string>) => {
    const { collectOperations } = await import("../transform/collect-operations.js");
    const doc = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: Object.fromEntries(
        Object.entries(paths).map(([path, method]) => [
          path,
          { [method]: { responses: { "200": { description: "done" } } } },
        ]),
      ),
    };
    return collectOperations(doc)
      .map((op) => op.sdkName.join("."))
      .sort();
  };

  test("get `_` appended: the client's own members at the top, inherited ones and then anywhere", async () => {
    expect(
      await collect({
        "/call-operation": "post",
        "/server-url": "get",
        "/to-string/then": "get",
        "/constructor/items": "get",
        "/ping": "get",
        "/jobs/{id}/call-operation": "post",
      }),
    ).toEqual([
      "callOperation_.create",
      "constructor_.items.list",
      "jobs.callOperation",
      "ping.list",
      "serverUrl.list",
      "toString_.then_.list",
    ]);
  });
});

describe("a resource under two base paths (probe61)", () => {
  const namesOf = (paths: Record<string, string[]>) => {
    const doc = normalize({
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: Object.fromEntries(
        Object.entries(paths).map(([path, methods]) => [
          path,
          Object.fromEntries(methods.map((m) => [m, { responses: {} }])),
        ]),
      ),
    } as Document);
    return collectOperations(doc).map((op) => op.sdkName.join("."));
  };

  test("is two resources, each under its base path's word", () => {
    // Mux: the video API's URL-signing keys fell back to `signingKeys.listUrlSigningKeys`.
    expect(
      namesOf({
        "/video/v1/assets": ["get"],
        "/video/v1/signing-keys": ["get", "post"],
        "/system/v1/signing-keys": ["get", "post"],
      }),
    ).toEqual([
      "system.signingKeys.list",
      "system.signingKeys.create",
      "assets.list",
      "video.signingKeys.list",
      "video.signingKeys.create",
    ]);
  });

  test("not under a word that names no product", () => {
    // Jira's `/rest/api/3` beside `/rest/atlassian-connect/1`.
    expect(
      namesOf({
        "/rest/api/3/app/field/value": ["post"],
        "/rest/atlassian-connect/1/app/module/dynamic": ["get"],
      }),
    ).toEqual(["app.field.value.create", "atlassianConnect.app.module.dynamic.list"]);
  });
});

describe("a GET of one item that lists something else (probe61)", () => {
  const page = {
    "200": {
      description: "A page",
      content: {
        "application/json": {
          schema: {
            type: "object",
            properties: { data: { type: "array", items: { type: "string" } } },
          },
        },
      },
    },
  };
  const one = {
    "200": {
      description: "One",
      content: { "application/json": { schema: { type: "object" } } },
    },
  };
  const namesOf = (id: string, responses: object) =>
    collectOperations(
      normalize({
        openapi: "3.0.3",
        info: { title: "t", version: "1" },
        paths: {
          "/data/v1/dimensions": { get: { operationId: "list-dimensions", responses: page } },
          "/data/v1/dimensions/{DIMENSION_ID}": { get: { operationId: id, responses } },
        },
      } as Document),
    ).map((op) => op.sdkName.join("."));

  test("is named by its operationId's list, less the resource's words", () =>
    // Mux's values of a dimension were `dimensions.get`.
    expect(namesOf("list-dimension-values", page)).toEqual([
      "dimensions.list",
      "dimensions.listValues",
    ]));
  test("a FastAPI id by its handler's name (probe62: Svix's)", () =>
    expect(
      namesOf("list_attempts_by_dimension_data_v1_dimensions__DIMENSION_ID__get", page),
    ).toEqual(["dimensions.list", "dimensions.listAttempts"]));
  test("an item read stays get", () => {
    expect(namesOf("get-dimension", one)).toEqual(["dimensions.list", "dimensions.get"]);
    // (An id that says list but answers one object, or names only the resource.)
    expect(namesOf("list-dimension-values", one)).toEqual(["dimensions.list", "dimensions.get"]);
    expect(namesOf("listDimension", page)).toEqual(["dimensions.list", "dimensions.get"]);
  });
});

describe("a GET that answers nothing (probe62)", () => {
  test("is no list: Svix's health check, Gitea's merged check beside its merge", () => {
    const noContent = { "204": { description: "Yes" } };
    const doc = normalize({
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: {
        "/api/v1/health/": { get: { operationId: "health", responses: noContent } },
        "/pulls/{index}/merge": {
          get: { operationId: "isMerged", responses: noContent },
          post: { operationId: "merge", responses: noContent },
        },
      },
    } as Document);
    expect(collectOperations(doc).map((op) => op.sdkName.join("."))).toEqual([
      "health.get",
      "pulls.merge.get",
      "pulls.merge.create",
    ]);
  });
});

describe("a GET of a segment that says it reads (probe73, probe74)", () => {
  test.each([
    // Mistral's `workflows.events.list.list`, Ideogram's `organization.listInvoices.list` and
    // `batch.getMaybeBatchResults.get`, ElevenLabs' `conversation.getSignedUrl.get`.
    ["/v1/workflows/events/list", false, "workflows.events.list"],
    ["/manage/api/organization/list_invoices", false, "manage.api.organization.listInvoices"],
    [
      "/internal/batch/get-maybe-batch-results/{job_id}",
      false,
      "internal.batch.getMaybeBatchResults",
    ],
    ["/v1/convai/conversation/get_signed_url", false, "convai.conversation.getSignedUrl"],
    ["/users/count", false, "users.count"],
    // After a parameter (Smallest's, probe77: `getVoices.list`); a verb alone before one is a
    // resource (Topaz's downloads).
    ["/waves/v1/{model}/get_voices", false, "getVoices"],
    ["/image/v1/download/{process_id}", false, "download.get"],
    ["/search", false, "search.list"],
    // Nouns that start as a verb does, a collection, and a verb that is no read.
    ["/events/check-ins", false, "events.checkIns.list"],
    ["/search-results", false, "searchResults.list"],
    ["/lists/{id}", true, "lists.get"],
    ["/count", true, "count.list"],
    ["/jobs/pause", false, "jobs.pause.list"],
  ])("GET %s", (path, collection, want) =>
    expect(resourceName("get", path, collection).join(".")).toBe(want),
  );
});

describe("names two operations would share (probe73, probe74)", () => {
  const post = (operationId: string) => ({ post: { operationId, responses: {} } });

  test("a root action is named by its path, not its operationId", () =>
    expect(namesOf({ "/describe": post("post_describe") })).toEqual(["describe"]));

  test("the same path under a version is filed under that version", () =>
    // Ideogram's `POST /v1/edit` beside its legacy `POST /edit` took `edit.postV1EditImage`.
    expect(
      namesOf({ "/edit": post("post_edit_image"), "/v1/edit": post("post_v1_edit_image") }),
    ).toEqual(["edit", "v1.edit"]));

  test("and an operation another version took the name of, under the path's own version", () =>
    // Mailgun's v4 webhooks beside its v3 ones: `domains.webhooks.putV4DomainsDomainWebhooks`.
    expect(
      namesOf({
        "/v3/domains/{domain}/webhooks/{name}": { put: { responses: {} } },
        "/v4/domains/{domain}/webhooks": { put: { responses: {} } },
      }),
    ).toEqual(["domains.webhooks.update", "v4.domains.webhooks.update"]));

  test("a resource two versions hold: all of the later one's operations on it go under it", () =>
    // DeepL's glossaries (probe77): the v3 operations that clashed were `v3.glossaries.*`, and
    // the others sat in `glossaries` beside v2's (`glossaries.update` patched a v3 glossary).
    expect(
      namesOf({
        "/v2/glossaries/{id}": { get: { responses: {} } },
        "/v2/glossaries/{id}/entries": { get: { responses: {} } },
        "/v2/usage": { get: { responses: {} } },
        "/v3/glossaries/{id}": { get: { responses: {} }, patch: { responses: {} } },
        "/v3/glossaries/{id}/dictionaries": { delete: { responses: {} } },
        "/v3/languages": { get: { responses: {} } },
      }),
    ).toEqual([
      "glossaries.get",
      "glossaries.entries.list",
      "usage.list",
      "v3.glossaries.get",
      "v3.glossaries.update",
      "v3.glossaries.dictionaries.delete",
      "languages.list",
    ]));

  test("a path scoped by a leading parameter goes under that parameter's name", () =>
    // Mailgun's `/v3/{domain}/stats/total` beside `/v3/stats/total`: `getV3DomainStatsTotal`.
    expect(
      namesOf({
        "/v3/stats/total": { get: { operationId: "GET-v3-stats-total", responses: {} } },
        "/v3/{domain}/stats/total": {
          get: { operationId: "GET-v3--domain--stats-total", responses: {} },
        },
      }),
    ).toEqual(["stats.total.list", "domain.stats.total.list"]));

  test("not under a namespace a method is named as", () =>
    expect(
      namesOf({
        "/edit": post("editLegacy"),
        "/v1": post("v1"),
        "/v1/edit": post("editV1"),
      }),
    ).toEqual(["edit", "v1", "editV1"]));

  test("not where an operation of the same version took the name", () =>
    expect(
      namesOf({
        "/v1/teams/members/run": post("runAll"),
        "/v1/teams/{id}/members/run": post("runTeam"),
      }),
    ).toEqual(["teams.members.run", "teams.members.runTeam"]));

  test("an action on a list beside the same action on one item is its Many", () =>
    // Mistral's batch cancel took `cancel`, and the cancel of one execution its 80-letter id.
    expect(
      namesOf({
        "/v1/workflows/executions/cancel": post(
          "batch_cancel_workflow_executions_v1_workflows_executions_cancel_post",
        ),
        "/v1/workflows/executions/{execution_id}/cancel": post(
          "cancel_workflow_execution_v1_workflows_executions__execution_id__cancel_post",
        ),
      }),
    ).toEqual(["workflows.executions.cancelMany", "workflows.executions.cancel"]));

  test("an action on a list its handler names otherwise is that", () =>
    // LlamaCloud's item retrieve took its 62-letter FastAPI id (probe79).
    expect(
      namesOf({
        "/api/v1/retrievers/retrieve": post("direct_retrieve_api_v1_retrievers_retrieve_post"),
        "/api/v1/retrievers/{retriever_id}/retrieve": post(
          "retrieve_api_v1_retrievers__retriever_id__retrieve_post",
        ),
      }),
    ).toEqual(["retrievers.directRetrieve", "retrievers.retrieve"]));

  test("a custom method on a list named as the item's DELETE yields it", () =>
    expect(
      namesOf({
        "/api/v1/beta/agent-data/:delete": post(
          "delete_agent_data_by_query_api_v1_beta_agent_data__delete_post",
        ),
        "/api/v1/beta/agent-data/{item_id}": {
          delete: {
            operationId: "delete_agent_data_api_v1_beta_agent_data__item_id__delete",
            responses: {},
          },
        },
        // (One whose id names nothing new is its Many.)
        "/api/v1/sheets/:delete": { post: { responses: {} } },
        "/api/v1/sheets/{id}": { delete: { responses: {} } },
      }),
    ).toEqual([
      "beta.agentData.deleteByQuery",
      "beta.agentData.delete",
      "sheets.deleteMany",
      "sheets.delete",
    ]));

  test("a PUT of a list beside the PUT of one item takes its verb", () => {
    const put = (operationId: string) => ({ put: { operationId, responses: {} } });
    expect(
      namesOf({
        "/api/v1/pipelines/{pipeline_id}/files": put(
          "add_files_to_pipeline_api_api_v1_pipelines__pipeline_id__files_put",
        ),
        "/api/v1/pipelines/{pipeline_id}/files/{file_id}": put(
          "update_pipeline_file_api_v1_pipelines__pipeline_id__files__file_id__put",
        ),
        "/tags": put("putTags"),
        "/tags/{id}": put("putTag"),
      }),
    ).toEqual(["pipelines.files.add", "pipelines.files.update", "tags.replace", "tags.update"]);
  });

  test("a clash falls back to the handler a framework's id names", () =>
    expect(
      namesOf({
        "/api/v1/figures/{id}": {
          get: { operationId: "get_figure_api_v1_figures__id__get", responses: {} },
        },
        "/api/v1/figures/{name}": {
          get: { operationId: "get_figure_by_name_api_v1_figures__name__get", responses: {} },
        },
        "/widgets/{id}": { get: { operationId: "WidgetsController_findOne_v2", responses: {} } },
        "/widgets/{key}": { get: { operationId: "WidgetsController_findByKey", responses: {} } },
      }),
    ).toEqual(["figures.get", "figures.getFigureByName", "widgets.get", "widgets.findByKey"]));

  test("a GET that answers one plain value is get, unless a plural names it", () => {
    const answer = (schema: object) => ({
      get: {
        responses: { "200": { description: "ok", content: { "application/json": { schema } } } },
      },
    });
    expect(
      namesOf({
        // Mistral's signed URLs were `signedUrl.list`.
        "/documents/{id}/signed-url": answer({ type: "string" }),
        "/documents/{id}/pages": answer({ type: "array", items: { type: "string" } }),
        "/enabled": answer({ type: "boolean" }),
        // A plural so is more likely a page the spec got wrong (Mailgun's `$ref: string`).
        "/pools/{id}/domains": answer({ type: "string" }),
      }),
    ).toEqual([
      "documents.pages.list",
      "documents.signedUrl.get",
      "enabled.get",
      "pools.domains.list",
    ]);
  });
});

describe("a write named as an action that says it creates or updates (probe75)", () => {
  test("a POST after a parameter to a noun creates there, by its operationId or summary", () =>
    // Twilio's `CreateToken` was `accounts.tokens`; its message feedback `messages.feedback`.
    expect(
      namesOf({
        "/2010-04-01/Accounts/{AccountSid}/Tokens.json": {
          post: { operationId: "CreateToken", responses: {} },
        },
        "/Messages/{sid}/Feedback.json": {
          post: { summary: "Create Message Feedback", responses: {} },
        },
        // A verb stays the action, whatever the id says; so does a noun no write names.
        "/agents/{id}/run": { post: { operationId: "createRun", responses: {} } },
        "/agents/{id}/clone-settings": {
          post: { operationId: "agentCloneSettings", responses: {} },
        },
      }),
    ).toEqual([
      "accounts.tokens.create",
      "messages.feedback.create",
      "agents.cloneSettings",
      "agents.run",
    ]));

  test("a PUT to a verb that says it updates is the update of that setting", () =>
    // Mailgun's `PUT …/tracking/unsubscribe` was `tracking.unsubscribe`, beside `click.update`.
    expect(
      namesOf({
        "/domains/{name}/tracking/click": { put: { responses: {} } },
        "/domains/{name}/tracking/unsubscribe": {
          put: { summary: "Update unsubscribe tracking settings", responses: {} },
        },
        "/uploads/{id}/cancel": { put: { summary: "Cancel a direct upload", responses: {} } },
      }),
    ).toEqual([
      "domains.tracking.click.update",
      "domains.tracking.unsubscribe.update",
      "uploads.cancel",
    ]));

  test("a POST that reads, as its operationId says, is named by it less the resource", () =>
    // DeepL's (probe77): `document.update` polled the status, `document.result` downloaded.
    expect(
      namesOf({
        "/v2/document/{document_id}": {
          post: { operationId: "getDocumentStatus", responses: {} },
        },
        "/v2/document/{document_id}/result": {
          post: { operationId: "downloadDocument", responses: {} },
        },
        "/v2/jobs/{id}": { post: { operationId: "editJob", responses: {} } },
      }),
    ).toEqual(["document.getStatus", "document.download", "jobs.update"]));

  test("a PUT or PATCH to a phrase its operationId starts as runs that action", () =>
    // Topaz's (probe76): `video.completeUpload.update`. A setting named by a verb stays one.
    expect(
      namesOf({
        "/video/{id}/complete-upload/": {
          patch: { operationId: "CompleteVideoUpload", responses: {} },
        },
        "/sites/{id}/search-config": {
          put: { operationId: "searchConfigUpdate", responses: {} },
        },
      }),
    ).toEqual(["sites.searchConfig.update", "video.completeUpload"]));

  test("a DELETE whose operationId or summary says another action runs it", () =>
    // Topaz's `CancelVideoRequest` was `video.delete`; Stripe's SDK cancels a subscription so.
    expect(
      namesOf({
        "/video/{id}": { delete: { operationId: "CancelVideoRequest", responses: {} } },
        "/notes/{id}": { delete: { operationId: "removeNote", responses: {} } },
        "/jobs/{id}": { delete: { summary: "Delete a job", responses: {} } },
      }),
    ).toEqual(["jobs.delete", "notes.delete", "video.cancel"]));

  test("a POST to an item that resends it is resend", () =>
    // Mailgun's stored messages: `domains.messages.update`.
    expect(
      namesOf({
        "/messages/{key}": {
          get: { responses: {} },
          post: { summary: "Resend an email", responses: {} },
        },
      }),
    ).toEqual(["messages.get", "messages.resend"]));

  test("twins a format suffix tells apart are their method with it", () =>
    // Mailgun's bulk member imports took their operationIds.
    expect(
      namesOf({
        "/lists/{address}/members": { post: { operationId: "post-members", responses: {} } },
        "/lists/{address}/members/{member}": { get: { responses: {} } },
        "/lists/{address}/members.csv": {
          post: { operationId: "post-members.csv", responses: {} },
        },
        "/lists/{address}/members.json": {
          post: { operationId: "post-members.json", responses: {} },
        },
      }),
    ).toEqual([
      "lists.members.create",
      "lists.members.createCsv",
      "lists.members.createJson",
      "lists.members.get",
    ]));
});

describe("a last segment that says how the call runs (probe76)", () => {
  test.each([
    // Topaz's nine image jobs were `matting.async.create`, `enhance.async.create`…
    ["post", "/image/v1/matting/async", "matting.createAsync"],
    ["post", "/image/v1/enhance/async", "enhanceAsync"],
    ["post", "/image/v1/sharpen-gen/async", "sharpenGenAsync"],
    ["post", "/jobs/{id}/run/async", "jobs.runAsync"],
    ["get", "/reports/async", "reports.listAsync"],
    // `sync` is a verb too: an action, not a mode.
    ["post", "/jobs/{id}/sync", "jobs.sync"],
    // TwelveLabs' `create-bulk` was `entities.bulk`, as `bulk-delete` is an action (probe80).
    ["post", "/entity-collections/{id}/entities/bulk", "entityCollections.entities.createBulk"],
    ["delete", "/entities/bulk", "entities.deleteBulk"],
    ["post", "/extraction/jobs/batch", "extraction.jobs.createBatch"],
    ["post", "/messages/bulk-delete", "messages.bulkDelete"],
  ])("%s %s", (method, path, want) => expect(resourceName(method, path).join(".")).toBe(want));

  test("not a batch with items of its own: a collection", () =>
    expect(resourceName("post", "/detect/batch", true).join(".")).toBe("detect.batch.create"));
});

describe("an operationId Fern wrote, `<group>_<method>` (probe81)", () => {
  test("names the method under its tag, as Fern's SDKs do", () => {
    const op = (operationId: string, tag = "textToSpeech") => ({
      post: { operationId, tags: [tag], responses: {} },
    });
    expect(
      namesOf({
        // Resemble AI's: `synthesize.create`, `speechToText.ask.transcriptQuestion`.
        "/synthesize": op("textToSpeech_synthesize"),
        "/speech-to-text/{uuid}/ask": op("speechToText_askTranscriptQuestion", "speechToText"),
        // Not where the group is not the tag's.
        "/pets": op("animals_addPet", "pets"),
      }),
    ).toEqual(["pets.create", "speechToText.askTranscriptQuestion", "textToSpeech.synthesize"]);
  });
});

describe("a GET its operationId says gets, of an object that names no page (probe74, probe76)", () => {
  const get = (operationId: string, schema: object) => ({
    get: {
      operationId,
      responses: { "200": { description: "ok", content: { "application/json": { schema } } } },
    },
  });
  const price = { type: "object", properties: { amount: { type: "number" } } };

  test("is get, where its fields held a list or objects", () =>
    // Ideogram's credits (three prices) and Topaz's metrics were `credits.list`, `metrics.list`.
    expect(
      namesOf({
        "/manage/credits": get("get_user_credits", {
          type: "object",
          properties: { available: price, spent: price, daily: price },
        }),
        "/video/{id}/metrics": get("GetVideoRequestMetrics", {
          type: "object",
          properties: { frames: { type: "integer" }, states: { type: "array", items: {} } },
        }),
      }),
    ).toEqual(["manage.credits.get", "video.metrics.get"]));

  test("not a page, a wrapped answer, an id that spells the path, nor beside an item's read", () =>
    expect(
      namesOf({
        "/jobs": get("getJobs", {
          type: "object",
          properties: { total: { type: "integer" }, jobs: { type: "array", items: {} } },
        }),
        "/history": get("GetHistory", {
          type: "object",
          properties: { result: { type: "array", items: {} } },
        }),
        "/records": get("get_dataset_records", {
          type: "object",
          properties: { records: { type: "object" } },
        }),
        "/v3/stats/total": get("GET-v3-stats-total", {
          type: "object",
          properties: { a: price, b: { type: "array", items: {} } },
        }),
        "/video/status": get("GetSystemStatus", {
          type: "object",
          properties: { ok: { type: "boolean" }, models: { type: "array", items: {} } },
        }),
        "/video/{id}/status": get("GetVideoStatus", {
          type: "object",
          properties: { state: { type: "string" } },
        }),
      }),
    ).toEqual([
      "history.list",
      "jobs.list",
      "records.list",
      "stats.total.list",
      "video.status.list",
      "video.status.get",
    ]));
});

describe("an operationId NestJS made up (probe78)", () => {
  test("names nothing: the path and method do, as for FastAPI's", () => {
    // Gladia's: `preRecorded.controllerInitPreRecordedJob`, `transcription.controllerList`.
    const doc = normalize({
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: {
        "/v2/pre-recorded": {
          get: { operationId: "PreRecordedController_getPreRecordedJobs_v2", responses: {} },
          post: { operationId: "PreRecordedController_initPreRecordedJob_v2", responses: {} },
        },
        "/v2/pre-recorded/{id}": {
          get: { operationId: "PreRecordedController_getPreRecordedJob_v2", responses: {} },
        },
        "/v1/models": { get: { operationId: "ModelsController_list_v1", responses: {} } },
      },
    } as Document);
    expect(collectOperations(doc).map((op) => op.sdkName.join("."))).toEqual([
      "models.list",
      "preRecorded.list",
      "preRecorded.create",
      "preRecorded.get",
    ]);
  });
});

describe("a word that names no product, before every path (probe83)", () => {
  const get = { get: { responses: {} } };
  test("is left out of every name", () =>
    // Hedra's were `public.assets.list`, `public.generations.status.get`…
    expect(
      namesOf({
        "/public/assets": get,
        "/public/generations/{id}/status": get,
        "/public/voices": get,
      }),
    ).toEqual(["assets.list", "generations.status.list", "voices.list"]));

  test("not where some path starts otherwise, or a word names a product", () => {
    expect(namesOf({ "/public/assets": get, "/voices": get })).toEqual([
      "public.assets.list",
      "voices.list",
    ]);
    expect(namesOf({ "/billing/credits": get, "/billing/invoices": get })).toEqual([
      "billing.credits.list",
      "billing.invoices.list",
    ]);
  });
});

describe("GETs of JSON of any shape, and downloads (probe82)", () => {
  const answer = (operationId: string, schema?: object) => ({
    get: {
      operationId,
      responses: {
        "200": {
          description: "ok",
          content: { "application/json": schema === undefined ? {} : { schema } },
        },
      },
    },
  });
  test("a name of one whose answer the spec says nothing of is get, unless its id lists", () =>
    // Jina's `GET /health`, `/ready`: `health.list`, `ready.list`.
    expect(
      namesOf({
        "/health": answer("health_health_get", {}),
        "/ready": answer("ready", { title: "Response Ready" }),
        "/config": answer("list_config"),
        "/jobs": answer("jobs", {}),
      }),
    ).toEqual(["config.list", "health.get", "jobs.list", "ready.get"]));

  test("a GET its operationId says downloads is download", () =>
    // Jina's `batch.output.list`; Speechify's `downloadSample`, `voices.sample.get`.
    expect(
      namesOf({
        "/v1/batch/{batch_id}/output": answer(
          "download_batch_output_v1_batch__batch_id__output_get",
          {},
        ),
        "/v1/voices/{id}/sample": answer("downloadSample"),
        "/v1/voices/{id}/preview": answer("downloadsCount"),
      }),
    ).toEqual(["batch.output.download", "voices.preview.get", "voices.sample.download"]));
});

describe("a POST to a read (probe84)", () => {
  test("reads; beside the GET that lists, it is named by its id less the resources", () =>
    // Mixedbread's `POST …/files/list` was `stores.files.list.create`, and the GET that lists
    // `stores.files.listStoreFiles`, as `list` named a namespace.
    expect(
      namesOf({
        "/v1/stores/{id}/files": { get: { operationId: "list_store_files", responses: {} } },
        "/v1/stores/{id}/files/list": {
          post: { operationId: "list_store_files_with_metadata_filter", responses: {} },
        },
        "/v1/stores/list-chunks": { post: { operationId: "list_store_chunks", responses: {} } },
      }),
    ).toEqual(["stores.listChunks", "stores.files.list", "stores.files.listWithMetadataFilter"]));
});

describe("a GET its summary says downloads (probe84)", () => {
  const get = (summary: string) => ({ get: { summary, responses: {} } });
  test("is download, unless its path names the download", () =>
    // Vapi's "Download Call Assistant Recording" was `call.assistantRecording.list`; Topaz's
    // `GET /download/{id}` stays `download.get`.
    expect(
      namesOf({
        "/call/{id}/assistant-recording": get("Download Call Assistant Recording"),
        "/download/{id}": get("Download the result"),
        "/downloads": get("Downloads so far"),
      }),
    ).toEqual(["call.assistantRecording.download", "download.get", "downloads.list"]));
});

describe("reads and actions other methods name (probe84, probe85)", () => {
  test("a POST to a path with no items whose id reads is that read", () =>
    // Exa's `getContents` was `contents.create`; DeepL's `getVoiceStreamingUrl` for `POST
    // /v3/voice/realtime`, `voice.realtime.create`.
    expect(
      namesOf({
        "/contents": { post: { operationId: "getContents", responses: {} } },
        "/voice/realtime": { post: { operationId: "getVoiceStreamingUrl", responses: {} } },
        "/tokens": { post: { operationId: "createToken", responses: {} } },
      }),
    ).toEqual(["contents.get", "tokens.create", "voice.realtime.getStreamingUrl"]));

  test("a PATCH of an item whose id says another action runs it is that action", () =>
    // Mixedbread's `cancel_parsing_job` was `parsing.jobs.update`.
    expect(
      namesOf({
        "/parsing/jobs/{job_id}": {
          patch: { operationId: "cancel_parsing_job", responses: {} },
        },
        "/tags/{id}": { patch: { operationId: "addTagAlias", summary: "Add", responses: {} } },
        "/users/{id}": { patch: { summary: "Cancel the user's plan", responses: {} } },
      }),
    ).toEqual(["parsing.jobs.cancel", "tags.update", "users.update"]));
});

describe("Firecrawl's actions (probe85)", () => {
  test("scrape, crawl and search are actions; an id that goes on from the path names nothing", () =>
    expect(
      namesOf({
        "/v1/scrape": { post: { operationId: "scrapeAndExtractFromUrl", responses: {} } },
        "/v1/search": { post: { operationId: "searchAndScrape", responses: {} } },
        "/v1/crawl": { post: { operationId: "crawlUrls", responses: {} } },
        "/v1/crawl/{id}": { get: { operationId: "getCrawlStatus", responses: {} } },
        // (Enough paths of nouns that the spec does not read as RPC methods.)
        "/v1/team/credit-usage": { get: { responses: {} } },
        "/v1/team/token-usage": { get: { responses: {} } },
        "/v1/deep-research/{id}": { get: { responses: {} } },
      }),
    ).toEqual([
      "crawlUrls",
      "crawl.get",
      "deepResearch.get",
      "scrape",
      "search",
      "team.creditUsage.list",
      "team.tokenUsage.list",
    ]));
});

describe("a base path few paths have (probe85)", () => {
  const get = { get: { responses: {} } };
  test("names the resources below it, where more paths have none", () =>
    // Exa's `/research/v0/tasks` beside `/answer`, `/search`, `/contents`: was `tasks.list`.
    expect(
      namesOf({
        "/answer": get,
        "/contents": get,
        "/search": get,
        "/research/v0/tasks": get,
        "/research/v0/tasks/{id}": get,
      }),
    ).toEqual([
      "answer.list",
      "contents.list",
      "research.tasks.list",
      "research.tasks.get",
      "search.list",
    ]));

  test("not where most paths have one", () =>
    // Topaz's `/image/v1/…` beside its `/video/…`.
    expect(
      namesOf({
        "/image/v1/status": get,
        "/image/v1/status/{id}": get,
        "/image/v1/history": get,
        "/video/jobs": get,
      }),
    ).toEqual(["history.list", "status.list", "status.get", "video.jobs.list"]));
});

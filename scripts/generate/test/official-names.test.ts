/**
 * Operation names: the official SDK's where the spec gives them (Speakeasy's
 * `x-speakeasy-group` and `x-speakeasy-name-override`, or the first tag as the group), as the
 * orq spec does for every operation; the path and method's otherwise. Only 123 of the 279
 * operations of the published orq spec had the official name before.
 */
import { describe, expect, test } from "vitest";
import type { Document } from "../document.js";
import { collectOperations } from "../transform/collect-operations.js";

const answer = { "200": { description: "ok" } };

/** Each operation's SDK name, by operationId. */
const sdkNames = (spec: Document) =>
  Object.fromEntries(collectOperations(spec).map((op) => [op.operationId, op.sdkName.join(".")]));
const doc: Document = {
  openapi: "3.1.0",
  info: { title: "names", version: "1" },
  paths: {
    "/v2/deployments/{key}/invoke": {
      post: {
        operationId: "DeploymentInvoke",
        "x-speakeasy-group": "deployments",
        "x-speakeasy-name-override": "invoke",
        responses: answer,
      },
    },
    "/v2/traces/insights": {
      get: {
        operationId: "ListInsights",
        "x-speakeasy-group": "traces.insights",
        "x-speakeasy-name-override": "list_insights",
        responses: answer,
      },
    },
    "/v2/workspace/security/ip-ranges": {
      post: {
        operationId: "AddIpRange",
        "x-speakeasy-group": "workspaceSecurity",
        "x-speakeasy-name-override": "addIPRange",
        responses: answer,
      },
    },
    "/v2/feedback/evaluation": {
      post: {
        operationId: "CreateEvaluation",
        tags: ["Human Feedback"],
        "x-speakeasy-name-override": "createEvaluation",
        responses: answer,
      },
    },
    "/v2/widgets/{id}": {
      get: { operationId: "GetWidget", tags: ["Widgets"], responses: answer },
    },
  },
};

describe("operation names", () => {
  const names = Object.fromEntries(
    collectOperations(doc).map((op) => [op.operationId, [op.sdkName.join("."), op.funcName]]),
  );

  test("the official SDK's group and name, in camelCase", () => {
    expect(names.DeploymentInvoke).toEqual(["deployments.invoke", "deploymentsInvoke"]);
    expect(names.ListInsights).toEqual([
      "traces.insights.listInsights",
      "tracesInsightsListInsights",
    ]);
    // Already camelCase: kept as written, acronym and all.
    expect(names.AddIpRange).toEqual([
      "workspaceSecurity.addIPRange",
      "workspaceSecurityAddIPRange",
    ]);
  });

  test("without a group, the first tag's, as Speakeasy groups", () => {
    expect(names.CreateEvaluation).toEqual([
      "humanFeedback.createEvaluation",
      "humanFeedbackCreateEvaluation",
    ]);
  });

  test("without a name, the path and method's", () => {
    expect(names.GetWidget).toEqual(["widgets.get", "widgetsGet"]);
  });
});

describe("Fern's names, where a spec has no Speakeasy ones (probe40: ElevenLabs)", () => {
  const fern: Document = {
    openapi: "3.1.0",
    info: { title: "fern", version: "1" },
    paths: {
      "/v1/text-to-speech/{voice_id}": {
        post: {
          operationId: "text_to_speech_v1_text_to_speech__voice_id__post",
          "x-fern-sdk-group-name": "text_to_speech",
          "x-fern-sdk-method-name": "convert",
          responses: answer,
        },
      },
      "/v1/convai/agents/create": {
        post: {
          operationId: "create_agent_route",
          "x-fern-sdk-group-name": ["conversational_ai", "agents"],
          "x-fern-sdk-method-name": "create",
          responses: answer,
        },
      },
      "/v1/history": {
        get: {
          operationId: "get_history",
          tags: ["History"],
          "x-fern-sdk-method-name": "list",
          responses: answer,
        },
      },
      "/v1/blank": {
        get: {
          operationId: "blank",
          "x-speakeasy-name-override": " ",
          "x-speakeasy-group": "",
          "x-fern-sdk-group-name": "voices",
          "x-fern-sdk-method-name": "search",
          responses: answer,
        },
      },
      "/v1/internal": {
        get: { operationId: "internal", "x-fern-ignore": true, responses: answer },
      },
      "/v1/both": {
        get: {
          operationId: "both",
          "x-speakeasy-group": "speakeasy",
          "x-speakeasy-name-override": "wins",
          "x-fern-sdk-group-name": "fern",
          "x-fern-sdk-method-name": "loses",
          responses: answer,
        },
      },
    },
  };
  const names = sdkNames(fern);

  test("group (a name or a list) and method name, in camelCase; Speakeasy's first", () => {
    expect(names).toEqual({
      text_to_speech_v1_text_to_speech__voice_id__post: "textToSpeech.convert",
      create_agent_route: "conversationalAi.agents.create",
      get_history: "history.list",
      both: "speakeasy.wins",
      // Blank Speakeasy names say nothing: Fern's are used.
      blank: "voices.search",
    });
  });
});

describe("operationIds FastAPI makes up (probe40: Mistral)", () => {
  const fastapi: Document = {
    openapi: "3.1.0",
    info: { title: "fastapi", version: "1" },
    paths: {
      "/v1/embeddings": {
        post: { operationId: "embeddings_v1_embeddings_post", responses: answer },
      },
      "/v1/files/{file_id}": {
        get: { operationId: "retrieve_file_v1_files__file_id__get", responses: answer },
      },
      // Written by hand, though it spells the path: kept.
      "/v1/ocr": { post: { operationId: "ocrProcess", responses: answer } },
    },
  };
  test("are passed over: the path and method name the operation", () => {
    expect(sdkNames(fastapi)).toEqual({
      embeddings_v1_embeddings_post: "embeddings.create",
      retrieve_file_v1_files__file_id__get: "files.get",
      ocrProcess: "ocr.process",
    });
  });
});

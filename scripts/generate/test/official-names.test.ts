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

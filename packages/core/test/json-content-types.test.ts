// A JSON body sent as a JSON type the caller names (probe58): LaunchDarkly tells a semantic
// patch from a plain one by `Content-Type: application/json; domain-model=launchdarkly.semanticpatch`
// alone, and the SDK replaced it with `application/json` without a word, so no semantic patch
// could be made. The shipped spec has no JSON bodies (`usesJsonBodies` is false); here it is on,
// against a real server.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Operation } from "../src/generated/contract.js";
import { restoreFeatures, turnOnEveryFeature } from "./helpers/every-feature.js";
import { startServer } from "./helpers/http-server.js";

const received: { type: string | undefined; body: string }[] = [];
let server: Awaited<ReturnType<typeof startServer>>;
let sdk: typeof import("../src/index.js");

beforeAll(async () => {
  turnOnEveryFeature();
  sdk = await import("../src/index.js");
  server = await startServer((req, res, body) => {
    received.push({ type: req.headers["content-type"], body: body.toString() });
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
});
afterAll(async () => {
  restoreFeatures();
  await server.close();
});
beforeEach(() => {
  received.length = 0;
});

const patchFlag: Operation = {
  operationId: "patchFeatureFlag",
  method: "patch",
  path: "/flags",
  sdkName: "flags.update",
  requestBody: {
    mediaType: "application/json",
    required: true,
    schema: {
      type: "object",
      properties: { comment: { type: "string" }, instructions: { type: "array" } },
    },
  },
  response: { status: "200", mediaType: "application/json", schema: { type: "object" } },
};

const send = (contentType?: string) =>
  new sdk.OrqCore({ apiKey: "k", serverURL: server.url }).callOperation(
    patchFlag,
    { comment: "on", instructions: [{ kind: "turnFlagOn" }] },
    contentType === undefined ? {} : { headers: { "Content-Type": contentType } },
  );

describe("a caller's Content-Type on a JSON body", () => {
  it.each([
    "application/json; domain-model=launchdarkly.semanticpatch",
    "application/json-patch+json",
    "Application/Merge-Patch+JSON",
    "application/json; charset=utf-8",
  ])("%s, a JSON type, is sent as given", async (type) => {
    const result = await send(type);
    expect(result.ok).toBe(true);
    expect(received).toEqual([
      { type, body: '{"comment":"on","instructions":[{"kind":"turnFlagOn"}]}' },
    ]);
  });

  it("none given: the spec's", async () => {
    await send();
    expect(received[0]!.type).toBe("application/json");
  });

  it("a type that is not JSON is the SDK's to set: the body goes as JSON, labelled so", async () => {
    await send("text/plain");
    expect(received[0]!.type).toBe("application/json");
  });
});

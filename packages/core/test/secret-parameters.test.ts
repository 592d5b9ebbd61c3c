/**
 * Secrets a caller passes as parameters (Slack's `token` header beside its OAuth key, an
 * `access_token` or `client_secret` in the query) are not the client's key, which is cut out
 * wherever it shows: what shows a request hides them by their names (probe48). The server still
 * gets them as they are. Parameters are off in the shipped spec; here every feature is on.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Operation } from "../src/generated/contract.js";
import { isSecretName } from "../src/request/secret-parameters.js";
import { restoreFeatures, turnOnEveryFeature } from "./helpers/every-feature.js";
import { startServer } from "./helpers/http-server.js";

describe("names that name a secret", () => {
  it.each([
    "token",
    "x-api-key",
    "apiKey",
    "api_key",
    "access_token",
    "clientSecret",
    "X-Auth-Token",
    "Authorization",
    "password",
    "client%5Fsecret",
    "key",
    "Ocp-Apim-Subscription-Key",
    "DD-APPLICATION-KEY",
    "secretAccessKey",
    "writeKey",
    "private_key",
  ])("%s is one", (name) => expect(isSecretName(decodeURIComponent(name))).toBe(true));

  it.each([
    "monkey",
    "api_key_id",
    "tokenType",
    "author",
    "keyword",
    "id",
    "limit",
    "",
    // Keys that name things (probe58): LaunchDarkly's, an idempotency key, a sort key.
    "projectKey",
    "featureFlagKey",
    "environment_key",
    "Idempotency-Key",
    "sortKey",
    "publicKey",
    // Places in a list and field names (probe59): SendGrid's `page_token`, Meilisearch's
    // `?primaryKey=id`.
    "page_token",
    "pageToken",
    "nextToken",
    "primaryKey",
  ])("%s is not", (name) => expect(isSecretName(name)).toBe(false));

  it("a lone key is a secret in a query or header (Google's ?key=), a name in a path", () => {
    expect(isSecretName("key")).toBe(true);
    // Netlify's `/accounts/{account_id}/env/{key}`: the variable's name.
    expect(isSecretName("key", true)).toBe(false);
    expect(isSecretName("apiKey", true)).toBe(true);
    expect(isSecretName("uploadToken", true)).toBe(true);
  });
});

describe("$inspect() and debug logs with secret parameters", () => {
  const TOKEN = "xoxb-1111-2222-secretvalue";
  const received: { url: string; headers: Record<string, unknown> }[] = [];
  let server: Awaited<ReturnType<typeof startServer>>;
  let sdk: typeof import("../src/index.js");
  const string = { type: "string" } as const;
  const op: Operation = {
    operationId: "postMessage",
    method: "get",
    path: "/chat.postMessage",
    sdkName: "chat.postMessage",
    parameters: [
      { name: "token", sdk: "token", in: "header", required: true, schema: string },
      { name: "client_secret", sdk: "clientSecret", in: "query", required: false, schema: string },
      { name: "author", sdk: "author", in: "query", required: false, schema: string },
      { name: "x-trace", sdk: "xTrace", in: "header", required: false, schema: string },
    ],
    response: { status: "200", mediaType: "application/json" },
  };

  beforeAll(async () => {
    turnOnEveryFeature();
    sdk = await import("../src/index.js");
    server = await startServer((req, res) => {
      received.push({ url: req.url!, headers: req.headers });
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  afterAll(async () => {
    restoreFeatures();
    await server?.close();
  });

  it("are sent as they are, and shown hidden", async () => {
    const lines: string[] = [];
    const core = new sdk.OrqCore({
      apiKey: "sk-client-key-5678",
      serverURL: server.url,
      logger: { debug: (line: string) => lines.push(line) },
    });
    const [result, call] = await core
      .callOperation(op, {
        token: TOKEN,
        clientSecret: "cs-9876543210",
        author: "ada",
        xTrace: "t1",
      })
      .$inspect();
    expect(result.ok).toBe(true);
    // The server got every value.
    expect(received.at(-1)!.headers.token).toBe(TOKEN);
    const sent = new URL(received.at(-1)!.url, server.url).searchParams;
    expect(sent.get("client_secret")).toBe("cs-9876543210");
    expect(sent.get("author")).toBe("ada");
    // What is shown hides the secrets, and only them.
    const request = (call as { request: Request }).request;
    expect(request.headers.get("token")).toBe("[redacted]");
    expect(request.headers.get("x-trace")).toBe("t1");
    expect(request.headers.get("authorization")).toBe("Bearer [redacted]");
    const shown = new URL(request.url).searchParams;
    expect(shown.get("client_secret")).toBe("[redacted]");
    expect(shown.get("author")).toBe("ada");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("client_secret=[redacted]");
    expect(lines[0]).toContain("author=ada");
    expect(JSON.stringify([lines, request.url, [...request.headers]])).not.toMatch(
      /secretvalue|cs-9876543210|sk-client-key/,
    );
  });

  it("a path parameter named as a secret is hidden in the URL shown (probe50)", async () => {
    // api.video's `GET /upload-tokens/{uploadToken}`: the token showed in logs and $inspect().
    const lines: string[] = [];
    const getToken: Operation = {
      operationId: "getUploadToken",
      method: "get",
      path: "/upload-tokens/{uploadToken}",
      sdkName: "uploadTokens.get",
      parameters: [
        { name: "uploadToken", sdk: "uploadToken", in: "path", required: true, schema: string },
      ],
      response: { status: "200", mediaType: "application/json" },
    };
    const core = new sdk.OrqCore({
      apiKey: "sk-client-key-5678",
      serverURL: server.url,
      logger: { debug: (line: string) => lines.push(line) },
    });
    const [result, call] = await core
      .callOperation(getToken, { uploadToken: "to1tcmSFHeYY5KzyhOqVKMKb" })
      .$inspect();
    expect(result.ok).toBe(true);
    expect(received.at(-1)!.url).toBe("/upload-tokens/to1tcmSFHeYY5KzyhOqVKMKb");
    const url = decodeURIComponent((call as { request: Request }).request.url);
    expect(url).toContain("/upload-tokens/[redacted]");
    expect(lines[0]).toContain("/upload-tokens/[redacted]");
    expect(JSON.stringify([lines, url])).not.toContain("to1tcmSFHeYY5KzyhOqVKMKb");
  });

  it("a secret query or header value a server echoes is cut out of the error (probe59)", async () => {
    const echo = await startServer((req, res) => {
      res
        .writeHead(404, { "content-type": "application/json" })
        .end(JSON.stringify({ message: `no such thing for ${req.url} and ${req.headers.token}` }));
    });
    try {
      const core = new sdk.OrqCore({
        apiKey: "sk-client-key-5678",
        serverURL: echo.url,
        retryConfig: { strategy: "none" },
      });
      const result = await core.callOperation(op, {
        token: TOKEN,
        clientSecret: "cs-9876543210",
        author: "ada",
      });
      const error = !result.ok && result.error;
      const shown = JSON.stringify([
        (error as Error).message,
        (error as InstanceType<typeof sdk.APIError>).body,
      ]);
      expect(shown).not.toMatch(/secretvalue|cs-9876543210/);
      expect(shown).toContain("author=ada");
      expect(shown).toContain("client_secret=[redacted]");
    } finally {
      await echo.close();
    }
  });

  it("keys that name things are shown, in the URL and in an error's message (probe58)", async () => {
    // LaunchDarkly's `GET /flags/{projectKey}/{featureFlagKey}`: every error said "Unknown
    // feature flag [redacted] in project [redacted]", and every URL shown was cut.
    const getFlag: Operation = {
      operationId: "getFeatureFlag",
      method: "get",
      path: "/flags/{projectKey}/{featureFlagKey}",
      sdkName: "flags.get",
      parameters: ["projectKey", "featureFlagKey"].map((name) => ({
        name,
        sdk: name,
        in: "path" as const,
        required: true,
        schema: string,
      })),
      response: { status: "200", mediaType: "application/json" },
    };
    const missing = await startServer((_req, res) => {
      res
        .writeHead(404, { "content-type": "application/json" })
        .end('{"message":"Unknown feature flag dark-mode-v2 in project mobile-app"}');
    });
    try {
      const core = new sdk.OrqCore({
        apiKey: "sk-client-key-5678",
        serverURL: missing.url,
        retryConfig: { strategy: "none" },
      });
      const [result, call] = await core
        .callOperation(getFlag, { projectKey: "mobile-app", featureFlagKey: "dark-mode-v2" })
        .$inspect();
      expect(!result.ok && result.error.message).toContain(
        "Unknown feature flag dark-mode-v2 in project mobile-app",
      );
      expect((call as { request: Request }).request.url).toBe(
        `${missing.url}/flags/mobile-app/dark-mode-v2`,
      );
    } finally {
      await missing.close();
    }
  });
});

/**
 * Code written for the official SDK's options runs unchanged (probe17): its `debugLogger`
 * (`log`/`group`/`groupEnd`), `ORQ_DEBUG`, per-call `RequestInit` fields beside the options
 * (`headers`, `signal`), an `Authorization` given for one call, `retryCodes`, a `URL` as
 * `serverURL`, `userAgent`, and an `HTTPClient` with hooks (its README's "Custom HTTP Client").
 * Operations that take nothing take their options first. Against a real server on 127.0.0.1.
 */
import type { IncomingHttpHeaders } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bindMethods } from "../src/client/bind-methods.js";
import { pickLogger } from "../src/logging/logger.js";
import type { Operation } from "../src/generated/contract.js";
import {
  APIError,
  ConnectionError,
  HTTPClient,
  HTTPClientError,
  InvalidRequestError,
  OrqCore,
  OrqError,
  RequestAbortedError,
  RequestTimeoutError,
  routerImagesEditsCreate,
  SDKValidationError,
  UnexpectedClientError,
  ValidationError,
  type OrqOptions,
} from "../src/index.js";
import { startServer } from "./helpers/http-server.js";

const KEY = "sk-test-OFFICIAL-options-77";
const FAST = {
  strategy: "backoff",
  backoff: { initialInterval: 1, maxInterval: 1 },
  maxRetries: 2,
} as const;
const OK_BODY = JSON.stringify({ created: 1, data: [{ b64_json: "aGk=" }] });
const REQUEST = {
  model: "openai/gpt-image-1",
  prompt: "a hat",
  image: new Blob([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])]),
};

let server: Awaited<ReturnType<typeof startServer>>;
const received: { url: string; headers: IncomingHttpHeaders }[] = [];
/** Statuses to answer with, in order, before a 200. */
let failWith: number[] = [];

beforeAll(async () => {
  server = await startServer((req, res) => {
    received.push({ url: req.url!, headers: req.headers });
    const status = failWith.shift();
    if (status) res.writeHead(status, { "content-type": "application/json" }).end("{}");
    else res.writeHead(200, { "content-type": "application/json" }).end(OK_BODY);
  });
});
afterAll(() => server.close());
beforeEach(() => {
  received.length = 0;
  failWith = [];
});

const core = (options: OrqOptions = {}) =>
  new OrqCore({ apiKey: KEY, serverURL: server.url, retryConfig: FAST, ...options });

describe("debugLogger", () => {
  it("takes the official SDK's Logger (log, group, groupEnd)", async () => {
    const lines: string[] = [];
    const debugLogger = { log: (line: string) => lines.push(line), group() {}, groupEnd() {} };
    const result = await routerImagesEditsCreate(core({ debugLogger }), REQUEST);
    expect(result.ok).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[orq\] POST .*\/v2\/router\/images\/edits → 200/);
  });

  it("a logger that throws does not turn a call the server carried out into a failure", async () => {
    const logger = {
      debug() {
        throw new Error("disk full");
      },
    };
    const result = await routerImagesEditsCreate(core({ logger }), REQUEST);
    expect(result.ok).toBe(true);
    expect(received).toHaveLength(1);
  });

  it("the official Logger type-checks written in place (group and groupEnd too)", async () => {
    const lines: string[] = [];
    const client = core({
      debugLogger: { log: (line: string) => lines.push(line), group() {}, groupEnd() {} },
    });
    expect((await routerImagesEditsCreate(client, REQUEST)).ok).toBe(true);
    expect(lines).toHaveLength(1);
  });

  it("ORQ_DEBUG=true turns on the console, as in the official SDK", () => {
    const env = (name: string) => ({ ORQ_DEBUG: "true" })[name];
    expect(pickLogger(undefined, env)).toBe(console);
    expect(pickLogger(undefined, () => undefined)).toBeUndefined();
  });
});

describe("per-call options", () => {
  it("RequestInit fields beside the options: headers merged over fetchOptions', a signal", async () => {
    const controller = new AbortController();
    const result = await routerImagesEditsCreate(core(), REQUEST, {
      fetchOptions: { headers: { "x-a": "from fetchOptions", "x-b": "kept" } },
      headers: { "x-a": "beside" },
      signal: controller.signal,
    });
    expect(result.ok).toBe(true);
    expect(received[0]!.headers).toMatchObject({ "x-a": "beside", "x-b": "kept" });

    controller.abort();
    const aborted = await routerImagesEditsCreate(core(), REQUEST, { signal: controller.signal });
    expect(!aborted.ok && aborted.error.name).toBe("RequestAbortedError");
  });

  it("an Authorization header given for one call is sent instead of the client's key", async () => {
    await routerImagesEditsCreate(core(), REQUEST, {
      headers: { authorization: "Bearer short-lived" },
    });
    await routerImagesEditsCreate(core(), REQUEST);
    expect(received.map((r) => r.headers.authorization)).toEqual([
      "Bearer short-lived",
      `Bearer ${KEY}`,
    ]);
  });

  it("serverURL may be a URL", async () => {
    const result = await routerImagesEditsCreate(
      core({ serverURL: "https://unused.invalid" }),
      REQUEST,
      {
        serverURL: new URL(`${server.url}/base/`),
      },
    );
    expect(result.ok).toBe(true);
    expect(received[0]!.url).toBe("/base/v2/router/images/edits");
    const client = new OrqCore({ apiKey: KEY, serverURL: new URL(server.url) });
    expect(client.serverURL).toBe(server.url);
  });

  it("retryCodes: the statuses retried for this call, codes or ranges", async () => {
    failWith = [418];
    expect((await routerImagesEditsCreate(core(), REQUEST, { retryCodes: ["418"] })).ok).toBe(true);
    expect(received).toHaveLength(2);

    received.length = 0;
    failWith = [429];
    const result = await routerImagesEditsCreate(core(), REQUEST, { retryCodes: ["5XX"] });
    expect(result.ok || result.error).toBeInstanceOf(APIError);
    expect(received).toHaveLength(1);

    received.length = 0;
    failWith = [503];
    expect((await routerImagesEditsCreate(core(), REQUEST, { retryCodes: ["5xx"] })).ok).toBe(true);
    expect(received).toHaveLength(2);

    // Numbers, from JavaScript, are read as the codes they are.
    received.length = 0;
    failWith = [503];
    const numbers = { retryCodes: [503] as unknown as string[] };
    expect((await routerImagesEditsCreate(core(), REQUEST, numbers)).ok).toBe(true);
    expect(received).toHaveLength(2);
  });
});

describe("client options", () => {
  it("userAgent is sent as User-Agent", async () => {
    await routerImagesEditsCreate(core({ userAgent: "my-app/1.2" }), REQUEST);
    expect(received[0]!.headers["user-agent"]).toBe("my-app/1.2");
  });

  it("an HTTPClient with the official README's hooks: each attempt goes through them", async () => {
    const seen: string[] = [];
    // (`(input, init)`, as the official README writes a fetcher.)
    const httpClient = new HTTPClient({
      fetcher: (input, init) => {
        seen.push(`fetcher ${input.method}`);
        return fetch(input, { ...init });
      },
    });
    httpClient.addHook("beforeRequest", (request) => {
      const next = new Request(request, { signal: request.signal || AbortSignal.timeout(5000) });
      next.headers.set("x-custom-header", "custom value");
      return next;
    });
    httpClient.addHook("response", (response) => void seen.push(`response ${response.status}`));
    failWith = [503];
    const result = await routerImagesEditsCreate(core({ httpClient }), REQUEST);
    expect(result.ok).toBe(true);
    expect(seen).toEqual(["fetcher POST", "response 503", "fetcher POST", "response 200"]);
    expect(received.map((r) => r.headers["x-custom-header"])).toEqual([
      "custom value",
      "custom value",
    ]);
    expect(received[1]!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
  });

  it("requestError hooks see a failure, which is still the SDK's ConnectionError", async () => {
    const errors: string[] = [];
    const httpClient = new HTTPClient({
      fetcher: () => Promise.reject(new TypeError("proxy refused")),
    }).addHook(
      "requestError",
      (error, request) => void errors.push(`${String(error)} ${request.method}`),
    );
    const result = await routerImagesEditsCreate(
      core({ httpClient, retryConfig: { strategy: "none" } }),
      REQUEST,
    );
    expect(!result.ok && result.error).toBeInstanceOf(ConnectionError);
    expect(errors).toEqual(["TypeError: proxy refused POST"]);

    const removed = new HTTPClient().clone();
    const hook = () => {};
    expect(removed.addHook("response", hook).removeHook("response", hook)).toBe(removed);
  });
});

describe("errors", () => {
  it("SDKValidationError, the official name, is ValidationError", async () => {
    expect(SDKValidationError).toBe(ValidationError);
    const result = await routerImagesEditsCreate(core(), { ...REQUEST, n: 99 });
    expect(!result.ok && result.error).toBeInstanceOf(SDKValidationError);
    expect(received).toHaveLength(0);
  });

  it("models/errors holds every error class the root does, and the spec's own", async () => {
    const entry: Record<string, unknown> = await import("../src/models/errors.js");
    const root: Record<string, unknown> = await import("../src/index.js");
    const own: Record<string, unknown> = await import("../src/generated/errors.js");
    const rootErrors = Object.keys(root).filter(
      (name) =>
        typeof root[name] === "function" && (root[name] as Function).prototype instanceof Error,
    );
    expect(rootErrors).toContain("HTTPClientError");
    for (const name of [...rootErrors, ...Object.keys(own)])
      expect(entry[name], name).toBeDefined();
    for (const name of rootErrors) expect(entry[name], name).toBe(root[name]);
    expect(entry.SDKValidationError).toBe(ValidationError);
  });

  it("HTTPClientError is the base of the errors where no answer came, as in the official SDK", async () => {
    const refused = await routerImagesEditsCreate(
      core({ serverURL: "http://127.0.0.1:9", retryConfig: { strategy: "none" } }),
      REQUEST,
    );
    expect(!refused.ok && refused.error).toBeInstanceOf(ConnectionError);
    expect(!refused.ok && refused.error).toBeInstanceOf(HTTPClientError);
    expect(!refused.ok && refused.error).toBeInstanceOf(OrqError);
    const aborted = await routerImagesEditsCreate(core(), REQUEST, {
      signal: AbortSignal.abort(),
    });
    expect(!aborted.ok && aborted.error).toBeInstanceOf(RequestAbortedError);
    expect(!aborted.ok && aborted.error).toBeInstanceOf(HTTPClientError);
    expect(new RequestTimeoutError("t")).toBeInstanceOf(HTTPClientError);
    expect(new InvalidRequestError("i")).toBeInstanceOf(HTTPClientError);
    // An answer did come: not an HTTPClientError.
    failWith = [400];
    const answered = await routerImagesEditsCreate(core(), REQUEST);
    expect(!answered.ok && answered.error).toBeInstanceOf(APIError);
    expect(!answered.ok && answered.error).not.toBeInstanceOf(HTTPClientError);
  });

  it("what nothing else describes is an UnexpectedClientError holding what was thrown", async () => {
    const thrown = new Error("getter broke");
    const result = await routerImagesEditsCreate(core(), {
      ...REQUEST,
      get prompt(): string {
        throw thrown;
      },
    });
    expect(!result.ok && result.error).toBeInstanceOf(UnexpectedClientError);
    expect(!result.ok && result.error.name).toBe("UnexpectedClientError");
    expect(!result.ok && result.error.cause).toBe(thrown);
    expect(received).toHaveLength(0);
  });
});

describe("an operation that takes nothing", () => {
  const listModels: Operation = {
    operationId: "listModels",
    method: "get",
    path: "/v2/models",
    sdkName: "models.list",
    response: { status: "200", mediaType: "application/json" },
  };

  it("takes its options first, as the official SDK's methods do", async () => {
    const methods = bindMethods(core(), { models: { list: listModels } }) as {
      models: { list(options?: object): Promise<unknown> };
    };
    await methods.models.list({ headers: { "x-trace": "1" } });
    expect(received[0]).toMatchObject({ url: "/v2/models", headers: { "x-trace": "1" } });
    // From JavaScript, `list(undefined, options)` (or `list({}, options)`) is read as meant.
    const fromJavaScript = methods.models.list as (...args: unknown[]) => Promise<unknown>;
    await fromJavaScript(undefined, { headers: { "x-trace": "2" } });
    expect(received[1]).toMatchObject({ headers: { "x-trace": "2" } });
  });
});

describe("options given as null", () => {
  it("is no options, as the official SDK takes it, not a TypeError", async () => {
    // From JavaScript: `orq.router.images.edits.create(request, null)`.
    const result = await routerImagesEditsCreate(core(), REQUEST, null as never);
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    expect(received).toHaveLength(1);
  });
});

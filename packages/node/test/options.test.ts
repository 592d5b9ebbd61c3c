// Node checks the client's option names: `serverUrl` for `serverURL` sent the calls meant for a
// mock or a proxy to the real API, with the real key, without a word.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  HTTPClient,
  Orq,
  OrqCore,
  routerImagesEditsCreate,
  ServerList,
  ValidationError,
} from "../src/index.js";

describe("an option name written another way is refused", () => {
  it.each([
    [
      () => new Orq({ apiKey: "k", serverUrl: "http://127.0.0.1:9" } as object),
      "serverUrl",
      "serverURL",
    ],
    [() => new OrqCore({ apikey: "k" } as object), "apikey", "apiKey"],
  ])("%#: %s", (make, name, meant) => {
    expect(make).toThrow(ValidationError);
    expect(make).toThrow(`${name} is not an option: did you mean ${meant}?`);
  });

  it("the right names pass", () => {
    expect(
      () => new Orq({ apiKey: "k", serverURL: "http://127.0.0.1:9", timeoutMs: 5 }),
    ).not.toThrow();
  });
});

describe("credentials the spec has no schemes for are refused", () => {
  // The orq spec takes one bearer key: credentials were taken and never sent (probe42 F4).
  it("says to pass the key as apiKey", () => {
    // (TypeScript refuses it too; JavaScript gets this.)
    // @ts-expect-error no scheme of the orq spec is filled from credentials
    const make = () => new Orq({ credentials: { bearer: "k" } });
    expect(make).toThrow(ValidationError);
    expect(make).toThrow(/credentials: this API takes one key, as apiKey/);
    expect(() => new Orq({ apiKey: "k", credentials: undefined })).not.toThrow();
  });
});

describe("a fetch and an httpClient given together are refused", () => {
  // The fetch carried every call, and the httpClient's hooks (a proxy's beforeRequest) never
  // ran, without a word.
  it("names httpClient and says how to give both", () => {
    const make = () =>
      new Orq({ apiKey: "k", fetch: globalThis.fetch, httpClient: new HTTPClient() });
    expect(make).toThrow(ValidationError);
    expect(make).toThrow(
      /httpClient and fetch are both given: give one.*new HTTPClient\(\{ fetcher \}\) takes the fetch/,
    );
  });

  it("either alone passes", () => {
    expect(() => new OrqCore({ apiKey: "k", fetch: globalThis.fetch })).not.toThrow();
    expect(() => new OrqCore({ apiKey: "k", httpClient: new HTTPClient() })).not.toThrow();
  });
});

describe("serverIdx, the official SDK's choice of server", () => {
  // The shipped spec has one server: 0 picks it; any other index picks none, and is refused
  // rather than ignored (the calls would have gone where the caller did not choose).
  it("picks from ServerList, the spec's servers, as the official SDK names them", () => {
    expect(ServerList).toEqual(["https://api.orq.ai"]);
    expect(new Orq({ apiKey: "k", serverIdx: 0 }).serverURL).toBe(ServerList[0]);
  });

  it("0 picks the spec's server, and null from JavaScript is none, as the official SDK reads it", () => {
    expect(new Orq({ apiKey: "k", serverIdx: 0 }).serverURL).toBe("https://api.orq.ai");
    const fromJavaScript = { apiKey: "k", serverIdx: null } as unknown as { serverIdx: number };
    expect(new Orq(fromJavaScript).serverURL).toBe("https://api.orq.ai");
  });

  it("a string from JavaScript is refused, quoted", () => {
    const fromJavaScript = { apiKey: "k", serverIdx: "1" } as unknown as { serverIdx: number };
    expect(() => new Orq(fromJavaScript)).toThrow(`(got "1")`);
  });

  it.each([1, -1, 0.5, Number.NaN])("%s is refused, naming serverIdx and the choices", (index) => {
    const make = () => new Orq({ apiKey: "k", serverIdx: index });
    expect(make).toThrow(ValidationError);
    expect(make).toThrow(`serverIdx must be 0, the spec's one server (got ${String(index)})`);
  });
});

describe("values of the options that shape every attempt (probe28 F3, F8, F13)", () => {
  // Read as they came, each was misread without a word: a timeoutMs of NaN or "abc" meant no
  // timeout, a maxElapsedTime of NaN retried for ever, a negative interval retried back to back,
  // strategy "Backoff" retried nothing, and the key given where the options go was ignored.
  it.each([
    [{ timeoutMs: Number.NaN }, "timeoutMs must be a number of milliseconds (got NaN)"],
    [{ timeoutMs: "100" }, 'timeoutMs must be a number of milliseconds (got "100")'],
    [
      { retryConfig: { strategy: "Backoff" } },
      'retryConfig.strategy must be "backoff" or "none" (got "Backoff")',
    ],
    [
      { retryConfig: { strategy: "backoff", backoff: { maxElapsedTime: Number.NaN } } },
      "retryConfig.backoff.maxElapsedTime must be a number >= 0 (got NaN)",
    ],
    [
      { retryConfig: { strategy: "backoff", backoff: { initialInterval: -1 } } },
      "retryConfig.backoff.initialInterval must be a number from 0 to 2147483647 (got -1)",
    ],
    [
      { retryConfig: { strategy: "backoff", backoff: { maxInterval: 2 ** 40 } } },
      "retryConfig.backoff.maxInterval must be a number from 0 to 2147483647 (got 1099511627776)",
    ],
    [
      { retryConfig: { strategy: "backoff", maxRetries: 1.5 } },
      "retryConfig.maxRetries must be a whole number >= 0 (or Infinity) (got 1.5)",
    ],
    [
      { retryConfig: { strategy: "backoff", retryConnectionErrors: "false" } },
      'retryConfig.retryConnectionErrors must be true or false (got "false")',
    ],
  ])("%#: %j", (options, message) => {
    const make = () => new Orq({ apiKey: "k", ...(options as object) });
    expect(make).toThrow(ValidationError);
    expect(make).toThrow(`new Orq(): invalid input: ${message}`);
  });

  it("a key of retryConfig written another way is refused; null is the default (probe29)", () => {
    expect(
      () => new Orq({ apiKey: "k", retryConfig: { strategy: "backoff", backof: {} } as never }),
    ).toThrow(
      "retryConfig.backof is not an option (retryConfig takes strategy, backoff, retryConnectionErrors, maxRetries)",
    );
    expect(
      () =>
        new Orq({
          apiKey: "k",
          retryConfig: { strategy: "backoff", backoff: { max_interval: 5 } } as never,
        }),
    ).toThrow("retryConfig.backoff.max_interval is not an option");
    const fromJavaScript = { apiKey: "k", timeoutMs: null, retryConfig: null } as never;
    expect(() => new Orq(fromJavaScript)).not.toThrow();
  });

  it("options that are not an object are refused; null is none", () => {
    expect(() => new Orq("sk-my-key" as never)).toThrow(
      "the options must be an object, such as new Orq({ apiKey }) (got a string)",
    );
    expect(() => new OrqCore([] as never)).toThrow("(got an array)");
    expect(new Orq(null as never).serverURL).toBe("https://api.orq.ai");
  });

  it("good values pass, Infinity and 0 included", () => {
    const retryConfig = {
      strategy: "backoff",
      backoff: { initialInterval: 0, maxInterval: 10, exponent: 1.5, maxElapsedTime: Infinity },
      maxRetries: Infinity,
      retryConnectionErrors: false,
    } as const;
    expect(() => new Orq({ apiKey: "k", timeoutMs: Infinity, retryConfig })).not.toThrow();
    expect(
      () => new Orq({ apiKey: "k", timeoutMs: 0, retryConfig: { strategy: "none" } }),
    ).not.toThrow();
  });
});

describe("a call's options are checked before anything is sent (probe28 F5, F6, F8, F12, F13)", () => {
  let requests = 0;
  let server: Server;
  let core: OrqCore;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++;
      res.writeHead(400, { "content-type": "application/json" }).end("{}");
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const { port } = server.address() as AddressInfo;
    core = new OrqCore({ apiKey: "k", serverURL: `http://127.0.0.1:${port}` });
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const request = { model: "m", prompt: "p" };
  const refused = async (options: unknown, ...messages: string[]) => {
    const result = await routerImagesEditsCreate(core, request, options as never);
    expect(!result.ok && result.error).toBeInstanceOf(ValidationError);
    expect(!result.ok && (result.error as ValidationError).issues.map((i) => i.message)).toEqual(
      messages,
    );
  };

  it("a name that is neither an option nor a RequestInit field: fetch ignored it", async () => {
    await refused({ timeoutMS: 200 }, "timeoutMS is not an option: did you mean timeoutMs?");
    await refused({ timeout: 200 }, "timeout is not an option: did you mean timeoutMs?");
    await refused({ timeotMs: 200 }, "timeotMs is not an option: did you mean timeoutMs?");
    await refused({ retires: 2 }, "retires is not an option: did you mean retries?");
    await refused(
      { serverUrl: "http://127.0.0.1:9" },
      "serverUrl is not an option: did you mean serverURL?",
    );
    await refused(
      { retryConfig: { strategy: "none" } },
      "retryConfig is not an option: did you mean retries?",
    );
    await refused(
      { speed: "fast" },
      "speed is not an option (a call takes fetchOptions, timeoutMs, retries, retryCodes, serverURL, validateResponses, and RequestInit's fields)",
    );
    await refused(
      { method: "GET" },
      "method is the SDK's to set, from the operation and the request",
    );
  });

  it("fetchOptions holds RequestInit fields only", async () => {
    await refused(
      { fetchOptions: { timeoutMs: 5 } },
      "fetchOptions.timeoutMs is not a RequestInit field",
    );
    await refused(
      { fetchOptions: { body: "x" } },
      "fetchOptions.body is the SDK's to set, from the operation and the request",
    );
  });

  it("options that are not an object", async () => {
    await refused(
      "fast",
      "the options must be an object, such as { timeoutMs: 30_000 } (got string)",
    );
  });

  it("values that would be misread", async () => {
    await refused(
      { timeoutMs: Number.NaN },
      "timeoutMs must be a number of milliseconds (got NaN)",
    );
    await refused(
      { retries: { strategy: "backoff", backoff: { maxElapsedTime: Number.NaN } } },
      "retries.backoff.maxElapsedTime must be a number >= 0 (got NaN)",
    );
    const codes = 'retryCodes must be a list of statuses or ranges, such as ["429", "5XX"]';
    await refused({ retryCodes: "5XX" }, `${codes} (got "5XX")`);
    await refused({ retryCodes: [".*"] }, `${codes} (got [".*"])`);
    await refused({ signal: {} }, "signal must be an AbortSignal");
  });

  it("framing headers, which the transport sets: both framings made a smuggling-shaped request", async () => {
    await refused(
      { headers: { "transfer-encoding": "chunked" } },
      "headers: transfer-encoding is the transport's to set, from the body it sends",
    );
    await refused(
      { fetchOptions: { headers: [["Content-Length", "3"]] } },
      "fetchOptions.headers: content-length is the transport's to set, from the body it sends",
    );
  });

  it("none of them was sent; good options pass and send, null ones too", async () => {
    expect(requests).toBe(0);
    const nulls = { timeoutMs: null, retries: null, retryCodes: null, serverURL: null } as never;
    const withNulls = await routerImagesEditsCreate(core, request, nulls);
    expect(!withNulls.ok && withNulls.error.name).toBe("APIError");
    expect(requests).toBe(1);
    const result = await routerImagesEditsCreate(core, request, {
      timeoutMs: 5_000,
      retries: { strategy: "none" },
      retryCodes: ["5XX", "429"],
      headers: { "x-trace": "1" },
      signal: AbortSignal.timeout(5_000),
      cache: "no-store",
    });
    expect(!result.ok && result.error.name).toBe("APIError");
    expect(requests).toBe(2);
  });
});

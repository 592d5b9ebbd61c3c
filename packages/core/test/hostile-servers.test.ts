// Servers that misbehave, on 127.0.0.1, through the platform's fetch: what the SDK must not do
// (send an edit twice, storm a server, leak the key, wait forever) and what it says instead.
// Found by an audit of the runtime against hostile servers (probe14).
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import {
  APIError,
  ConnectionError,
  OrqCore,
  RequestTimeoutError,
  ResponseValidationError,
  routerImagesEditsCreate,
  ValidationError,
} from "../src/index.js";
import { startServer } from "./helpers/http-server.js";
import { images } from "./helpers/images.js";

const KEY = "sk-live-0123456789abcdefghijklmnopqrstuvwxyzABCD";
const servers: Awaited<ReturnType<typeof startServer>>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
const serve = async (handle: Parameters<typeof startServer>[0]) => {
  const server = await startServer(handle);
  servers.push(server);
  return server;
};
const edit = (serverURL: string, options: ConstructorParameters<typeof OrqCore>[0] = {}) =>
  routerImagesEditsCreate(new OrqCore({ apiKey: KEY, serverURL, ...options }), {
    model: "m",
    prompt: "p",
    image: new Blob([images.png()], { type: "image/png" }),
  });

describe("an answer that breaks off after a 2XX status is not retried", () => {
  it("the edit is sent once, and the error says it may have been done", async () => {
    let requests = 0;
    const server = await serve((_req, res) => {
      requests++;
      // The head promises 1,000 bytes; 10 come, then the connection goes.
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write('{"created"');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const result = await edit(server.url);
    expect(result.ok).toBe(false);
    const error = !result.ok && result.error;
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(
      /the answer broke off after status 200 \(not retried: the request may have been done\)/,
    );
    expect(requests).toBe(1);
  });

  it("nor one that runs past the timeout after its 2XX status", async () => {
    let requests = 0;
    const server = await serve((_req, res) => {
      requests++;
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"created"'); // and never more
    });
    const result = await edit(server.url, { timeoutMs: 300 });
    expect(!result.ok && result.error).toBeInstanceOf(RequestTimeoutError);
    expect(requests).toBe(1);
  });

  it("a 503 whose body breaks off is still retried: the server said to", async () => {
    let requests = 0;
    const server = await serve((_req, res) => {
      requests++;
      if (requests === 1) {
        res.writeHead(503, { "content-length": "100" });
        res.write("busy");
        setTimeout(() => res.socket?.destroy(), 20);
      } else
        res.writeHead(200, { "content-type": "application/json" }).end('{"created":1,"data":[]}');
    });
    const result = await edit(server.url, {
      retryConfig: { strategy: "backoff", backoff: { initialInterval: 10 }, maxRetries: 2 },
    });
    expect(result.ok).toBe(true);
    expect(requests).toBe(2);
  });
});

it("Retry-After: 0 does not make a storm: the backoff paces the retries", async () => {
  let requests = 0;
  const server = await serve((_req, res) => {
    requests++;
    res.writeHead(429, { "retry-after": "0" }).end();
  });
  const started = Date.now();
  // The official SDK's backoff config, which retries until maxElapsedTime.
  const result = await edit(server.url, {
    retryConfig: {
      strategy: "backoff",
      backoff: { initialInterval: 100, maxInterval: 100, exponent: 1, maxElapsedTime: 1000 },
    },
  });
  expect(!result.ok && result.error).toBeInstanceOf(APIError);
  // About one request per 75–100 ms (a quarter of jitter) for a second, not hundreds.
  expect(requests).toBeGreaterThan(3);
  expect(requests).toBeLessThanOrEqual(15);
  expect(Date.now() - started).toBeGreaterThanOrEqual(700);
});

it("a negative timeoutMs has run out: the call times out at once, and nothing is sent", async () => {
  let reached = 0;
  const server = await serve(() => void reached++); // never answers
  const started = Date.now();
  const result = await edit(server.url, { timeoutMs: -1, retryConfig: { strategy: "none" } });
  expect(!result.ok && result.error).toBeInstanceOf(RequestTimeoutError);
  expect(Date.now() - started).toBeLessThan(2000);
  // Nor by the retries (timeouts are retried): each attempt has run out before it starts.
  const retried = await edit(server.url, {
    timeoutMs: -1,
    retryConfig: {
      strategy: "backoff",
      backoff: { initialInterval: 1, maxInterval: 1 },
      maxRetries: 2,
    },
  });
  expect(!retried.ok && retried.error).toBeInstanceOf(RequestTimeoutError);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(reached).toBe(0);
});

it("a serverURL with a user name or password is refused, without showing it", () => {
  for (const serverURL of ["http://user:hunter2@127.0.0.1:1", "https://only-user@api.orq.ai"]) {
    let error: unknown;
    try {
      new OrqCore({ apiKey: KEY, serverURL });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      {
        path: "serverURL",
        message:
          "serverURL must be an http or https URL without a user name, password, query or fragment, e.g. https://api.orq.ai",
      },
    ]);
    expect(inspect(error, { depth: 10 })).not.toContain("hunter2");
  }
});

describe("the key stays hidden where a server echoes it", () => {
  const rendered = (value: unknown) =>
    [String(value), inspect(value, { depth: 10, showHidden: true })].join("\n");

  it("in the issues of an answer that breaks its schema", async () => {
    const server = await serve((req, res) => {
      const echoed = String(req.headers.authorization).slice("Bearer ".length);
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ created: echoed, data: [] }));
    });
    const result = await edit(server.url);
    const error = !result.ok && result.error;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues[0]!.message).toMatch(
      /^created must be a number \(got "\[redacted\]"\)$/,
    );
    // The value that failed, parsed, with the key cut out too.
    expect((error as ResponseValidationError).rawValue).toEqual({
      created: "[redacted]",
      data: [],
    });
    expect(rendered(error)).not.toContain(KEY.slice(3, 20));
  });

  it("in the headers of an answer that echoes it", async () => {
    const server = await serve((req, res) => {
      res
        .writeHead(400, { "x-echo": String(req.headers.authorization), "x-other": "kept" })
        .end("bad request");
    });
    const result = await edit(server.url);
    const error = !result.ok && (result.error as APIError);
    expect(error).toBeInstanceOf(APIError);
    expect(error && error.headers.get("x-echo")).toBe("Bearer [redacted]");
    expect(error && error.headers.get("x-other")).toBe("kept");
    expect(rendered(error)).not.toContain(KEY.slice(3, 20));
    // The response as it came, for whoever asks for it by name (as `$inspect()` gives it).
    expect(error && error.rawResponse.headers.get("x-echo")).toBe(`Bearer ${KEY}`);
  });

  it("where a message is cut short inside the key", async () => {
    // The key starts at character pad + 8 of the body; messages keep 300: 42, 12 and 4 of it.
    for (const pad of [250, 280, 288]) {
      const server = await serve((req, res) => {
        res
          .writeHead(400, { "content-type": "text/plain" })
          .end(`${"x".repeat(pad)} ${String(req.headers.authorization)}`);
      });
      const result = await edit(server.url);
      const error = !result.ok && (result.error as APIError);
      expect(error).toBeInstanceOf(APIError);
      expect(error && error.message).toMatch(/Bearer \[redacted\]$/);
      expect(rendered(error)).not.toContain(KEY.slice(0, 4));
    }
  });
});

describe("an error answer nested thousands of levels deep (probe28 F7)", () => {
  // Hiding the key walks the body; past the stack's depth that threw out of the error path,
  // so the standalone function rejected with a bare RangeError instead of an APIError.
  for (const depth of [3_000, 20_000])
    it(`${depth} levels: still an APIError with its status, nothing thrown`, async () => {
      const body = `${'{"error":'.repeat(depth)}"${KEY}"${"}".repeat(depth)}`;
      const server = await serve((_req, res) =>
        res.writeHead(400, { "content-type": "application/json" }).end(body),
      );
      const result = await edit(server.url);
      expect(result.ok).toBe(false);
      const error = !result.ok && (result.error as APIError);
      expect(error).toBeInstanceOf(APIError);
      expect((error as APIError).statusCode).toBe(400);
      expect(inspect(error, { depth: 5 })).not.toContain(KEY);
      expect(JSON.stringify((error as APIError).body ?? "")).not.toContain(KEY);
    });
});

describe("a serverURL with a query or a fragment (probe28 F2, F12)", () => {
  // The path went into the query (`/?tenant=1/v2/…`) or was cut off (`/#x` sent to `/`), with the
  // key and the files; a call's own serverURL had none of the client's checks.
  const refused =
    "serverURL must be an http or https URL without a user name, password, query or fragment, e.g. https://api.orq.ai";
  it("is refused by the client, naming the field", async () => {
    const server = await serve((_req, res) => res.writeHead(500).end());
    for (const serverURL of [`${server.url}?tenant=1`, `${server.url}/#x`, `${server.url}/p?`]) {
      expect(() => new OrqCore({ apiKey: KEY, serverURL })).toThrow(refused);
    }
  });

  it("and for one call, before anything is sent (it was a retried ConnectionError)", async () => {
    let requests = 0;
    const server = await serve((_req, res) => {
      requests++;
      res.writeHead(500).end();
    });
    const core = new OrqCore({ apiKey: KEY, serverURL: server.url });
    const request = { model: "m", prompt: "p", image: new Blob([images.png()]) };
    for (const serverURL of [
      `${server.url}?sig=abc`,
      `${server.url}#x`,
      "not a url",
      "ftp://127.0.0.1/",
      "http://u:p@127.0.0.1:1/",
    ]) {
      const result = await routerImagesEditsCreate(core, request, { serverURL });
      expect(!result.ok && result.error).toBeInstanceOf(ValidationError);
      expect(!result.ok && (result.error as ValidationError).issues[0]!.message).toBe(refused);
      expect(!result.ok && result.error.message).toMatch(/^router\.images\.edits\.create\(\): /);
    }
    expect(requests).toBe(0);
  });
});

describe("a retry budget of NaN, where no hook checks the options (browsers; probe29 B8)", () => {
  // `elapsed > NaN` is never true: the retries never ended (220 uploads in 3 s).
  it("ends the retries: the first answer is the error", async () => {
    let requests = 0;
    const server = await serve((_req, res) => {
      requests++;
      res.writeHead(503).end();
    });
    const result = await edit(server.url, {
      retryConfig: {
        strategy: "backoff",
        backoff: { initialInterval: 1, maxInterval: 1, maxElapsedTime: Number.NaN },
      },
    });
    expect(!result.ok && result.error).toBeInstanceOf(APIError);
    expect(requests).toBe(1);
  });
});

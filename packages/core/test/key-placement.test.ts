// Keys placed as the spec's security scheme says, when that is not `Authorization: Bearer`: an
// `apiKey` header, query parameter or cookie, `http`/`basic`, or no key at all (`security: []`).
// The shipped spec uses bearer keys only, so its generated `usesOtherAuth` is false and that code
// is not in the build; here it is on (the tables mirror what the generator writes for
// scripts/generate/test/fixtures/security.yaml), against real servers.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Operation } from "../src/generated/contract.js";
import { placeKey } from "../src/request/place-key.js";
import { restoreFeatures, turnOnEveryFeature } from "./helpers/every-feature.js";
import { startServer } from "./helpers/http-server.js";

interface Received {
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

const KEY = "k3y/with+odd=chars";
const received: Received[] = [];
const elsewhere: Received[] = [];
let server: Awaited<ReturnType<typeof startServer>>;
let other: Awaited<ReturnType<typeof startServer>>;
let sdk: typeof import("../src/index.js");

beforeAll(async () => {
  turnOnEveryFeature();
  sdk = await import("../src/index.js");
  other = await startServer((req, res) => {
    elsewhere.push({ url: req.url!, headers: req.headers });
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
  server = await startServer((req, res) => {
    received.push({ url: req.url!, headers: req.headers });
    if (req.url!.startsWith("/moved"))
      res.writeHead(307, { location: `${other.url}/stolen` }).end();
    else res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
});
afterAll(async () => {
  restoreFeatures();
  await server.close();
  await other.close();
});
beforeEach(() => {
  received.length = 0;
  elsewhere.length = 0;
});

const op = (auth: Operation["auth"], path = "/things"): Operation => ({
  operationId: "getThings",
  method: "get",
  path,
  sdkName: "things.list",
  ...(auth === undefined ? {} : { auth }),
  response: { status: "200", mediaType: "application/json" },
});

function client(options: { logger?: { debug(line: string): void }; apiKey?: string } = {}) {
  const { logger, apiKey = KEY } = options;
  return new sdk.OrqCore({
    apiKey,
    serverURL: server.url,
    retryConfig: { strategy: "none" },
    ...(logger ? { logger } : {}),
  });
}

describe("where the key goes", () => {
  it("a bearer token by default", async () => {
    expect((await client().callOperation(op(undefined), undefined)).ok).toBe(true);
    expect(received[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("an apiKey header, as it is, and no Authorization", async () => {
    await client().callOperation(op({ in: "header", name: "x-api-key" }), undefined);
    expect(received[0]!.headers["x-api-key"]).toBe(KEY);
    expect(received[0]!.headers.authorization).toBeUndefined();
  });

  it("an apiKey query parameter, encoded, and never in a log line", async () => {
    const lines: string[] = [];
    const result = await client({ logger: { debug: (line) => lines.push(line) } }).callOperation(
      op({ in: "query", name: "api_key" }),
      undefined,
    );
    expect(result.ok).toBe(true);
    expect(new URL(received[0]!.url, server.url).searchParams.get("api_key")).toBe(KEY);
    expect(received[0]!.headers.authorization).toBeUndefined();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("api_key=[redacted]");
    expect(lines.join()).not.toContain(encodeURIComponent(KEY));
  });

  it("an apiKey query parameter is hidden in the answer's url too, where $inspect() shows it", async () => {
    // A Response's `url` is the request's, key and all, and errors keep that Response.
    const [result, call] = await client()
      .callOperation(op({ in: "query", name: "api_key" }), undefined)
      .$inspect();
    expect(result.ok).toBe(true);
    const { request, response } = call as { request: Request; response: Response };
    expect(new URL(response.url).searchParams.get("api_key")).toBe("[redacted]");
    expect(response.url).toBe(request.url);
    expect(JSON.stringify([response.url, request.url])).not.toContain(encodeURIComponent(KEY));
  });

  it("an apiKey cookie: the key as it is (base64's +/=, an Express s: signature)", async () => {
    await client().callOperation(op({ in: "cookie", name: "session" }), undefined);
    expect(received[0]!.headers.cookie).toBe(`session=${KEY}`);
    await client({ apiKey: "s:Zm9v+/w==.sig" }).callOperation(
      op({ in: "cookie", name: "session" }),
      undefined,
    );
    expect(received[1]!.headers.cookie).toBe("session=s:Zm9v+/w==.sig");
  });

  it("an apiKey cookie: what a cookie value cannot hold is percent-encoded", async () => {
    await client({ apiKey: 'a b;c,d"e\\f' }).callOperation(
      op({ in: "cookie", name: "session" }),
      undefined,
    );
    expect(received[0]!.headers.cookie).toBe("session=a%20b%3Bc%2Cd%22e%5Cf");
  });

  it("an apiKey cookie joins the other cookies with '; ', also where Headers joins with ', '", () => {
    // The Fetch standard (and Deno) join appended values with ", "; Node's undici makes an
    // exception for `cookie`. This Headers does what the standard says.
    class StandardHeaders extends Headers {
      override append(name: string, value: string): void {
        const prior = this.get(name);
        this.set(name, prior === null ? value : `${prior}, ${value}`);
      }
    }
    const headers = new StandardHeaders({ cookie: "theme=dark" });
    placeKey({ in: "cookie", name: "session" }, "k", headers, "https://api.test/x");
    expect(headers.get("cookie")).toBe("theme=dark; session=k");
  });

  it("a cookie of the key's name the call gives goes instead of the key (probe69)", async () => {
    // Both went: `session=own; session=<key>`, where a header or query parameter is replaced.
    await client().callOperation(op({ in: "cookie", name: "session" }), undefined, {
      fetchOptions: { headers: { cookie: "theme=dark; session=own" } },
    });
    expect(received[0]!.headers.cookie).toBe("theme=dark; session=own");
    // A cookie whose name only starts like it is another cookie.
    await client().callOperation(op({ in: "cookie", name: "session" }), undefined, {
      fetchOptions: { headers: { cookie: "session_id=7" } },
    });
    expect(received[1]!.headers.cookie).toBe(`session_id=7; session=${KEY}`);
  });

  it("an apiKey cookie joins the request's other cookies in one header", async () => {
    await client().callOperation(op({ in: "cookie", name: "session" }), undefined, {
      fetchOptions: { headers: { cookie: "theme=dark" } },
    });
    expect(received[0]!.headers.cookie).toBe(`theme=dark; session=${KEY}`);
  });

  it("http basic: the key is user:password", async () => {
    await client({ apiKey: "ada:s3cret" }).callOperation(
      op({ in: "header", name: "authorization", scheme: "basic" }),
      undefined,
    );
    expect(received[0]!.headers.authorization).toBe(`Basic ${btoa("ada:s3cret")}`);
  });

  it("http basic: the password a server echoes alone is cut out of the error (probe60)", async () => {
    const echo = await startServer((req, res) => {
      const [, password] = atob(String(req.headers.authorization).slice(6)).split(":");
      res
        .writeHead(401, { "content-type": "application/json" })
        .end(JSON.stringify({ message: `bad client secret ${password}` }));
    });
    try {
      const core = new sdk.OrqCore({
        apiKey: "myClientId:myClientSecret123",
        serverURL: echo.url,
        retryConfig: { strategy: "none" },
      });
      const result = await core.callOperation(
        op({ in: "header", name: "authorization", scheme: "basic" }),
        undefined,
      );
      const error = !result.ok && (result.error as InstanceType<typeof sdk.APIError>);
      expect(error && error.message).toContain("bad client secret [redacted]");
      expect(JSON.stringify(error && error.body)).not.toContain("myClientSecret123");
    } finally {
      await echo.close();
    }
  });

  it("http basic: a key without a colon is the user name, with no password", async () => {
    await client().callOperation(
      op({ in: "header", name: "authorization", scheme: "basic" }),
      undefined,
    );
    expect(received[0]!.headers.authorization).toBe(`Basic ${btoa(`${KEY}:`)}`);
  });

  it("a header or query parameter of the key's name that the call gives is sent instead", async () => {
    // As a spec without security schemes lists it (ElevenLabs' optional `xi-api-key` header),
    // where the generator puts the key (scripts/generate/test/fixtures/undeclared-security.yaml).
    const withParameter = (at: "header" | "query", name: string): Operation => ({
      ...op({ in: at, name }),
      parameters: [{ name, sdk: "keyParam", in: at, required: false, schema: { type: "string" } }],
    });
    await client().callOperation(withParameter("header", "xi-api-key"), { keyParam: "mine" });
    await client().callOperation(withParameter("header", "xi-api-key"), {});
    await client().callOperation(withParameter("query", "api_key"), { keyParam: "mine" });
    await client().callOperation(withParameter("query", "api_key"), {});
    expect(received.map((r) => r.headers["xi-api-key"])).toEqual([
      "mine",
      KEY,
      undefined,
      undefined,
    ]);
    const queried = received.map((r) => new URL(r.url, server.url).searchParams.getAll("api_key"));
    expect(queried).toEqual([[], [], ["mine"], [KEY]]);
  });

  it("no key for an operation that takes none", async () => {
    await client().callOperation(op(false), undefined);
    expect(received[0]!.headers.authorization).toBeUndefined();
    expect(JSON.stringify(received[0])).not.toContain("k3y");
  });
});

describe("redirects", () => {
  it("a key in a header of the spec's own never follows a redirect to another origin", async () => {
    const result = await client().callOperation(
      op({ in: "header", name: "x-api-key" }, "/moved"),
      undefined,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toBeInstanceOf(sdk.ConnectionError);
    expect(received).toHaveLength(1);
    expect(elsewhere).toHaveLength(0);
  });

  it("a bearer key follows as fetch allows: without its Authorization header", async () => {
    const result = await client().callOperation(op(undefined, "/moved"), undefined);
    expect(result.ok).toBe(true);
    expect(elsewhere).toHaveLength(1);
    expect(elsewhere[0]!.headers.authorization).toBeUndefined();
  });
});

describe("$inspect() hides the key wherever it was placed", () => {
  it.each([
    ["a query parameter", { in: "query", name: "api_key" }],
    ["a header of the spec's own", { in: "header", name: "x-api-key" }],
    ["a cookie", { in: "cookie", name: "session" }],
    ["http basic", { in: "header", name: "authorization", scheme: "basic" }],
  ] as const)("%s", async (_, auth) => {
    const [result, call] = await client().callOperation(op(auth), undefined).$inspect();
    expect(result.ok).toBe(true);
    expect(call.status).toBe("complete");
    const shown = [call.request!.url, ...[...call.request!.headers].flat()].join("\n");
    expect(shown).toContain("[redacted]");
    for (const form of [KEY, encodeURIComponent(KEY), btoa(`${KEY}:`)])
      expect(shown).not.toContain(form);
  });
});

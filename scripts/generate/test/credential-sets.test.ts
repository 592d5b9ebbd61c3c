/**
 * Security requirements of several schemes at once (fixtures/credential-sets.yaml): Plaid's
 * client id, secret and version headers. The SDK holds one key, passed such requirements over,
 * and sent the key as a bearer token: every call of Plaid's 329 operations got a 401. Such
 * operations now take one value per scheme from the client's `credentials`, placed where each
 * scheme says; without a full set, a call that has no other way in is refused before it is sent.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtures, generateSpec, typecheckPackages } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "credential-sets.yaml"), "credential-sets");
}, 60_000);
afterAll(() => it?.close());

const plaid = { clientId: "client-123", secret: "s3cret-456", apiVersion: "2020-09-14" };
type Inspectable = {
  callOperation(
    op: unknown,
    request: unknown,
  ): Promise<{ ok: boolean; error?: Error }> & {
    $inspect(): Promise<[unknown, { request?: Request }]>;
  };
};
const client = (options: object) =>
  new it.OrqCore({
    serverURL: it.mock.url,
    retryConfig: { strategy: "none" },
    ...options,
  }) as unknown as Inspectable;

describe("tables", () => {
  test("each requirement of several schemes is a set, required where nothing else gets in", () => {
    expect(it.coreSchemas.usesCredentialSets).toBe(true);
    expect(it.operations.accountsGet!.credentials).toEqual({
      required: true,
      sets: [
        [
          { securityScheme: "clientId", in: "header", name: "plaid-client-id" },
          { securityScheme: "secret", in: "header", name: "plaid-secret" },
          { securityScheme: "apiVersion", in: "header", name: "plaid-version" },
        ],
      ],
    });
    expect(it.operations.search!.credentials).toEqual({
      required: false,
      sets: [
        [{ securityScheme: "bearerAuth", in: "header", name: "authorization", bearer: true }],
        [
          { securityScheme: "appId", in: "header", name: "x-app-id" },
          { securityScheme: "appKey", in: "query", name: "app_key" },
        ],
      ],
    });
    expect(it.operations.status!.credentials?.required).toBe(false);
  });
});

describe("calls", () => {
  test("a full set is placed, each value where its scheme says, and the mock lets it in", async () => {
    const sdk = client({ credentials: plaid });
    const call = sdk.callOperation(it.operations.accountsGet!, { accessToken: "tok" });
    const result = await call;
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 200,
      headers: {
        "plaid-client-id": "client-123",
        "plaid-secret": "s3cret-456",
        "plaid-version": "2020-09-14",
      },
      body: { access_token: "tok" },
    });
    expect(it.mock.requests.at(-1)!.headers.authorization).toBeUndefined();
    // `$inspect()` shows the request with every credential hidden.
    const [, inspected] = await call.$inspect();
    const shown = JSON.stringify([...inspected.request!.headers]);
    expect(shown).not.toMatch(/client-123|s3cret-456/);
    expect(shown).toMatch(/\[redacted\]/);
  });

  test("an error echoing credentials has each cut out whole; a short one is no secret", async () => {
    // A server that echoes the request's headers into its error body. Cut out one after another
    // in the set's order, a secret holding the client id kept what follows it
    // (`[redacted]-secret-9`), and a one-letter value was cut out of every word and of the
    // markers left for the others (`[reda[redacted]ted]`).
    const sdk = client({
      credentials: { clientId: "client-123", secret: "client-123-secret-9", apiVersion: "v" },
      fetch: async (request: Request) =>
        Response.json(
          { error: [...request.headers].map(([name, value]) => `${name}=${value}`).join(" ") },
          { status: 400 },
        ),
    });
    const result = await sdk.callOperation(it.operations.accountsGet!, { accessToken: "tok" });
    const echoed = JSON.stringify((result.error as Error & { body?: unknown }).body);
    expect(echoed).toContain("plaid-client-id=[redacted] ");
    expect(echoed).toContain("plaid-secret=[redacted] ");
    expect(echoed).not.toMatch(/client-123|secret-9|reda\[/);
    expect(echoed).toContain("plaid-version=v");
    expect(echoed).toContain("content-type=application/json");
  });

  test("a request carrying credentials refuses redirects, which would take them elsewhere", async () => {
    const seen: Request[] = [];
    const sdk = client({
      credentials: plaid,
      fetch: (request: Request) => {
        seen.push(request);
        return fetch(request);
      },
    });
    expect((await sdk.callOperation(it.operations.accountsGet!, { accessToken: "t" })).ok).toBe(
      true,
    );
    expect(seen.at(-1)!.redirect).toBe("error");
  });

  test("without a full set, a call with no other way in is refused, naming the schemes", async () => {
    const before = it.mock.requests.length;
    for (const options of [{ apiKey: "just-a-key" }, { credentials: { clientId: "c" } }]) {
      const result = await client(options).callOperation(it.operations.accountsGet!, {
        accessToken: "tok",
      });
      expect(result.error?.name).toBe("ValidationError");
      expect(result.error?.message).toMatch(
        /credentials: this operation needs clientId, secret, apiVersion, all at once/,
      );
    }
    expect(it.mock.requests.length).toBe(before);
    // A scheme name that is no identifier is quoted, as the object the message shows needs it.
    const portkey = await client({ apiKey: "just-a-key" }).callOperation(
      it.operations.listFiles!,
      undefined,
    );
    expect(portkey.error?.message).toContain(
      'new Orq({ credentials: { "Portkey-Key": "…", "Virtual-Key": "…" } })',
    );
  });

  test("a credential that is no usable header value is refused, by its name", async () => {
    const result = await client({ credentials: { ...plaid, secret: "two\nlines" } }).callOperation(
      it.operations.accountsGet!,
      { accessToken: "tok" },
    );
    expect(result.error?.message).toMatch(/credentials\.secret must not contain CR or LF/);
  });

  test("where one key also gets in, the key goes without credentials and the set with them", async () => {
    expect((await client({ apiKey: "k" }).callOperation(it.operations.search!, undefined)).ok).toBe(
      true,
    );
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 200,
      headers: { authorization: "Bearer k" },
    });
    const withSet = await client({
      apiKey: "k",
      credentials: { appId: "app", appKey: async () => "app-key" },
    }).callOperation(it.operations.search!, undefined);
    expect(withSet.ok, JSON.stringify(withSet)).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 200,
      headers: { "x-app-id": "app" },
      query: { app_key: "app-key" },
    });
    expect(it.mock.requests.at(-1)!.headers.authorization).toBeUndefined();
  });

  test("a one-scheme operation takes its credential from `credentials` too, not nothing", async () => {
    // Portkey: a client given its key sets sent the one-key operations with no key at all.
    const result = await client({ credentials: plaid }).callOperation(
      it.operations.clientsMe!,
      undefined,
    );
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 200,
      headers: { "plaid-client-id": "client-123" },
    });
    expect(it.mock.requests.at(-1)!.headers["plaid-secret"]).toBeUndefined();
    // With the key and no such credential, the key fills it, where its scheme says.
    await client({ apiKey: "k" }).callOperation(it.operations.clientsMe!, undefined);
    expect(it.mock.requests.at(-1)!.headers["plaid-client-id"]).toBe("k");
  });

  test("where anonymous access is allowed, a call without credentials goes without them", async () => {
    const result = await client({}).callOperation(it.operations.status!, undefined);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(it.mock.requests.at(-1)!.headers["plaid-secret"]).toBeUndefined();
  });

  test("an operation that takes no credentials goes without them, whatever the client holds (probe54)", async () => {
    // Plaid's public categories, with the README's own client (credentials, no apiKey), were
    // refused: "this operation takes  (or apiKey)".
    const result = await client({ credentials: plaid }).callOperation(
      it.operations.categoriesGet!,
      undefined,
    );
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(it.mock.requests.at(-1)!.headers["plaid-secret"]).toBeUndefined();
  });

  test("credentials written into page code are refused in a browser, functions are not", () => {
    const browser = { name: "browser", encodeMultipart: () => ({}) };
    const make = (options: object) =>
      new (it.OrqCore as unknown as new (o: object, r: object) => unknown)(
        { serverURL: it.mock.url, ...options },
        browser,
      );
    expect(() => make({ credentials: plaid })).toThrow(/readable by every visitor/);
    expect(() => make({ credentials: { clientId: async () => "c" } })).not.toThrow();
    expect(() => make({ credentials: plaid, dangerouslyAllowBrowser: true })).not.toThrow();
  });
});

describe("types", () => {
  test("credentials take the spec's scheme names, and no other (probe60)", async () => {
    // A name the spec lacks compiled, to be refused only at run time ("did you mean").
    const { code, output } = await typecheckPackages(
      { "packages/core": it.files },
      `import { OrqCore } from "./packages/core/src/index.js";
export const right = new OrqCore({ credentials: { clientId: "c", secret: async () => "s" } });
// @ts-expect-error the scheme is clientId
export const wrong = new OrqCore({ credentials: { clientID: "c" } });
`,
    );
    expect(output).toBe("");
    expect(code).toBe(0);
  }, 120_000);

  test("a spec with no schemes to fill takes no credentials", async () => {
    const { code, output } = await typecheckPackages(
      { "packages/core": await generateSpec(join(fixtures, "raw-bodies.yaml")) },
      `import { OrqCore } from "./packages/core/src/index.js";
export const none = new OrqCore({ credentials: {} });
// @ts-expect-error this API takes one key, as apiKey
export const some = new OrqCore({ credentials: { bearer: "t" } });
`,
    );
    expect(output).toBe("");
    expect(code).toBe(0);
  }, 120_000);
});

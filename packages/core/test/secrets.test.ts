import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIError,
  Orq,
  OrqCore,
  routerImagesEditsCreate,
  ValidationError,
  webRuntime,
} from "../src/index.js";
import { startServer } from "./helpers/http-server.js";

const KEY = "sk-test-SECRET-4f2a9c";
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  // Echoes the Authorization header back, as a careless proxy might.
  server = await startServer((req, res) => {
    res.writeHead(401, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { message: `bad key: ${req.headers.authorization}` } }));
  });
});
afterAll(() => server.close());

function everyRendering(value: unknown): string {
  return [
    String(value),
    JSON.stringify(value),
    inspect(value, { depth: 10, showHidden: true }),
  ].join("\n");
}

describe("the API key never leaks", () => {
  it("not in util.inspect, JSON.stringify or String of a client", () => {
    const orq = new Orq({ apiKey: KEY, serverURL: server.url });
    expect(everyRendering(orq)).not.toContain(KEY);
    expect(everyRendering(new OrqCore({ apiKey: KEY }))).not.toContain(KEY);
  });

  it("a key of a few characters is no secret: the server's words are left whole (probe28 F10)", async () => {
    // The mock takes any key; with `any`, `Company` came back as `Comp[redacted]`, and with a
    // one-letter key the message was cut into `[r[redacted]dact…]`.
    for (const apiKey of ["any", "e"]) {
      const result = await routerImagesEditsCreate(new OrqCore({ apiKey, serverURL: server.url }), {
        model: "m",
        prompt: "p",
      });
      const error = !result.ok && (result.error as APIError);
      expect((error as APIError).message).toBe(
        `router.images.edits.create() failed: 401 Unauthorized: bad key: Bearer ${apiKey}`,
      );
      expect((error as APIError).body).toEqual({ error: { message: `bad key: Bearer ${apiKey}` } });
    }
  });

  it("not in an error, even when the server echoes it", async () => {
    const lines: string[] = [];
    const orq = new Orq({
      apiKey: KEY,
      serverURL: server.url,
      logger: { debug: (m) => lines.push(m) },
    });
    const error = await orq.router.images.edits
      .create({ model: "m", prompt: "p" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).statusCode).toBe(401);
    expect((error as APIError).message).toContain("401");
    expect(everyRendering(error)).not.toContain(KEY.slice(3));
    expect(lines.length).toBe(1);
    expect(lines[0]).toMatch(
      /^\[orq\] POST http:\/\/127\.0\.0\.1:\d+\/v2\/router\/images\/edits → 401 \(router\.images\.edits\.create\(\), attempt 1, \d+ ms\)$/,
    );
    expect(lines.join("\n")).not.toContain(KEY);
  });

  it("ORQ_LOG=debug logs through the console, redacted", async () => {
    const seen: string[] = [];
    const original = console.debug;
    console.debug = (m: string) => seen.push(m);
    try {
      const core = new OrqCore(
        { apiKey: KEY, serverURL: server.url },
        { ...webRuntime, env: (n) => (n === "ORQ_LOG" ? "debug" : undefined) },
      );
      await routerImagesEditsCreate(core, { model: "m", prompt: "p" });
    } finally {
      console.debug = original;
    }
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain("→ 401");
    expect(seen[0]).not.toContain(KEY);
  });

  it.each([
    ["CR/LF", "sk-abc\r\nX-Evil: 1", "apiKey must not contain CR or LF characters"],
    ["non-ASCII", "sk-ключ", "apiKey must contain only printable ASCII characters"],
    ["not a string", 42, "apiKey must be a string or a function returning one (got number)"],
  ])("a key with %s is refused at construction, without repeating it", (_, key, message) => {
    let error: unknown;
    try {
      new Orq({ apiKey: key as string });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain(message);
    if (typeof key === "string") expect(everyRendering(error)).not.toContain(key);
  });

  it("a key function returning a bad key fails the call, not the process", async () => {
    const core = new OrqCore({ apiKey: async () => "bad\nkey", serverURL: server.url });
    const result = await routerImagesEditsCreate(core, { model: "m", prompt: "p" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toBeInstanceOf(ValidationError);
    expect(!result.ok && result.error.message).toMatch(
      /the key apiKey\(\) returned must not contain CR or LF characters/,
    );
  });

  it.each([
    [undefined, "undefined"],
    [42, "number"],
  ])("a key function returning %j fails the call before anything is sent", async (value, got) => {
    const core = new OrqCore({
      apiKey: (async () => value) as unknown as () => Promise<string>,
      serverURL: "http://127.0.0.1:1", // nothing listens: a request would be a ConnectionError
      retryConfig: { strategy: "none" },
    });
    const result = await routerImagesEditsCreate(core, { model: "m", prompt: "p" });
    expect(!result.ok && result.error).toBeInstanceOf(ValidationError);
    expect(!result.ok && result.error.message).toContain(
      `apiKey() must return a string (got ${got})`,
    );
  });
});

/**
 * Servers with variables (fixtures/server-variables.yaml): a client option of each variable's
 * name sets it, the official SDK's way. Telegram's bot token is in its server's URL: `token`
 * was taken and never used, so only a whole `serverURL` could carry it, and it showed in debug
 * logs and `$inspect()` (probe50).
 */
import { join } from "node:path";
import { inspect } from "node:util";
import { afterAll, beforeAll, expect, test } from "vitest";
import { CLIENT_OPTIONS } from "../transform/server-variables.js";
import { fixtures } from "./helpers.js";
import {
  checkedRuntime,
  runtimeAgainstMock,
  type RuntimeAgainstMock,
} from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
let nodeLike: object;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "server-variables.yaml"), "server-variables");
  // Node's and Deno's option check, on this spec's generated constants (loaded after them).
  nodeLike = await checkedRuntime();
}, 60_000);
afterAll(() => it?.close());

type Made = { serverURL: string } & RuntimeAgainstMock["client"];
const make = (options: object) =>
  new (it.OrqCore as never as new (o: object, r: object) => Made)(
    { apiKey: "sk-test-key-5678", retryConfig: { strategy: "none" }, ...options },
    nodeLike,
  );
const port = () => new URL(it.mock.url).port;
const TOKEN = "123456789:AAH-secretBotToken_xyz";

test("each variable is an option; one named as the client's own is left at its default", () => {
  expect(make({ token: "t0k3n" }).serverURL).toBe("http://127.0.0.1:8080/us/bott0k3n1");
  expect(make({ region: "eu", token: TOKEN, port: "9" }).serverURL).toBe(
    `http://127.0.0.1:9/eu/bot${TOKEN}1`,
  );
  expect(make({ serverIdx: 1, token: TOKEN }).serverURL).toBe(
    `https://backup.example.com/bot${TOKEN}`,
  );
  expect(it.files.get("schemas.ts")).toMatch(
    /\/\*\* Where the data is kept\. One of "us", "eu"\. Default: "us"\. \*\/\s*region\?: "us" \| "eu" \| undefined;/,
  );
  // `timeout_ms` would be `timeoutMs`, the client's own option.
  expect(Object.keys(it.coreSchemas.serverVariables as object)).toEqual([
    "port",
    "region",
    "token",
  ]);
});

test.each([
  [{ region: "asia" }, 'region must be one of us, eu (got "asia")'],
  [{ token: "a/b" }, 'token must not hold "/", "\\", "?", "#", "@" or spaces'],
  // A URL parser reads a backslash as a slash, and `@` ends a user name (probe53).
  [{ token: "a\\b" }, "token must not hold"],
  [{ port: "1@evil.com" }, "port must not hold"],
  [{ port: 8080 }, "port must be a non-empty string (got number)"],
  [{ Region: "eu" }, "Region is not an option: did you mean region?"],
  // A slip of the keys: `tokn` was refused as "token is required" (probe54).
  [{ tokn: TOKEN }, "tokn is not an option: did you mean token?"],
  // A secret's default is an example: sent, Telegram's placeholder token (probe53).
  [{}, "token is required: it is a secret, and the spec's default is only an example"],
  [{ token: undefined }, "token is required"],
])("%j is refused when the client is made", (options, message) => {
  expect(() => make(options)).toThrow(message);
});

test("requests go there, and a secret's value is hidden in logs and $inspect()", async () => {
  it.mock.reset();
  const lines: string[] = [];
  const client = make({
    port: port(),
    token: TOKEN,
    logger: { debug: (l: string) => lines.push(l) },
  });
  const [result, call] = await (
    client.callOperation(it.operations.postGetMe!, undefined) as unknown as {
      $inspect(): Promise<[{ ok: boolean }, { request: Request }]>;
    }
  ).$inspect();
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(it.mock.requests.at(-1)!.path).toBe(`/us/bot${TOKEN}1/getMe`);
  // (A Request writes the marker percent-encoded in its path.)
  expect(decodeURIComponent(call.request.url)).toContain("/us/bot[redacted]1/getMe");
  expect(lines.join("\n")).toContain("/us/bot[redacted]1/getMe");
  expect(JSON.stringify([lines, call.request.url])).not.toContain("secretBotToken");
});

test("the answer's url hides the secret too, in $inspect() and an error's rawResponse", async () => {
  // A Response's `url` is the request's: the token was in `$inspect().response.url` and in
  // `error.rawResponse.url` as it was sent. Through the platform's fetch and Node's transport.
  const src = new URL("../../../packages/node/src/", import.meta.url).href;
  const { createNodeHttpFetch } = await import(`${src}transport/node-http-fetch.ts`);
  for (const fetch of [undefined, createNodeHttpFetch()]) {
    const client = make({ port: port(), token: TOKEN, ...(fetch ? { fetch } : {}) });
    const [result, call] = await (
      client.callOperation(it.operations.postGetMe!, undefined) as unknown as {
        $inspect(): Promise<[{ ok: boolean }, { response: Response }]>;
      }
    ).$inspect();
    expect(result.ok).toBe(true);
    expect(decodeURIComponent(call.response.url)).toMatch(/\/us\/bot\[redacted\]1\/getMe$/);
    // An answer that is an error: the same.
    const failed = (await client.callOperation(
      { ...it.operations.postGetMe!, path: "/nowhere" },
      undefined,
    )) as { ok: boolean; error?: { statusCode: number; rawResponse: Response } };
    expect(failed.ok).toBe(false);
    expect(failed.error!.statusCode).toBe(404);
    expect(decodeURIComponent(failed.error!.rawResponse.url)).toContain("/bot[redacted]1/nowhere");
    expect(JSON.stringify([call.response.url, failed.error!.rawResponse.url])).not.toContain(
      "secretBotToken",
    );
  }
});

test("a client whose URL holds a secret does not show it (probe53)", () => {
  const client = make({ token: TOKEN });
  expect(client.serverURL).toContain(TOKEN);
  expect(inspect(client, { depth: 5, showHidden: false })).not.toContain("secretBotToken");
  expect(JSON.stringify(client)).not.toContain("secretBotToken");
});

test("the generator's list of the client's options is core's", async () => {
  const { OPTION_NAMES } = await import(
    new URL("../../../packages/core/src/client/option-names.ts", import.meta.url).href
  );
  expect([...CLIENT_OPTIONS].sort()).toEqual([...OPTION_NAMES].sort());
});

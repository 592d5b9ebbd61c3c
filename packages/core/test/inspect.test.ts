/**
 * `$inspect()` on what standalone functions return (the official SDK's name): the result and
 * the HTTP exchange behind it, against a real server on 127.0.0.1.
 */
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIError,
  ConnectionError,
  OrqCore,
  routerImagesEditsCreate,
  ValidationError,
  type APICall,
} from "../src/index.js";
import { startServer } from "./helpers/http-server.js";

const KEY = "sk-test-INSPECT-91c0";
const FAST = {
  strategy: "backoff",
  backoff: { initialInterval: 1, maxInterval: 1 },
  maxRetries: 2,
} as const;
const OK_BODY = JSON.stringify({ created: 1, data: [{ b64_json: "aGk=" }] });

let server: Awaited<ReturnType<typeof startServer>>;
/** How many requests each scenario (the `x-scenario` header) has had. */
const seen = new Map<string, number>();

beforeAll(async () => {
  server = await startServer((req, res) => {
    const scenario = String(req.headers["x-scenario"]);
    const count = (seen.get(scenario) ?? 0) + 1;
    seen.set(scenario, count);
    const ok = () => {
      res.writeHead(200, { "content-type": "application/json", "x-request-id": `req-${count}` });
      res.end(OK_BODY);
    };
    if (scenario === "ok") return ok();
    if (scenario === "503-then-ok") {
      if (count > 1) return ok();
      res.writeHead(503, { "retry-after": "0" });
      return res.end();
    }
    if (scenario === "400") {
      res.writeHead(400, { "content-type": "application/json", "x-request-id": "req-bad" });
      return res.end(JSON.stringify({ message: "bad model" }));
    }
    // "503-then-gone": one answer, then every connection cut before an answer.
    if (count === 1) {
      res.writeHead(503, { "retry-after": "0" });
      return res.end();
    }
    res.socket?.destroy();
  });
});
afterAll(() => server.close());

function edit(scenario: string, request: object = { model: "m", prompt: "p" }) {
  const core = new OrqCore({ apiKey: KEY, serverURL: server.url, retryConfig: FAST });
  return routerImagesEditsCreate(core, request as never, {
    fetchOptions: { headers: { "x-scenario": scenario } },
  });
}

describe("$inspect()", () => {
  it("a success: the result, the answer's headers and the request as sent, key hidden", async () => {
    const [result, call] = await edit("ok").$inspect();
    expect(result).toEqual({ ok: true, value: { created: 1, data: [{ b64Json: "aGk=" }] } });
    expect(call.status).toBe("complete");
    expect(call.response!.status).toBe(200);
    expect(call.response!.headers.get("x-request-id")).toBe("req-1");
    expect(call.request!.method).toBe("POST");
    expect(call.request!.url).toBe(`${server.url}/v2/router/images/edits`);
    expect(call.request!.headers.get("x-scenario")).toBe("ok");
    expect(call.request!.headers.get("authorization")).toBe("Bearer [redacted]");
    expect(inspect(call, { depth: 10, showHidden: true })).not.toContain(KEY);
  });

  it("a key of a few characters is left as it is, and breaks nothing it is in (probe52)", async () => {
    // `127` cut out of `http://127.0.0.1:…` made `http://[redacted].0.0.1`, no URL: `$inspect()`
    // threw a TypeError after a call that went well.
    const core = new OrqCore({ apiKey: "127", serverURL: server.url, retryConfig: FAST });
    const [result, call] = await routerImagesEditsCreate(
      core,
      { model: "m", prompt: "p" } as never,
      { fetchOptions: { headers: { "x-scenario": "ok" } } },
    ).$inspect();
    expect(result.ok).toBe(true);
    expect(call.request!.url).toBe(`${server.url}/v2/router/images/edits`);
  });

  it("awaiting the same promise still gives the result alone", async () => {
    const promise = edit("ok");
    const [inspected] = await promise.$inspect();
    expect(await promise).toBe(inspected);
  });

  it("after a retry: the last attempt's request and answer", async () => {
    const [result, call] = await edit("503-then-ok").$inspect();
    expect(result.ok).toBe(true);
    expect(call.status).toBe("complete");
    expect(call.response!.status).toBe(200);
    expect(call.response!.headers.get("x-request-id")).toBe("req-2");
  });

  it("an API error: complete, with the error answer", async () => {
    const [result, call] = await edit("400").$inspect();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toBeInstanceOf(APIError);
    expect(call).toMatchObject({ status: "complete", response: { status: 400 } });
    expect(call.response!.headers.get("x-request-id")).toBe("req-bad");
  });

  it("no answer to the last attempt: request-error, not an earlier attempt's 503", async () => {
    const [result, call] = await edit("503-then-gone").$inspect();
    expect(!result.ok && result.error).toBeInstanceOf(ConnectionError);
    expect(seen.get("503-then-gone")).toBe(3);
    expect(call.status).toBe("request-error");
    expect(call.response).toBeUndefined();
    expect(call.request!.url).toBe(`${server.url}/v2/router/images/edits`);
  });

  it("a request that breaks a rule: invalid, nothing sent", async () => {
    const before = seen.get("invalid") ?? 0;
    const [result, call] = await edit("invalid", { model: "m" }).$inspect();
    expect(!result.ok && result.error).toBeInstanceOf(ValidationError);
    expect(call).toEqual({ status: "invalid" } satisfies APICall);
    expect(seen.get("invalid") ?? 0).toBe(before);
  });
});

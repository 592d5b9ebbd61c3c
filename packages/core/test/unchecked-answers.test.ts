// `validateResponses: false`: for a spec that is wrong about its own server, the answer comes
// back as it came (renamed where the spec's names fit) instead of as a ResponseValidationError,
// for the client or one call. What is not an answer at all still fails, and requests are still
// checked.
import { afterEach, describe, expect, it } from "vitest";
import {
  checkCallOptions,
  checkClientOptions,
  OrqCore,
  ResponseValidationError,
  routerImagesEditsCreate,
  ValidationError,
} from "../src/index.js";
import { startServer } from "./helpers/http-server.js";

/** An answer that breaks three rules: a required field left out, two values of the wrong type. */
const BROKEN_ANSWER = {
  created: "1700000000",
  data: [{ b64_json: 42, url: "https://img.example/1.png" }],
  usage: { total_tokens: 10, input_tokens: 4, output_tokens: 6, input_tokens_details: {} },
  newer_field: { kept_as: "sent" },
};

const servers: Awaited<ReturnType<typeof startServer>>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
/** A server answering every request with `body` as JSON (or as it is, when a string). */
const answering = async (body: unknown, contentType = "application/json") => {
  const requests: string[] = [];
  const server = await startServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res
      .writeHead(200, { "content-type": contentType })
      .end(typeof body === "string" ? body : JSON.stringify(body));
  });
  servers.push(server);
  return { url: server.url, requests };
};
const edit = (
  core: OrqCore,
  options?: Parameters<typeof routerImagesEditsCreate>[2],
  request: Record<string, unknown> = { model: "m", prompt: "p" },
) => routerImagesEditsCreate(core, request as never, options);

describe("validateResponses: false", () => {
  it("checks the answer by default, and says what broke", async () => {
    const server = await answering(BROKEN_ANSWER);
    const result = await edit(new OrqCore({ apiKey: "k", serverURL: server.url }));
    expect(result.ok).toBe(false);
    const error = !result.ok && result.error;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((i) => i.message)).toEqual([
      'created must be a number (got "1700000000")',
      // (An answer's issues name the fields as the server sent them.)
      "data[0].b64_json must be a string (got 42)",
      "usage.input_tokens_details.text_tokens is required",
      "usage.input_tokens_details.image_tokens is required",
    ]);
  });

  it("on the client: the answer as it came, renamed where the spec's names fit", async () => {
    const server = await answering(BROKEN_ANSWER);
    const core = new OrqCore({ apiKey: "k", serverURL: server.url, validateResponses: false });
    const result = await edit(core);
    expect(result).toEqual({
      ok: true,
      value: {
        created: "1700000000",
        data: [{ b64Json: 42, url: "https://img.example/1.png" }],
        usage: { totalTokens: 10, inputTokens: 4, outputTokens: 6, inputTokensDetails: {} },
        newer_field: { kept_as: "sent" },
      },
    });
  });

  it("a call's own option wins over the client's, either way", async () => {
    const server = await answering(BROKEN_ANSWER);
    const checking = new OrqCore({ apiKey: "k", serverURL: server.url });
    const trusting = new OrqCore({ apiKey: "k", serverURL: server.url, validateResponses: false });
    expect((await edit(checking, { validateResponses: false })).ok).toBe(true);
    const checked = await edit(trusting, { validateResponses: true });
    expect(!checked.ok && checked.error).toBeInstanceOf(ResponseValidationError);
    // Left out (or undefined) on the call: the client's.
    expect((await edit(trusting, { validateResponses: undefined })).ok).toBe(true);
    // The option is the SDK's, not a `RequestInit` field sent on to fetch.
    expect(server.requests).toHaveLength(3);
  });

  it("only false turns the checks off: any other value leaves them on", async () => {
    const server = await answering(BROKEN_ANSWER);
    // (What a browser bundle, which leaves the option checks out, does with a wrong value.)
    const core = new OrqCore({ apiKey: "k", serverURL: server.url });
    const result = await edit(core, { validateResponses: "false" as never });
    expect(!result.ok && result.error).toBeInstanceOf(ResponseValidationError);
  });

  it.each([
    ["an empty body", ""],
    ["a body that is not JSON", "<html>502 Bad Gateway</html>"],
  ])("%s still fails: it is not an answer to return", async (_, body) => {
    const server = await answering(body);
    const core = new OrqCore({ apiKey: "k", serverURL: server.url, validateResponses: false });
    const result = await edit(core);
    expect(!result.ok && result.error).toBeInstanceOf(ResponseValidationError);
  });

  it("requests are checked all the same: nothing is sent", async () => {
    const server = await answering(BROKEN_ANSWER);
    const core = new OrqCore({ apiKey: "k", serverURL: server.url, validateResponses: false });
    const result = await edit(core, undefined, { model: "m" });
    expect(!result.ok && result.error).toBeInstanceOf(ValidationError);
    expect(server.requests).toEqual([]);
  });
});

describe("validateResponses is checked where options are (Node, Deno)", () => {
  it.each([["false"], [0], [null as never]])("the client's %j", (value) => {
    const check = () => checkClientOptions({ validateResponses: value as never });
    if (value === null) return expect(check).not.toThrow();
    expect(check).toThrow(ValidationError);
    expect(check).toThrow(`validateResponses must be true or false (got ${JSON.stringify(value)})`);
  });

  it("a call's, and its name written another way", () => {
    expect(() => checkCallOptions({ validateResponses: "no" }, "op()")).toThrow(
      'validateResponses must be true or false (got "no")',
    );
    expect(() => checkCallOptions({ validateResponse: false }, "op()")).toThrow(
      "validateResponse is not an option: did you mean validateResponses?",
    );
    expect(() => checkCallOptions({ validateResponses: false }, "op()")).not.toThrow();
    expect(() => checkClientOptions({ validate_responses: false } as never)).toThrow(
      /validate_responses.*did you mean validateResponses\?/,
    );
  });
});

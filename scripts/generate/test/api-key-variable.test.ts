/**
 * The environment variable a client given no `apiKey` reads its key from. Every SDK generated
 * from another API's spec read `ORQ_API_KEY`, and sent the orq.ai key as a bearer token to that
 * API's servers (probe70: Together's, Leonardo's). It is named after the API's host.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Document } from "../document.js";
import { apiKeyVariable } from "../transform/api-key-variable.js";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

const secured = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {},
  components: { securitySchemes: { key: { type: "http", scheme: "bearer" } } },
} as unknown as Document;

describe("named after the API's host", () => {
  test.each([
    ["https://api.orq.ai", "ORQ_API_KEY"],
    ["https://my.orq.ai/v2", "ORQ_API_KEY"],
    ["https://api.together.xyz/v1", "TOGETHER_API_KEY"],
    ["https://cloud.leonardo.ai/api/rest/v1", "LEONARDO_API_KEY"],
    ["https://api.anthropic.com", "ANTHROPIC_API_KEY"],
    ["https://api-inference.huggingface.co", "HUGGINGFACE_API_KEY"],
    ["https://api.example.co.uk", "EXAMPLE_API_KEY"],
    ["https://api.eleven-labs.io", "ELEVEN_LABS_API_KEY"],
    // A name of a letter or two, with its domain (probe79: `X_API_KEY` is X's, not xAI's).
    ["https://api.x.ai/v1", "XAI_API_KEY"],
  ])("%s reads %s", (server, variable) => {
    expect(apiKeyVariable(secured, server)).toBe(variable);
  });

  test.each(["/", "http://localhost:8080", "http://127.0.0.1:4010", "https://{region}.api.test"])(
    "%s names no host: none is read",
    (server) => expect(apiKeyVariable(secured, server)).toBeUndefined(),
  );

  test("the spec's own spelling of it, where its text says one (probe78)", () => {
    // Replicate's examples: `Authorization: Bearer $REPLICATE_API_TOKEN`.
    const said = (text: string) =>
      ({
        ...secured,
        info: { title: "t", version: "1", description: text },
      }) as unknown as Document;
    const replicate = "https://api.replicate.com/v1";
    expect(apiKeyVariable(said("curl -H 'Bearer $REPLICATE_API_TOKEN'"), replicate)).toBe(
      "REPLICATE_API_TOKEN",
    );
    // Another API's variable, or a longer name, is not this one's.
    expect(apiKeyVariable(said("$OPENAI_API_KEY or $REPLICATE_API_TOKENS"), replicate)).toBe(
      "REPLICATE_API_KEY",
    );
  });

  test("none where the spec declares no security", () => {
    expect(apiKeyVariable({ ...secured, components: {} }, "https://api.orq.ai")).toBeUndefined();
  });
});

describe("a client of another API's spec", () => {
  let it: RuntimeAgainstMock;
  let webRuntime: object;
  beforeAll(async () => {
    it = await runtimeAgainstMock(join(fixtures, "vendor-key.yaml"), "vendor-key");
    const src = new URL("../../../packages/core/src/", import.meta.url).href;
    ({ webRuntime } = await import(`${src}client/runtime.ts`));
  }, 60_000);
  afterAll(() => it?.close());

  /** A client on a runtime whose environment holds `env`, as Node's and Deno's may. */
  const client = (env: Record<string, string>) =>
    new (it.OrqCore as never as new (o: object, r: object) => typeof it.client)(
      { serverURL: it.mock.url, retryConfig: { strategy: "none" } },
      { ...webRuntime, env: (name: string) => env[name] },
    );

  test("sends its own API's key from the environment, never orq's", async () => {
    expect(it.coreSchemas.apiKeyVariable).toBe("TOGETHER_API_KEY");
    it.mock.reset();
    const both = { ORQ_API_KEY: "orq-env-key-1234", TOGETHER_API_KEY: "together-key-5678" };
    const result = await client(both).callOperation(it.operations.listModels!, undefined);
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    expect(it.mock.requests.at(-1)!.headers.authorization).toBe("Bearer together-key-5678");

    await client({ ORQ_API_KEY: "orq-env-key-1234" }).callOperation(
      it.operations.listModels!,
      undefined,
    );
    expect(it.mock.requests.at(-1)!.headers.authorization).toBeUndefined();
  });
});

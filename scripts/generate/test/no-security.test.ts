/**
 * A spec that says nothing of authentication (fixtures/no-security.yaml, as Telegram's Bot API).
 * The client read `ORQ_API_KEY` from the environment, a key meant for orq.ai, and sent it to
 * that API as `Authorization: Bearer` on every call (probe50). It sends only a key it is given.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
let webRuntime: object;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "no-security.yaml"), "no-security");
  const src = new URL("../../../packages/core/src/", import.meta.url).href;
  ({ webRuntime } = await import(`${src}client/runtime.ts`));
}, 60_000);
afterAll(() => it?.close());

/** A client on a runtime whose environment holds an orq.ai key, as Node's and Deno's may. */
const client = (options: object) =>
  new (it.OrqCore as never as new (o: object, r: object) => typeof it.client)(
    { serverURL: it.mock.url, retryConfig: { strategy: "none" }, ...options },
    {
      ...webRuntime,
      env: (name: string) => (name === "ORQ_API_KEY" ? "orq-env-key-1234" : undefined),
    },
  );

test("the generator flags the spec", () => {
  expect(it.coreSchemas.apiKeyVariable).toBeUndefined();
});

test("the environment's key is not sent", async () => {
  it.mock.reset();
  const result = await client({}).callOperation(it.operations.getMe!, undefined);
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.headers.authorization).toBeUndefined();
});

test("a key given to the client is", async () => {
  it.mock.reset();
  const result = await client({ apiKey: "given-key-5678" }).callOperation(
    it.operations.getMe!,
    undefined,
  );
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.headers.authorization).toBe("Bearer given-key-5678");
});

/**
 * `apiKey` schemes on `Authorization` that say the word the key goes after
 * (fixtures/authorization-key-words.yaml, probe77: DeepL's `x-default: "DeepL-Auth-Key "`,
 * Smallest's `BearerAuth`): the bare key went as given, and both APIs refuse it. The key goes
 * after that word, unless it has one of its own; a scheme that says none takes it as given.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "authorization-key-words.yaml"), "key-words");
}, 60_000);
afterAll(() => it?.close());

const sent = async (operation: string, apiKey: string) => {
  const client = it.clientAt(it.mock.url, { apiKey });
  const result = await client.callOperation(it.operations[operation]!, undefined);
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  return it.mock.requests.at(-1)!.headers.authorization;
};

test.each([
  ["translate", "1234abcd:fx", "DeepL-Auth-Key 1234abcd:fx"],
  ["translate", "DeepL-Auth-Key 1234abcd:fx", "DeepL-Auth-Key 1234abcd:fx"],
  ["listVoices", "sk_live_0123", "Bearer sk_live_0123"],
  ["listVoices", "Token sk_live_0123", "Token sk_live_0123"],
  ["getUsage", "sk_live_0123", "sk_live_0123"],
])("%s with %j sends %j", async (operation, key, header) => {
  expect(await sent(operation, key)).toBe(header);
});

/**
 * A `oneOf` or `anyOf` of constants alone (fixtures/constant-choices.yaml, Discord's enums,
 * probe44 F6) is read as the `enum` of them: a value it refuses is told every allowed one, where
 * it was told the first branch's alone ("parse[0] must be users"). Against the mock, which reads
 * the spec as written.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "constant-choices.yaml"), "constant-choices");
}, 60_000);
afterAll(() => it?.close());

const send = (body: object) => it.client.callOperation(it.operations.createMessage!, body);
const message = (result: { ok: boolean; error?: Error }) =>
  result.ok ? "" : result.error!.message;

test("each allowed value is taken and sent", async () => {
  for (const body of [{ parse: ["users", "roles", "everyone"] }, { flags: 4 }, { flags: 8192 }]) {
    const result = await send(body);
    expect(result.ok, message(result)).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({ status: 200, body });
  }
});

test("a value refused is told every allowed one", async () => {
  expect(message(await send({ parse: ["channels"] }))).toContain(
    "parse[0] must be one of users, roles, everyone",
  );
  expect(message(await send({ flags: 2 }))).toContain("flags must be one of 4, 4096, 8192");
});

test("the types are the union of the values", () => {
  const types = it.files.get("sdk-types.ts")!;
  expect(types).toMatch(/AllowedMentionTypes: "users" \| "roles" \| "everyone";/);
  expect(types).toMatch(/flags\?: 4 \| 4096 \| 8192 \| undefined;/);
});

test("a oneOf whose branches share a value stays a oneOf: that value is refused", async () => {
  expect((await send({ odd: "a" })).ok).toBe(true);
  expect((await send({ odd: "b" })).ok).toBe(false);
});

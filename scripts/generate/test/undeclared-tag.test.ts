/**
 * A discriminated `oneOf` whose branches do not declare the tag property (NestJS's update DTOs,
 * Vapi's `PATCH /phone-number`): openapi-typescript adds the tag to each branch's type, required,
 * but the runtime refused it as "not a known field", and without it the body "matched more than
 * one shape", so no valid body could be sent (fixtures/undeclared-tag.yaml).
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "undeclared-tag.yaml"), "undeclared-tag");
}, 60_000);
afterAll(() => it?.close());

const update = (requestBody: unknown) =>
  it.client.callOperation(it.operations.updatePhoneNumber!, { id: "p1", requestBody });

test("the tag is taken, sent, and picks the branch that checks the rest", async () => {
  const result = await update({ provider: "twilio", name: "x", twilioAccountSid: "AC1" });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)).toMatchObject({
    status: 200,
    body: { provider: "twilio", name: "x", twilioAccountSid: "AC1" },
  });
  const wrong = await update({ provider: "twilio", credentialId: "c" });
  expect(!wrong.ok && wrong.error.message).toContain("credentialId is not a known field");
});

test("without the tag, the tag is what is asked for", async () => {
  const before = it.mock.requests.length;
  const result = await update({ name: "x" });
  expect(!result.ok && result.error.message).toContain("requestBody.provider is required");
  expect(it.mock.requests).toHaveLength(before);
});

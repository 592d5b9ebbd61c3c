/**
 * An `allOf` one of whose parts is a union (fixtures/allof-union.yaml): each branch is checked
 * and renamed with the other parts' properties, as a union beside properties is. As a part of
 * its own, each branch was checked alone against the whole object, so TGI's chat messages were
 * refused ("role is not a known field"), "base + tagged variants" took no value at all, and a
 * union wrapped in allOf for its description (Box's `ai_agent`) was sent in camelCase; so was
 * one whose union says `type: object` beside its `oneOf` (Box's `SkillCard`), and its answers
 * kept their wire names and date texts.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "allof-union.yaml"), "allof-union");
}, 60_000);
afterAll(() => it?.close());

const send = async (operation: string, request: unknown) => {
  const result = await it.client.callOperation(it.operations[operation]!, request);
  return { result, sent: it.mock.requests.at(-1)?.body };
};

test("base + tagged variants: sent renamed, read back renamed", async () => {
  const { result, sent } = await send("createPayment", {
    createdBy: "ada",
    kind: "card",
    cardNumber: "4242",
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(sent).toEqual({ created_by: "ada", kind: "card", card_number: "4242" });
  const answer = result.ok ? (result.value as Record<string, unknown>) : {};
  expect(Object.keys(answer).sort()).toEqual(
    answer.kind === "card"
      ? ["cardNumber", "createdBy", "kind"]
      : ["createdBy", "ibanCode", "kind"],
  );
});

test("base + tagged variants: each part's rules still hold, with the field named", async () => {
  const before = it.mock.requests.length;
  const missing = await it.client.callOperation(it.operations.createPayment!, {
    kind: "bank",
    ibanCode: "DE00",
  });
  expect(!missing.ok && missing.error.message).toMatch(/createdBy is required/);
  const wrong = await it.client.callOperation(it.operations.createPayment!, {
    createdBy: "ada",
    kind: "bank",
    cardNumber: "4242",
  });
  expect(!wrong.ok && wrong.error.message).toMatch(/ibanCode is required/);
  expect(it.mock.requests).toHaveLength(before);
});

test("an inline anyOf part beside a base", async () => {
  const { result, sent } = await send("createAnyPayment", {
    createdBy: "ada",
    kind: "bank",
    ibanCode: "DE00",
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(sent).toEqual({ created_by: "ada", kind: "bank", iban_code: "DE00" });
});

test("TGI's messages: a oneOf body part, then role and name", async () => {
  const { result, sent } = await send("createChat", {
    messages: [
      { role: "user", content: "Hello" },
      { role: "assistant", name: "bot", toolCalls: [{ functionName: "lookup" }] },
    ],
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(sent).toEqual({
    messages: [
      { role: "user", content: "Hello" },
      { role: "assistant", name: "bot", tool_calls: [{ function_name: "lookup" }] },
    ],
  });
});

test("a union wrapped in allOf for its description: sent and read in the right names", async () => {
  const { result, sent } = await send("createChat", {
    messages: [{ role: "user", content: "Hi" }],
    agent: { type: "ask", basicText: { numTokensForCompletion: 8400 } },
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(sent).toMatchObject({
    agent: { type: "ask", basic_text: { num_tokens_for_completion: 8400 } },
  });
  const refused = await it.client.callOperation(it.operations.createChat!, {
    messages: [{ role: "user", content: "Hi" }],
    agent: { type: "ask", basic_text: {} },
  });
  expect(!refused.ok && refused.error.message).toMatch(/agent\.basic_text is not a known field/);
});

test("a union with a type beside it, wrapped in allOf: sent and read in the right names", async () => {
  const { result, sent } = await send("createChat", {
    messages: [{ role: "user", content: "Hi" }],
    typedAgent: { type: "ask", longText: { numTokensForCompletion: 8400 } },
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(sent).toMatchObject({
    typed_agent: { type: "ask", long_text: { num_tokens_for_completion: 8400 } },
  });
  const pass = () => ({ mode: "wire", isFile: () => false, issues: [], files: [] });
  const answer = it.checkAndRename(
    it.operations.createChat!.response!.schema!,
    { typed_agent: { type: "ask", long_text: { created_at: "2026-11-23T10:00:00Z" } } },
    pass(),
  );
  expect(answer).toEqual({
    typedAgent: { type: "ask", longText: { createdAt: new Date("2026-11-23T10:00:00Z") } },
  });
});

test("answers are renamed by the branch that applies, the other parts' names with them", () => {
  const pass = () => ({ mode: "wire", isFile: () => false, issues: [], files: [] });
  const chat = it.operations.createChat!.response!.schema!;
  expect(
    it.checkAndRename(
      chat,
      { agent: { type: "ask", basic_text: { num_tokens_for_completion: 1 } } },
      pass(),
    ),
  ).toEqual({ agent: { type: "ask", basicText: { numTokensForCompletion: 1 } } });
  const payment = it.operations.createPayment!.response!.schema!;
  expect(
    it.checkAndRename(payment, { created_by: "ada", kind: "bank", iban_code: "DE00" }, pass()),
  ).toEqual({ createdBy: "ada", kind: "bank", ibanCode: "DE00" });
});

test("the types take the same values: the tag and each branch's fields are kept", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { CreatePaymentRequestBody, CreateChatRequestBody } from "./models.js";

export const card: CreatePaymentRequestBody = { createdBy: "ada", kind: "card", cardNumber: "4242" };
export const bank: CreatePaymentRequestBody = { createdBy: "ada", kind: "bank", ibanCode: "DE00" };
// @ts-expect-error a card needs its number
export const noNumber: CreatePaymentRequestBody = { createdBy: "ada", kind: "card" };
export const chat: CreateChatRequestBody = {
  messages: [{ role: "user", content: "Hi" }, { role: "tool", toolCalls: [{ functionName: "f" }] }],
  agent: { type: "ask", basicText: { numTokensForCompletion: 1 } },
};
`,
  );
  const checked = await typecheck([it.dir], it.dir);
  expect(checked.code, checked.output).toBe(0);
});

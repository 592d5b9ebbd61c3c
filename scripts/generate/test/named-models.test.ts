/**
 * A model whose type is a plain object is an interface, so TypeScript names it in its messages
 * (`not assignable to parameter of type 'CreateChatRequestBody'`, `Result<CreateChatResponseBody,
 * …>` in hovers) instead of printing the whole object, as it did for an alias of
 * `paths[…]["content"][…]`; a union (or anything an interface cannot extend) stays an alias
 * (fixtures/allof-union.yaml has both). (A missing or unknown property is still reported against
 * the object type that declares the properties.)
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Document, Json } from "../document.js";
import { isPlainObjectType } from "../transform/named-object-types.js";
import { fixtures, generateSpec, tempDir, typecheck, writeOutput } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "allof-union.yaml"), "named-models");
}, 60_000);
afterAll(() => it?.close());

test("plain objects are interfaces, unions aliases", () => {
  const models = it.files.get("models.ts")!;
  expect(models).toContain(
    "export interface CreateChatRequestBody extends $CreateChatRequestBody {}",
  );
  expect(models).toMatch(/export type CreatePaymentRequestBody =/);
});

test("the compiler names the model in its messages", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { CreateChatRequestBody, CreateChatResponseBody, CreatePaymentRequestBody } from "./models.js";

declare function send(body: CreateChatRequestBody): CreateChatResponseBody;
export const chat: CreateChatRequestBody = { messages: [{ role: "user", content: "Hi" }] };
export const payment: CreatePaymentRequestBody = { createdBy: "ada", kind: "bank", ibanCode: "DE00" };
send({ agent: { type: "ask" } });
export const count: number = send({ messages: [] });
`,
  );
  const checked = await typecheck([it.dir], it.dir);
  const errors = checked.output.split("\n").filter((line) => line.includes("error TS"));
  expect(errors).toHaveLength(2);
  expect(errors[0]).toMatch(
    /usage\.ts\(6,6\): error TS2345: Argument of type '[^']*' is not assignable to parameter of type 'CreateChatRequestBody'\.$/,
  );
  expect(errors[1]).toMatch(
    /usage\.ts\(7,14\): error TS2322: Type 'CreateChatResponseBody' is not assignable to type 'number'\.$/,
  );
});

const doc = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {},
  components: {
    schemas: {
      Base: { type: "object", properties: { id: { type: "string" } } },
      Pet: { type: "object", discriminator: { propertyName: "kind" }, properties: {} },
    },
  },
} as unknown as Document;

test.each([
  [{ type: "object", properties: { a: { type: "string" } } }, true],
  [{ properties: { a: { type: "string" } } }, true],
  [{ type: "object" }, true],
  // (An intersection may be `never`: parts giving one property two consts.)
  [{ allOf: [{ $ref: "#/components/schemas/Base" }, { properties: { b: {} } }] }, false],
  [{ $ref: "#/components/schemas/Base" }, true],
  [{ oneOf: [{ type: "object" }, { type: "object" }] }, false],
  [{ type: "object", nullable: true }, false],
  [{ type: ["object", "null"] }, false],
  [{ $ref: "#/components/schemas/Pet" }, false],
  [{ allOf: [{ $ref: "#/components/schemas/Pet" }] }, false],
  [{ type: "array", items: { type: "object" } }, false],
  [{ type: "string", format: "binary" }, false],
  [{ $ref: "#/components/schemas/Missing" }, false],
  [{}, false],
])("%j is a plain object type: %s", (schema, plain) => {
  expect(isPlainObjectType(doc, schema as Json)).toBe(plain);
});

test("a model whose allOf parts disagree stays an alias, and compiles", async () => {
  const files = await generateSpec(join(fixtures, "models-conflict.yaml"));
  expect(files.get("models.ts")).toMatch(/^export type Derived =/m);
  const { dir, remove } = await tempDir("models-conflict");
  try {
    await writeOutput(dir, files);
    const checked = await typecheck([dir], dir);
    expect(checked.code, checked.output).toBe(0);
  } finally {
    await remove();
  }
}, 60_000);

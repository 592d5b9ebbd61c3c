/**
 * Keywords beside a `$ref`: in OpenAPI 3.1 (JSON Schema 2020-12 § 8.2.3.1) they apply with it,
 * so `{ $ref: Name, maxLength: 3 }` is both rules; the generator wrote the reference alone, and
 * "abcd" was sent for the server to refuse (fixtures/ref-siblings-3.1.yaml). In 3.0 they are
 * ignored (§ 4.7.24), and still are.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadDocument } from "../document.js";
import { generate } from "../generate.js";
import type { SchemaNode, SchemaRef } from "../templates/contract.js";
import { fixtures, prettierConfig } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

const resolve = (ref: SchemaRef | undefined): SchemaNode =>
  typeof ref === "function" ? ref() : (ref ?? {});

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "ref-siblings-3.1.yaml"), "ref-siblings");
}, 60_000);
afterAll(() => it?.close());

const create = (request: unknown) => it.client.callOperation(it.operations.createThing!, request);

describe("in 3.1", () => {
  test("the reference and the rules beside it are both written, annotations left out", () => {
    const body = resolve(it.operations.createThing!.requestBody!.schema).properties!;
    const code = resolve(body.code);
    expect(code.maxLength).toBe(3);
    expect(code.allOf).toHaveLength(1);
    expect(resolve(code.allOf![0]).type).toBe("string");
    expect("description" in code).toBe(false);
  });

  test("a value that breaks a rule beside the reference is refused, with nothing sent", async () => {
    const before = it.mock.requests.length;
    const result = await create({ code: "abcd", color: "green", pair: { firstItem: "a" } });
    expect(!result.ok && result.error.message).toContain("code must be at most 3 characters");
    expect(!result.ok && result.error.message).toContain("color must be one of red, blue");
    expect(!result.ok && result.error.message).toContain("pair.secondItem is required");
    expect(it.mock.requests).toHaveLength(before);
  });

  test("a value that keeps them is sent, renamed by the referenced schema", async () => {
    const result = await create({ code: "abc", color: "red", pair: { secondItem: "b" } });
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 204,
      body: { code: "abc", color: "red", pair: { second_item: "b" } },
    });
  });
});

test("in 3.0 the keywords beside a $ref are ignored, as that version says", async () => {
  const doc = await loadDocument(join(fixtures, "ref-siblings-3.1.yaml"));
  const files = await generate({ ...doc, openapi: "3.0.3" }, prettierConfig, { threads: 0 });
  const operations = files.get("operations.ts")!;
  expect(operations).not.toContain("maxLength: 3");
  expect(operations).not.toContain('"red"');
});

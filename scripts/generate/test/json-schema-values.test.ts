/**
 * A field that is a JSON Schema the caller writes (Exa's `outputSchema`, "a JSON Schema Draft 7
 * specification", declared with `type`, `properties`, `required`, `description`,
 * `additionalProperties`; orq's function `parameters`): read as an object that lists its fields,
 * every schema zod or pydantic writes was refused before sending ("outputSchema.$schema is not a
 * known field", probe85). Such an object is open to the rest of JSON Schema's keywords, and goes
 * as written. Against the mock.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { typecheck } from "./helpers.js";
import {
  jsonPostSpec,
  runtimeAgainstDocument,
  type RuntimeAgainstMock,
} from "./runtime-against-mock.js";

const spec = jsonPostSpec("schemas as values", {
  "/answer": [
    "answer",
    {
      type: "object",
      required: ["query"],
      properties: {
        query: { type: "string" },
        output_schema: {
          type: "object",
          description: "A JSON Schema Draft 7 specification for the answer",
          properties: {
            type: { type: "string" },
            properties: { type: "object", additionalProperties: true },
            required: { type: "array", items: { type: "string" } },
          },
        },
        // An object of two such names is no schema: still closed.
        filter: {
          type: "object",
          properties: { type: { type: "string" }, required: { type: "boolean" } },
        },
      },
    },
  ],
});

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstDocument(spec, "json-schema-values");
}, 60_000);
afterAll(() => it?.close());

const schema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "Valuation",
  type: "object",
  properties: { company_name: { type: "string" } },
  required: ["company_name"],
  additionalProperties: false,
};

test("a schema zod or pydantic writes goes, as written", async () => {
  const result = await it.client.callOperation(it.operations.answer!, {
    query: "q",
    outputSchema: schema,
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.body).toEqual({ query: "q", output_schema: schema });
});

test("an object of fewer such names still refuses a field it does not list", async () => {
  const result = await it.client.callOperation(it.operations.answer!, {
    query: "q",
    filter: { type: "a", title: "b" },
  });
  expect(!result.ok && result.error.message).toMatch(/filter\.title is not a known field/);
});

test("the types take it", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { AnswerRequestBody } from "./models.js";
export const body: AnswerRequestBody = { query: "q", outputSchema: ${JSON.stringify(schema)} };
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);
});

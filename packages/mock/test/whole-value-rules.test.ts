// Answers that `contains`, `if`/`then`/`else` and `not` constrain: sampling by type alone broke
// them (`["string"]` for `contains: { const: urgent }`, `"string"` for `not: { type: string }`),
// though the mock promises schema-valid answers. Each answer is checked here with a plain ajv.
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { AUTH, mock } from "./helpers.js";

const schemas: Record<string, object> = {
  contains: { type: "array", items: { type: "string" }, contains: { const: "urgent" } },
  minContains: { type: "array", contains: { type: "integer" }, minContains: 2 },
  ifThenElse: {
    type: "object",
    required: ["country", "postal_code"],
    properties: { country: { type: "string" }, postal_code: { type: "string" } },
    if: { properties: { country: { const: "US" } } },
    then: { properties: { postal_code: { pattern: "^[0-9]{5}$" } } },
    else: { properties: { postal_code: { pattern: "^[A-Z0-9 ]+$" } } },
  },
  not: { not: { type: "string" } },
};

const spec = {
  openapi: "3.1.0",
  info: { title: "whole-value rules", version: "1" },
  paths: Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [
      `/${name}`,
      {
        get: {
          operationId: name,
          responses: {
            "200": { description: "ok", content: { "application/json": { schema } } },
          },
        },
      },
    ]),
  ),
};

describe("answers under rules on the whole value", () => {
  it.each(Object.keys(schemas))("%s: the answer fits its schema", async (name) => {
    const server = await mock({ spec });
    const res = await fetch(`${server.url}/${name}`, { headers: AUTH });
    expect(res.status).toBe(200);
    const body = await res.json();
    const validate = new Ajv2020({ strict: false }).compile(schemas[name]!);
    expect(validate(body), `${JSON.stringify(body)}: ${JSON.stringify(validate.errors)}`).toBe(
      true,
    );
  });
});

/**
 * Types users compile requests against: a property with a `default` that `required` does not
 * list may be left out (openapi-typescript made it required in component schemas, so Prefect's
 * `{ limit: 10 }` did not compile without `page` and `sort`), and a bare `{ type: object }` is
 * any object (it was `Record<string, never>`, so Kratos's `transientPayload: { source }` did not
 * compile). The runtime always sent both.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { generateSpec, tempDir, typecheck, writeOutput } from "./helpers.js";

const spec = {
  openapi: "3.1.0",
  info: { title: "defaults", version: "1" },
  paths: {
    "/v2/searches": {
      post: {
        operationId: "createSearch",
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/Search" } } },
        },
        responses: {
          "200": {
            description: "ok",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Search" } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Search: {
        type: "object",
        required: ["query"],
        properties: {
          query: { type: "string" },
          limit: { type: "integer", default: 10 },
          sort: { type: "string", enum: ["asc", "desc"], default: "asc" },
          transient_payload: { type: "object" },
        },
      },
    },
  },
};

test("defaulted properties are optional, and a bare object takes any keys", async () => {
  const dir = await tempDir("defaults");
  try {
    const file = join(dir.dir, "spec.json");
    await writeFile(file, JSON.stringify(spec));
    const out = join(dir.dir, "generated");
    await writeOutput(out, await generateSpec(file));
    await writeFile(
      join(out, "usage.ts"),
      `import type { CreateSearchRequestBody, CreateSearchResponseBody } from "./models.js";

export const least: CreateSearchRequestBody = { query: "otters" };
export const more: CreateSearchRequestBody = {
  query: "otters",
  limit: 5,
  transientPayload: { source: "mobile", nested: { a: [1] } },
};
// @ts-expect-error query is still required
export const none: CreateSearchRequestBody = { limit: 5 };
// @ts-expect-error sort is still one of its values
export const badSort: CreateSearchRequestBody = { query: "q", sort: "up" };
export function read(answer: CreateSearchResponseBody): [number | undefined, unknown] {
  return [answer.limit, answer.transientPayload?.["source"]];
}
`,
    );
    const checked = await typecheck([out], dir.dir);
    expect(checked.code, checked.output).toBe(0);
  } finally {
    await dir.remove();
  }
});

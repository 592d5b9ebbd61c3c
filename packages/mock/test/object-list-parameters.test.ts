// A query parameter that is a list of objects (Box's `/search?mdfilters=`): OpenAPI gives such
// items no form, and the SDK writes each as JSON text. The mock read each as a string and
// answered 422 ("must be object") to every valid call; it reads them back as that JSON now.
import { describe, expect, it } from "vitest";
import { mock } from "./helpers.js";

const spec = {
  openapi: "3.0.3",
  info: { title: "object lists", version: "1" },
  paths: {
    "/search": {
      get: {
        operationId: "search",
        parameters: [
          {
            name: "mdfilters",
            in: "query",
            schema: {
              type: "array",
              items: {
                type: "object",
                required: ["scope"],
                properties: { scope: { type: "string" }, templateKey: { type: "string" } },
              },
            },
          },
          { name: "ids", in: "query", schema: { type: "array", items: { type: "string" } } },
        ],
        responses: { "200": { description: "ok" } },
      },
    },
  },
};

const get = async (query: string) => {
  const server = await mock({ spec });
  const response = await fetch(`${server.url}/search?${query}`, {
    headers: { authorization: "Bearer k" },
  });
  return { server, status: response.status, text: await response.text() };
};

describe("a query list of objects", () => {
  it("takes each item as JSON text", async () => {
    const filters = [
      { scope: "enterprise", templateKey: "contract" },
      { scope: "global", templateKey: "tags" },
    ];
    const query = filters
      .map((f) => `mdfilters=${encodeURIComponent(JSON.stringify(f))}`)
      .join("&");
    const { server, status, text } = await get(`${query}&ids=%7B%22a%22%3A1%7D`);
    expect(status, text).toBe(200);
    expect(server.requests.at(-1)?.parameters?.query).toEqual({
      mdfilters: filters,
      // A list of strings keeps its texts, braces and all.
      ids: ['{"a":1}'],
    });
  });

  it("still refuses an item that breaks the item schema, or is no JSON", async () => {
    const missing = await get(
      `mdfilters=${encodeURIComponent(JSON.stringify({ templateKey: "x" }))}`,
    );
    expect(missing.status).toBe(422);
    expect(missing.text).toMatch(/scope/);
    const broken = await get("mdfilters=%7Bscope");
    expect(broken.status).toBe(422);
  });
});

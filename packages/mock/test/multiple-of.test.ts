// `multipleOf` read as decimals, as the spec's authors write them: ajv's own check divides in
// binary floating point and refused ordinary prices under `multipleOf: 0.01` (19.99 / 0.01 is
// 1998.9999999999998).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { sendJson } from "./helpers.js";

const price = (openapi: string) => ({
  openapi,
  info: { title: "prices", version: "1" },
  paths: {
    "/prices": {
      post: {
        operationId: "setPrice",
        requestBody: {
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["amount"],
                properties: {
                  amount: { type: "number", multipleOf: 0.01 },
                  grams: { type: "number", multipleOf: 0.001 },
                },
              },
            },
          },
        },
        responses: { "204": { description: "set" } },
      },
    },
  },
});

describe.each(["3.0.3", "3.1.0"])("multipleOf in OpenAPI %s", (openapi) => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ spec: price(openapi) });
  });
  afterAll(() => server.close());
  const status = async (body: object) => (await sendJson(server, "/prices", body)).status;

  it.each([19.99, 0.07, 4.35, 1234567.89, 111848.18, 0, -0.05])(
    "takes the amount %s, a whole number of cents",
    async (amount) => {
      expect(await status({ amount })).toBe(204);
    },
  );

  it("takes 8388.612 grams under multipleOf 0.001", async () => {
    expect(await status({ amount: 1, grams: 8388.612 })).toBe(204);
  });

  it.each([19.999, 1e-12, 1234567.891])("refuses %s, which is not", async (amount) => {
    const res = await sendJson(server, "/prices", { amount });
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).toContain("must be multiple of 0.01");
  });
});

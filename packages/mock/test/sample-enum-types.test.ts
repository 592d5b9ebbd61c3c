// An enum that lists values its own `type` refuses (Plaid's `PrismCashScoreVersion: type string,
// enum [4.1, 4, "3_lite", 3, null]`, nullable): the mock's answer took the first, 4.1, a number
// where the schema allows only text, so its own answer broke the spec it serves. It answers
// with a value the type allows, and keeps the listed value when none fits.
import { describe, expect, it } from "vitest";
import { mock } from "./helpers.js";

const spec = {
  openapi: "3.0.3",
  info: { title: "enum values beside their type", version: "1" },
  paths: {
    "/score": {
      get: {
        operationId: "getScore",
        responses: {
          "200": {
            description: "ok",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["version", "level", "free"],
                  properties: {
                    version: { type: "string", nullable: true, enum: [4.1, 4, "3_lite", 3, null] },
                    level: { type: "integer", enum: [1.5, 2] },
                    free: { enum: [4.1, "x"] },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

describe("an enum beside a type", () => {
  it("answers with a listed value the type allows", async () => {
    const server = await mock({ spec });
    const response = await fetch(`${server.url}/score`, { headers: { authorization: "Bearer k" } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ version: "3_lite", level: 2, free: 4.1 });
  });
});

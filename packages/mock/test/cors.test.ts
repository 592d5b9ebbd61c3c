import { describe, expect, it } from "vitest";
import { tinyPng } from "../src/index.js";
import { EDITS, form, mock, post } from "./helpers.js";

describe("CORS", () => {
  it("answers preflight requests with 204 and no auth", async () => {
    const server = await mock();
    const res = await fetch(server.url + EDITS, {
      method: "OPTIONS",
      headers: {
        origin: "https://app.example.com",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type, x-custom",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    expect(res.headers.get("access-control-allow-headers")).toBe(
      "authorization, content-type, x-custom",
    );
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    expect(res.headers.get("access-control-max-age")).toBe("600");
    expect(server.requests[0]).toMatchObject({
      method: "OPTIONS",
      status: 204,
      operationId: undefined,
    });
  });

  it("puts CORS headers on every response, errors included", async () => {
    const server = await mock();
    const origin = { origin: "https://app.example.com" };
    const unauthorized = await post(server, EDITS, form({ model: "m", prompt: "p" }), origin);
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    const notFound = await fetch(server.url + "/nope");
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get("access-control-allow-origin")).toBe("*");
    const invalid = await post(
      server,
      EDITS,
      form({ model: "m", prompt: "p", n: "99" }, [
        { bytes: tinyPng(), type: "image/png", name: "a.png" },
      ]),
      {
        authorization: "Bearer k",
        ...origin,
      },
    );
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    expect(invalid.headers.get("access-control-allow-headers")).toContain("authorization");
    expect(invalid.headers.get("access-control-expose-headers")).toContain("retry-after");
    expect(invalid.headers.get("access-control-expose-headers")).toContain("x-request-id");
  });
});

describe("OPTIONS operations of the spec", () => {
  const spec = {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {
      "/files": {
        options: {
          operationId: "fileOptions",
          responses: {
            "200": {
              description: "what the server supports",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["formats"],
                    properties: { formats: { type: "array", items: { type: "string" } } },
                  },
                },
              },
            },
          },
        },
      },
    },
  };

  it("a plain OPTIONS request is the operation's; a preflight stays a preflight", async () => {
    const server = await mock({ spec });
    const served = await fetch(server.url + "/files", {
      method: "OPTIONS",
      headers: { authorization: "Bearer k" },
    });
    expect(served.status).toBe(200);
    expect(await served.json()).toHaveProperty("formats");
    expect(server.requests[0]).toMatchObject({ operationId: "fileOptions", status: 200 });

    const preflight = await fetch(server.url + "/files", {
      method: "OPTIONS",
      headers: { origin: "https://app.example.com", "access-control-request-method": "OPTIONS" },
    });
    expect(preflight.status).toBe(204);
    // Where the spec has no OPTIONS operation, a plain OPTIONS is still answered like one.
    expect((await fetch(server.url + "/elsewhere", { method: "OPTIONS" })).status).toBe(204);
  });
});

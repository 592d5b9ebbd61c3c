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

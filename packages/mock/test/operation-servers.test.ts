import { describe, expect, it } from "vitest";
import { mock } from "./helpers.js";

// Servers of a path (§ 4.8.9) or an operation (§ 4.8.10) override the document's for it: a
// client sends that operation under its own server's base path.
const spec = {
  openapi: "3.1.0",
  info: { title: "operation servers", version: "1" },
  servers: [{ url: "https://api.example.com/v1/" }],
  paths: {
    "/uploads": {
      servers: [{ url: "https://upload.example.com/v2/" }],
      post: { operationId: "createUpload", responses: { "204": { description: "ok" } } },
    },
    "/reports": {
      servers: [{ url: "https://upload.example.com/v2/" }],
      get: {
        operationId: "getReport",
        servers: [
          {
            url: "https://reports.example.com/{version}/r",
            variables: { version: { default: "2024" } },
          },
        ],
        responses: { "204": { description: "ok" } },
      },
      delete: { operationId: "deleteReport", responses: { "204": { description: "ok" } } },
    },
    "/users": {
      get: { operationId: "listUsers", responses: { "204": { description: "ok" } } },
    },
  },
};

async function status(url: string, method = "GET"): Promise<number> {
  return (await fetch(url, { method })).status;
}

describe("servers of a path or an operation", () => {
  it("route the operation under their own base path, and the bare path still", async () => {
    const server = await mock({ spec });
    expect(await status(server.url + "/v2/uploads", "POST")).toBe(204);
    expect(await status(server.url + "/uploads", "POST")).toBe(204);
    expect(await status(server.url + "/2024/r/reports")).toBe(204);
    expect(await status(server.url + "/2025/r/reports")).toBe(204);
    expect(await status(server.url + "/v2/reports", "DELETE")).toBe(204);
    expect(await status(server.url + "/v1/users")).toBe(204);
    expect(server.requests.map((r) => r.operationId)).toEqual([
      "createUpload",
      "createUpload",
      "getReport",
      "getReport",
      "deleteReport",
      "listUsers",
    ]);
  });

  it("replace the document's for that operation: its base path is not another's", async () => {
    const server = await mock({ spec });
    expect(await status(server.url + "/v1/uploads", "POST")).toBe(404);
    expect(await status(server.url + "/v2/users")).toBe(404);
    expect(await status(server.url + "/v2/reports")).toBe(404);
    expect(await status(server.url + "/2024/r/reports", "DELETE")).toBe(404);
  });
});

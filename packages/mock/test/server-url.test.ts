import { describe, expect, it } from "vitest";
import { mock } from "./helpers.js";

function specWithServers(servers: object[]) {
  return {
    openapi: "3.1.0",
    info: { title: "servers", version: "1" },
    servers,
    paths: {
      "/blobs/{name}": {
        get: {
          operationId: "getBlob",
          parameters: [{ name: "name", in: "path", required: true, schema: { type: "string" } }],
          responses: { "204": { description: "ok" } },
        },
      },
    },
  };
}

async function status(url: string): Promise<number> {
  return (await fetch(url)).status;
}

describe("server URLs with variables", () => {
  it("contribute their base path, with the variables' defaults", async () => {
    const server = await mock({
      spec: specWithServers([
        {
          url: "https://{tenant}.files.example.com/api",
          variables: { tenant: { default: "acme" } },
        },
        {
          url: "{scheme}://example.com{base}",
          variables: { scheme: { default: "https" }, base: { default: "/v2/store" } },
        },
      ]),
    });
    expect(await status(server.url + "/api/blobs/x")).toBe(204);
    expect(await status(server.url + "/v2/store/blobs/x")).toBe(204);
    expect(await status(server.url + "/blobs/x")).toBe(204);
    expect(await status(server.url + "/other/blobs/x")).toBe(404);
    expect(server.requests.map((r) => r.operationId)).toEqual([
      "getBlob",
      "getBlob",
      "getBlob",
      undefined,
    ]);
  });

  it("take any value for a variable in the path", async () => {
    const server = await mock({
      spec: specWithServers([
        {
          url: "https://api.example.com/{version}/files",
          variables: { version: { default: "v1", enum: ["v1", "v2"] } },
        },
      ]),
    });
    expect(await status(server.url + "/v1/files/blobs/x")).toBe(204);
    expect(await status(server.url + "/v2/files/blobs/x")).toBe(204);
    expect(await status(server.url + "/v1/other/blobs/x")).toBe(404);
  });
});

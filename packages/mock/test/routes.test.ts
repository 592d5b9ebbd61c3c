import { describe, expect, it } from "vitest";
import { Router } from "../src/routes.js";
import { loadSpec } from "../src/spec.js";
import { PUBLISHED_SPEC } from "./helpers.js";

describe("Router", () => {
  it("prefers literal segments over parameters and strips the servers' base path", async () => {
    const doc = await loadSpec({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      servers: [{ url: "https://api.example.com/base" }],
      paths: {
        "/things/{id}": { get: { operationId: "byId", responses: {} } },
        "/things/latest": { get: { operationId: "latest", responses: {} } },
        "/things/{id}/parts/{part}": { get: { operationId: "part", responses: {} } },
      },
    });
    const router = new Router(doc);
    const match = (path: string, method = "GET") => {
      const m = router.match(method, path);
      return m.kind === "operation" ? [m.operation.operationId, m.pathParams] : m.kind;
    };
    expect(match("/things/latest")).toEqual(["latest", {}]);
    expect(match("/things/a%20b")).toEqual(["byId", { id: "a b" }]);
    expect(match("/base/things/1/parts/2")).toEqual(["part", { id: "1", part: "2" }]);
    expect(match("/things/1", "HEAD")).toEqual(["byId", { id: "1" }]);
    expect(match("/things/1", "POST")).toBe("method-not-allowed");
    expect(match("/things/1/")).toBe("not-found");
  });

  it("prefers a parameter sharing its segment with literal text (`{sha}.{diffType}`) (probe49)", async () => {
    // Gitea: `abc123.diff` went to `/commits/{sha}`, which has fewer parameters, and the SDK
    // read that operation's answer for the other's.
    const doc = await loadSpec({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/repos/{owner}/commits/{sha}": { get: { operationId: "commit", responses: {} } },
        "/repos/{owner}/commits/{sha}.{diffType}": { get: { operationId: "diff", responses: {} } },
      },
    });
    const router = new Router(doc);
    const match = (path: string) => {
      const m = router.match("GET", path);
      return m.kind === "operation" ? [m.operation.operationId, m.pathParams] : m.kind;
    };
    expect(match("/repos/me/commits/abc123.diff")).toEqual([
      "diff",
      { owner: "me", sha: "abc123", diffType: "diff" },
    ]);
    expect(match("/repos/me/commits/abc123")).toEqual(["commit", { owner: "me", sha: "abc123" }]);
  });

  it("routes a path key's literal query (`/items/{id}?beta=true`) by the request's query", async () => {
    const doc = await loadSpec({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        // The beta key first: routing must not depend on the order of the keys.
        "/items/{id}?beta=true": { get: { operationId: "getBeta", responses: {} } },
        "/items/{id}": { get: { operationId: "get", responses: {} } },
        "/items/{id}/cancel?beta=true": { post: { operationId: "cancelBeta", responses: {} } },
      },
    });
    const router = new Router(doc);
    const match = (path: string, search = "", method = "GET") => {
      const m = router.match(method, path, search);
      return m.kind === "operation" ? [m.operation.operationId, m.pathParams] : m.kind;
    };
    expect(match("/items/x", "?beta=true&limit=5")).toEqual(["getBeta", { id: "x" }]);
    expect(match("/items/x", "?limit=5&beta=true")).toEqual(["getBeta", { id: "x" }]);
    expect(match("/items/x", "?limit=5")).toEqual(["get", { id: "x" }]);
    expect(match("/items/x", "?beta=false")).toEqual(["get", { id: "x" }]);
    expect(match("/items/x")).toEqual(["get", { id: "x" }]);
    expect(match("/items/x/cancel", "?beta=true", "POST")).toEqual(["cancelBeta", { id: "x" }]);
    expect(match("/items/x/cancel", "", "POST")).toBe("not-found");
    expect(router.operations.find((o) => o.operationId === "getBeta")!.literalQuery).toEqual([
      { name: "beta", raw: "true", value: "true" },
    ]);
  });

  it.skipIf(PUBLISHED_SPEC === undefined)(
    "routes every operation of the published spec to itself",
    async () => {
      const router = new Router(await loadSpec(PUBLISHED_SPEC!));
      expect(router.operations.length).toBeGreaterThanOrEqual(266);
      for (const operation of router.operations) {
        const path = operation.pathTemplate.replace(/\{[^}]+\}/g, "p1");
        const m = router.match(operation.method, path);
        expect(m.kind === "operation" && m.operation, `${operation.method} ${path}`).toBe(
          operation,
        );
      }
    },
  );
});

// The shipped spec has no parameters and no form bodies, so its generated `usesParameters` and
// `usesFormBodies` are false and that code is not even in the build. A spec with them (the whole
// published orq spec has both) turns them on: here they are on, and requests go to a real server.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Operation } from "../src/generated/contract.js";
import { restoreFeatures, turnOnEveryFeature } from "./helpers/every-feature.js";
import { startServer } from "./helpers/http-server.js";

interface Received {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let server: Awaited<ReturnType<typeof startServer>>;
const received: Received[] = [];
let sdk: typeof import("../src/index.js");

beforeAll(async () => {
  turnOnEveryFeature();
  sdk = await import("../src/index.js");
  server = await startServer((req, res, body) => {
    received.push({
      method: req.method!,
      url: req.url!,
      headers: req.headers,
      body: body.toString(),
    });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ next_page: "p2", extra_field: 1 }));
  });
});
afterAll(async () => {
  restoreFeatures();
  await server.close();
});
beforeEach(() => {
  received.length = 0;
});

const listParts: Operation = {
  operationId: "listParts",
  method: "get",
  path: "/v2/things/{thing_id}/parts/{tags}",
  sdkName: "things.parts.list",
  parameters: [
    { name: "thing_id", sdk: "thingId", in: "path", required: true, schema: { type: "string" } },
    {
      name: "tags",
      sdk: "tags",
      in: "path",
      required: true,
      schema: { type: "array", items: { type: "string" } },
    },
    {
      name: "page_size",
      sdk: "pageSize",
      in: "query",
      required: false,
      schema: { type: "integer", minimum: 1, maximum: 100 },
    },
    {
      name: "ids",
      sdk: "ids",
      in: "query",
      required: false,
      schema: { type: "array", items: { type: "string" } },
    },
    {
      name: "filter",
      sdk: "filter",
      in: "query",
      required: false,
      schema: {
        type: "object",
        properties: { owner_name: { type: "string" } },
        names: { owner_name: "ownerName" },
      },
    },
    {
      name: "x-trace-id",
      sdk: "xTraceId",
      in: "header",
      required: false,
      schema: { type: "string" },
    },
  ],
  response: {
    status: "200",
    mediaType: "application/json",
    schema: {
      type: "object",
      properties: { next_page: { type: "string" } },
      names: { next_page: "nextPage" },
    },
  },
};

const createToken: Operation = {
  operationId: "createToken",
  method: "post",
  path: "/v2/tokens/{realm}",
  sdkName: "tokens.create",
  parameters: [
    { name: "realm", sdk: "realm", in: "path", required: true, schema: { type: "string" } },
  ],
  requestBody: {
    mediaType: "application/x-www-form-urlencoded",
    required: true,
    schema: {
      type: "object",
      properties: {
        grant_type: { type: "string", enum: ["client_credentials"] },
        scopes: { type: "array", items: { type: "string" } },
      },
      names: { grant_type: "grantType" },
      required: ["grant_type"],
    },
  },
  response: { status: "200", mediaType: "application/json" },
};

function client() {
  return new sdk.OrqCore({ apiKey: "k", serverURL: server.url, retryConfig: { strategy: "none" } });
}

describe("parameters", () => {
  it("fills the path, the query and the headers, serialized as OpenAPI does by default", async () => {
    const result = await client().callOperation(listParts, {
      thingId: "a/b c",
      tags: ["x", "y"],
      pageSize: 5,
      ids: ["1", "2"],
      filter: { ownerName: "me & you" },
      xTraceId: "t-1",
    });
    expect(result).toEqual({ ok: true, value: { nextPage: "p2", extra_field: 1 } });
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request!.method).toBe("GET");
    // Path: `simple` style (a list as a,b), each value percent-encoded. Query: `form`, exploded
    // (a list repeats its name, an object gives its own keys), with wire names; a space is %20,
    // as RFC 6570 writes it (`+` is a space only to form decoders).
    expect(request!.url).toBe(
      "/v2/things/a%2Fb%20c/parts/x,y?page_size=5&ids=1&ids=2&owner_name=me%20%26%20you",
    );
    expect(request!.headers["x-trace-id"]).toBe("t-1");
    expect(request!.body).toBe("");
  });

  it("leaves out optional parameters that are not given", async () => {
    await client().callOperation(listParts, { thingId: "t", tags: ["x"] });
    expect(received[0]!.url).toBe("/v2/things/t/parts/x");
  });

  it("adds the query after a literal one the path key carries (`/items/{id}?beta=true`)", async () => {
    const getItemBeta: Operation = {
      operationId: "getItemBeta",
      method: "get",
      path: "/v1/items/{id}?beta=true",
      sdkName: "items.getItemBeta",
      parameters: [
        { name: "id", sdk: "id", in: "path", required: true, schema: { type: "string" } },
        { name: "limit", sdk: "limit", in: "query", required: false, schema: { type: "integer" } },
      ],
      response: { status: "200", mediaType: "application/json" },
    };
    expect((await client().callOperation(getItemBeta, { id: "x", limit: 5 })).ok).toBe(true);
    await client().callOperation(getItemBeta, { id: "y" });
    expect(received.map((r) => r.url)).toEqual([
      "/v1/items/x?beta=true&limit=5",
      "/v1/items/y?beta=true",
    ]);
  });

  it("refuses a missing or broken parameter by its SDK name, and sends nothing", async () => {
    const result = await client().callOperation(listParts, { tags: "x", pageSize: 0 });
    expect(result.ok).toBe(false);
    const error = !result.ok && result.error;
    expect(error).toBeInstanceOf(sdk.ValidationError);
    expect(
      (error as InstanceType<typeof sdk.ValidationError>).issues.map((i) => i.message),
    ).toEqual(["thingId is required", 'tags must be an array (got "x")', "pageSize must be >= 1"]);
    expect(received).toHaveLength(0);
  });

  it("refuses two query parameters that would write the same key (probe49)", async () => {
    // Files.com's lists: `sort_by` and `filter` are objects in the default style (form,
    // exploded), so `{ username: "asc" }` and `{ username: "ann" }` both wrote `username=`.
    const object = {
      type: "object",
      properties: { username: { type: "string" } },
      additionalProperties: { type: "string" },
    } as const;
    const listUsers: Operation = {
      operationId: "listUsers",
      method: "get",
      path: "/users",
      sdkName: "users.list",
      parameters: [
        { name: "sort_by", sdk: "sortBy", in: "query", required: false, schema: object },
        { name: "filter", sdk: "filter", in: "query", required: false, schema: object },
        {
          name: "ids",
          sdk: "ids",
          in: "query",
          required: false,
          schema: { type: "array", items: { type: "integer" } },
        },
        {
          name: "per_page",
          sdk: "perPage",
          in: "query",
          required: false,
          schema: { type: "integer" },
        },
      ],
      response: { status: "200", mediaType: "application/json" },
    };
    const refused = async (request: object, message: string) => {
      const result = await client().callOperation(listUsers, request);
      expect(!result.ok && result.error.message).toContain(message);
      expect(received).toHaveLength(0);
    };
    await refused(
      { sortBy: { username: "asc" }, filter: { username: "ann" } },
      'filter would be sent as "username=", as sortBy is: the server could not tell them apart',
    );
    await refused(
      { perPage: 5, filter: { per_page: "9" } },
      'perPage would be sent as "per_page=", as filter is',
    );
    // Keys apart, and a list's repeated key (its own), go.
    const ok = await client().callOperation(listUsers, {
      sortBy: { username: "asc" },
      filter: { state: "on" },
      ids: [1, 2],
    });
    expect(ok.ok).toBe(true);
    expect(received[0]!.url).toBe("/users?username=asc&state=on&ids=1&ids=2");
  });

  it("refuses a request that is not an object", async () => {
    const result = await client().callOperation(listParts, "t");
    expect(!result.ok && result.error.message).toContain("request must be an object");
    expect(received).toHaveLength(0);
  });
});

describe("form bodies", () => {
  it("sends the body under requestBody as application/x-www-form-urlencoded, with wire names", async () => {
    const result = await client().callOperation(createToken, {
      realm: "main",
      requestBody: { grantType: "client_credentials", scopes: ["read", "write all"] },
    });
    expect(result.ok).toBe(true);
    const [request] = received;
    expect(request!.method).toBe("POST");
    expect(request!.url).toBe("/v2/tokens/main");
    expect(request!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request!.body).toBe("grant_type=client_credentials&scopes=read&scopes=write+all");
  });

  it("refuses a missing or broken body by its path under requestBody", async () => {
    const missing = await client().callOperation(createToken, { realm: "main" });
    expect(!missing.ok && missing.error.message).toContain("requestBody is required");
    const wrong = await client().callOperation(createToken, {
      realm: "main",
      requestBody: { grantType: "password" },
    });
    expect(!wrong.ok && wrong.error.message).toContain(
      'requestBody.grantType must be one of "client_credentials"',
    );
    expect(received).toHaveLength(0);
  });

  it("names where a body field given beside the parameters goes (probe49)", async () => {
    const flat = await client().callOperation(createToken, {
      realm: "main",
      grantType: "client_credentials",
      grant_type: "client_credentials",
    });
    expect(!flat.ok && flat.error.message).toContain(
      "grantType is not a known field (did you mean requestBody.grantType?)",
    );
    expect(!flat.ok && flat.error.message).toContain(
      "grant_type is not a known field (did you mean requestBody.grantType?)",
    );
    expect(received).toHaveLength(0);
  });
});

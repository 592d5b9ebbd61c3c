/**
 * Quirks of specs in the wild (fixtures/spec-quirks.yaml), each found in a published spec the
 * generator had refused or got wrong: Speakeasy's test spec gives one path several operations
 * of a method with fragments (`/auth#basic`), lists parameters twice, and keeps `$ref`s to
 * another file in its `x-speakeasy-globals`; it also declares a body on GET, and TRACE, which
 * fetch refuses (`new Request` throws) and the SDK reported as a retried connection failure.
 * Checked in the tables, the types (they compile) and end to end against the mock.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadDocument } from "../document.js";
import { unsendableBodyWarnings } from "../transform/bodies-fetch-cannot-send.js";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "spec-quirks.yaml"), "spec-quirks");
}, 60_000);
afterAll(() => it?.close());

describe("tables and types", () => {
  test("names: a fragment, a date version and a format suffix name nothing; a POST creates in a collection", () => {
    const tables = Object.fromEntries(
      Object.entries(it.operations).map(([ident, op]) => [ident, [op.sdkName, op.path]]),
    );
    expect(tables).toEqual({
      authBasic: ["auth.basic", "/auth"],
      authToken: ["auth.token", "/auth"],
      getItem: ["items.get", "/items/{item_id}"],
      // (One object answers, `{ ok }`, with no list in it: `get`, where the name is no plural.)
      search: ["search.get", "/search"],
      searchStrict: ["search.strict", "/search/strict"],
      createAddress: [
        "accounts.addresses.create",
        "/2010-04-01/Accounts/{AccountSid}/Addresses.json",
      ],
      fetchAddress: [
        "accounts.addresses.get",
        "/2010-04-01/Accounts/{AccountSid}/Addresses/{Sid}.json",
      ],
      runAgent: ["agents.run", "/agents/{key}/run"],
      addFirewallRules: ["firewalls.rules", "/firewalls/{id}/rules"],
      createTag: ["tags.create", "/tags"],
      createSchedule: ["schedules.create", "/schedules"],
      acceptRecommendation: ["recommendations.accept", "/recommendations/{id}/accept"],
      updateIncident: ["incidents.update", "/incidents/{id}"],
      listCustomers: ["customers.list", "/customers"],
      echo: ["echo.trace", "/echo"],
    });
  });

  test("the types compile: a parameter listed twice is declared once, as its last listing; a nullable base takes required properties", async () => {
    const paths = it.files.get("paths.ts")!;
    expect(paths.match(/item_id: /g)).toHaveLength(2); // the path item's and the operation's
    expect(paths).toMatch(/item_id: number;/);
    expect(paths).not.toMatch(/item_id: boolean;/);
    // `$ref`s into the middle of components are typed by what they point at, in SDK names too.
    await writeFile(
      join(it.dir, "usage.ts"),
      `import type { UpdateIncidentRequestBody } from "./models.js";
export const ok: UpdateIncidentRequestBody = { assignedBy: { userId: "u" }, creatorId: "c", firstTag: { tagName: "t" } };
// @ts-expect-error a user id is text
export const badId: UpdateIncidentRequestBody = { assignedBy: { userId: 1 } };
// @ts-expect-error so is the creator id
export const badCreator: UpdateIncidentRequestBody = { creatorId: 2 };
`,
    );
    const { code, output } = await typecheck([it.dir], it.dir);
    expect(output).toBe("");
    expect(code).toBe(0);
  });
});

describe("calls", () => {
  test("an operation under a fragment is sent to its path, with its query after it", async () => {
    const result = await it.client.callOperation(it.operations.authToken!, { scope: "read" });
    expect(result, JSON.stringify(result)).toEqual({
      ok: true,
      value: { ok: expect.any(Boolean) },
    });
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 200,
      path: "/auth",
      query: { scope: "read" },
    });
  });

  test("the last listing of a parameter is the one checked and sent", async () => {
    const ok = await it.client.callOperation(it.operations.getItem!, { itemId: 7, pageSize: 20 });
    expect(ok.ok, JSON.stringify(ok)).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 200,
      path: "/items/7",
      query: { page_size: "20" },
    });
    const bad = await it.client.callOperation(it.operations.getItem!, {
      itemId: true,
      pageSize: 80,
    });
    expect(!bad.ok && bad.error.message).toMatch(/itemId must be an integer \(got true\)/);
    expect(!bad.ok && bad.error.message).toMatch(/pageSize must be <= 50/);
  });
});

describe("patterns", () => {
  test("a pattern with escapes a Unicode regex refuses is checked, not a crash", async () => {
    const ok = await it.client.callOperation(it.operations.authBasic!, { tag: "env:prod_1" });
    expect(ok.ok, JSON.stringify(ok)).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({ status: 200, query: { tag: "env:prod_1" } });
    const bad = await it.client.callOperation(it.operations.authBasic!, { tag: "env prod" });
    expect(!bad.ok && bad.error.name).toBe("ValidationError");
    expect(!bad.ok && bad.error.message).toMatch(/tag must match/);
  });
});

describe("union branches that only require", () => {
  test("name the properties as the caller writes them", async () => {
    for (const requestBody of [{ inboundRules: ["a"] }, { outboundRules: ["b"] }]) {
      const ok = await it.client.callOperation(it.operations.addFirewallRules!, {
        id: "f1",
        requestBody,
      });
      expect(ok.ok, JSON.stringify(ok)).toBe(true);
    }
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 204,
      body: { outbound_rules: ["b"] },
    });
    const none = await it.client.callOperation(it.operations.addFirewallRules!, {
      id: "f1",
      requestBody: {},
    });
    expect(!none.ok && none.error.name).toBe("ValidationError");
    expect(!none.ok && none.error.message).toMatch(/inboundRules|outboundRules/);
    expect(!none.ok && none.error.message).not.toMatch(/inbound_rules|outbound_rules/);
  });
});

describe("a component that is only a $ref to another", () => {
  test("is checked by the schema it refers to", async () => {
    const tooLong = await it.client.callOperation(it.operations.createTag!, {
      data: { name: "far too long" },
    });
    expect(!tooLong.ok && tooLong.error.message).toMatch(/data\.name must be at most 5 characters/);
    const missing = await it.client.callOperation(it.operations.createTag!, { data: {} });
    expect(!missing.ok && missing.error.message).toMatch(/data\.name is required/);
    const ok = await it.client.callOperation(it.operations.createTag!, { data: { name: "red" } });
    expect(ok.ok, JSON.stringify(ok)).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({ status: 204, body: { data: { name: "red" } } });
  });
});

describe("$refs into the middle of components", () => {
  test("compile, are checked by what they point at, and a dangling mapping maps nothing", async () => {
    const ok = await it.client.callOperation(it.operations.updateIncident!, {
      id: "i1",
      urgency: "high",
      requestBody: {
        assignedBy: { userId: "u1" },
        firstTag: { tagName: "db" },
        creatorId: "u2",
        note: { kind: "text" },
      },
    });
    expect(ok.ok, JSON.stringify(ok)).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 200,
      query: { urgency: "high" },
      body: { assigned_by: { user_id: "u1" }, first_tag: { tag_name: "db" }, creator_id: "u2" },
    });
    const bad = await it.client.callOperation(it.operations.updateIncident!, {
      id: "i1",
      urgency: "medium",
      requestBody: { assignedBy: { userId: "far too long" }, creatorId: "far too long" },
    });
    expect(!bad.ok && bad.error.message).toMatch(/urgency must be one of high, low/);
    expect(!bad.ok && bad.error.message).toMatch(/assignedBy\.userId must be at most 8/);
    expect(!bad.ok && bad.error.message).toMatch(/creatorId must be at most 8/);
  });
});

describe("header parameters OpenAPI says to ignore", () => {
  test("are no parameters: no Content-Type goes out without a body", async () => {
    const op = it.operations.acceptRecommendation!;
    expect(op.parameters!.map((p) => p.name)).toEqual(["id", "X-Request-Id"]);
    const result = await it.client.callOperation(op, { id: "r1", xRequestId: "trace-1" });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const sent = it.mock.requests.at(-1)!;
    expect(sent).toMatchObject({ status: 200, headers: { "x-request-id": "trace-1" } });
    expect(sent.headers["content-type"]).toBeUndefined();
    expect(sent.headers.authorization).toBe("Bearer user:test-key");
  });
});

describe("what fetch cannot send", () => {
  // A body on GET or HEAD: `new Request` throws on one, so no call can send it. Typed with it,
  // a call given one compiled and was refused every time (Leonardo's `blueprints.list({ first,
  // after })`, probe70 B3). The operation has none now, and `pnpm generate` says so.
  test("a body on GET is left out: not in the tables, and a call given one is refused unsent", async () => {
    expect(it.operations.search!.requestBody).toBeUndefined();
    expect(it.operations.searchStrict!.requestBody).toBeUndefined();
    // Only TRACE is left for the runtime to refuse.
    expect(it.coreSchemas.usesMethodsFetchRefuses).toBe(true);
    const before = it.mock.requests.length;
    const refused = await it.client.callOperation(it.operations.search!, {
      q: "x",
      requestBody: { filter: "y" },
    });
    expect(!refused.ok && refused.error.name).toBe("ValidationError");
    expect(!refused.ok && refused.error.message).toMatch(/requestBody is not a known field/);
    expect(it.mock.requests.length).toBe(before);
    for (const op of [it.operations.search!, it.operations.searchStrict!]) {
      const sent = await it.client.callOperation(op, { q: "x" });
      expect(sent.ok, JSON.stringify(sent)).toBe(true);
      expect(it.mock.requests.at(-1)).toMatchObject({ status: 200, query: { q: "x" } });
      expect(it.mock.requests.at(-1)!.headers["content-type"]).toBeUndefined();
    }
  });

  test("the types take no body on GET, required or not", async () => {
    await writeFile(
      join(it.dir, "get-body.ts"),
      `import type { SearchRequest, SearchStrictRequest } from "./models.js";
export const strict: SearchStrictRequest = { q: "x" };
// @ts-expect-error no body can be sent with GET
export const body: SearchRequest = { q: "x", requestBody: { filter: "y" } };
// @ts-expect-error nor with a required one
export const required: SearchStrictRequest = { q: "x", requestBody: { filter: "y" } };
`,
    );
    const { code, output } = await typecheck([it.dir], it.dir);
    expect(output).toBe("");
    expect(code).toBe(0);
  });

  test("pnpm generate names each GET body it leaves out, and not an empty one", async () => {
    const spec = await loadDocument(join(fixtures, "spec-quirks.yaml"));
    expect(unsendableBodyWarnings(spec)).toEqual([
      "GET /search: fetch sends no body with GET, so the SDK's method takes none (its field filter left out)",
      "GET /search/strict: fetch sends no body with GET, so the SDK's method takes none (its field filter left out)",
    ]);
  });

  test("an empty form body on GET (Stripe's) loses nothing: the call goes as ever", async () => {
    const sent = await it.client.callOperation(it.operations.listCustomers!, { limit: 3 });
    expect(sent.ok, JSON.stringify(sent)).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 200,
      method: "GET",
      path: "/customers",
      query: { limit: "3" },
    });
    expect(it.mock.requests.at(-1)!.headers["content-type"]).toBeUndefined();
  });

  test("TRACE is refused with the reason, not as a connection failure", async () => {
    const refused = await it.client.callOperation(it.operations.echo!, undefined);
    expect(!refused.ok && refused.error.name).toBe("ValidationError");
    expect(!refused.ok && refused.error.message).toMatch(/fetch cannot send TRACE requests/);
  });
});

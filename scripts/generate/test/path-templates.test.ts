/**
 * Specs whose path templates and path parameters disagree (fixtures/path-templates.yaml), and
 * names every JavaScript object inherits. The SDK sent the template's own `{userId}`
 * (`/users/%7BuserId%7D/…`), dropping the caller's value; filled only the first of two `{id}`;
 * asked for a path parameter nothing could send; read an optional `constructor` parameter from
 * the object's prototype, so that no call could be made; missed a required `toString`; and
 * dropped a misspelt parameter (`limt`) without a word, sending an unfiltered call.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "path-templates.yaml"), "path-templates");
}, 60_000);
afterAll(() => it?.close());

const sent = () => it.mock.requests.at(-1);
async function call(operationId: string, request: unknown) {
  const before = sent();
  const result = await it.client.callOperation(it.operations[operationId]!, request);
  return { result, request: sent() === before ? undefined : sent() };
}

describe("templates and parameters", () => {
  test("an expression no parameter declares is a required parameter of its own", async () => {
    const { result, request } = await call("getPost", { userId: "u1", postId: "p1" });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(request).toMatchObject({ path: "/users/u1/posts/p1", status: 204 });
    const missing = await call("getPost", { postId: "p1" });
    expect(!missing.result.ok && missing.result.error.message).toMatch(/userId is required/);
    expect(missing.request).toBeUndefined();
  });

  test("so in a path item written as a $ref", async () => {
    const { result, request } = await call("getUserThing", { userId: "u9" });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(request).toMatchObject({ path: "/refd/u9", status: 204 });
  });

  test("a parameter named in another case than its expression fills it", async () => {
    const { result, request } = await call("getOrg", { orgId: 42 });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(request).toMatchObject({ path: "/orgs/42", status: 204 });
  });

  test("an expression used twice is filled in both places", async () => {
    const { result, request } = await call("doAnything", { id: "7", action: "lists" });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(request).toMatchObject({ path: "/anything/7/lists/7", status: 204 });
  });

  test("a path parameter no expression names is not asked for", async () => {
    const { result, request } = await call("getTeam", { teamId: "t1" });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(request).toMatchObject({ path: "/teams/t1", status: 204 });
    const { result: extra } = await call("getTeam", { teamId: "t1", legacyId: "x" });
    expect(!extra.ok && extra.error.message).toMatch(/legacyId is not a known field/);
  });

  test("the types say the same", async () => {
    await writeFile(
      join(it.dir, "usage.ts"),
      `import type { operations } from "./sdk-types.js";
type Params<K extends keyof operations> = operations[K]["parameters"]["path"];
export const post: Params<"getPost"> = { userId: "u1", postId: "p1" };
export const org: Params<"getOrg"> = { orgId: 42 };
export const team: Params<"getTeam"> = { teamId: "t1" };
// @ts-expect-error userId is required
export const noUser: Params<"getPost"> = { postId: "p1" };
`,
    );
    const { code, output } = await typecheck([it.dir], it.dir);
    expect(output).toBe("");
    expect(code).toBe(0);
  });
});

describe("names every object inherits", () => {
  test("an optional parameter named constructor is not the object's constructor", async () => {
    const { result, request } = await call("listThings", {});
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(request).toMatchObject({ path: "/things", status: 204 });
    const given = await call("listThings", { constructor: "c" });
    expect(given.request).toMatchObject({ path: "/things", query: { constructor: "c" } });
  });

  test("a required field named toString is missing from an object that does not have it", async () => {
    const { result, request } = await call("createThing", { name: "x" });
    expect(!result.ok && result.error.message).toMatch(/toString is required/);
    expect(request).toBeUndefined();
    const given = await call("createThing", { name: "x", toString: 3, valueOf: "v" });
    expect(given.result.ok, JSON.stringify(given.result)).toBe(true);
  });
});

describe("a misspelt parameter", () => {
  test("is refused as a misspelt field is, with the name it is likely a slip for", async () => {
    const { result, request } = await call("listThings", { limt: 5 });
    expect(!result.ok && result.error.name).toBe("ValidationError");
    expect(!result.ok && result.error.message).toMatch(/limt is not a known field/);
    expect(request).toBeUndefined();
    const plural = await call("listThings", { limits: 5 });
    expect(!plural.result.ok && plural.result.error.message).toMatch(
      /limits is not a known field \(did you mean limit\?\)/,
    );
  });
});

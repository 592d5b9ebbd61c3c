/**
 * Objects with both `properties` and an `additionalProperties` schema
 * (fixtures/open-objects.yaml, after Mem0's `filters`). openapi-typescript writes them as
 * `{ user_id?: string } & { [key: string]: Filter }`, where the index signature also binds the
 * declared properties, so no value with `userId` compiled. The generated types take the declared
 * properties at their own types and other keys at the `additionalProperties` type; the runtime
 * still refuses, before sending, an other key that breaks the spec.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "open-objects.yaml"), "open-objects");
}, 60_000);
afterAll(() => it?.close());

describe("types", () => {
  test("declared properties and other keys both compile; wrong types do not", async () => {
    await writeFile(
      join(it.dir, "usage.ts"),
      `import type { Filters, Labels, SearchMemoriesRequestBody } from "./models.js";
import type { components } from "./paths.js";

export const filters: Filters = { userId: "u1", limit: 5, category: { eq: "travel" } };
export const request: SearchMemoriesRequestBody = { query: "trips", filters };
export const labels: Labels = { count: 2, colour: "blue" };
export const count: number = labels.count;
export const wire: components["schemas"]["Filters"] = { user_id: "u1", city: { eq: "Oslo" } };
// @ts-expect-error userId is a string
export const wrongDeclared: Filters = { userId: 5 };
// @ts-expect-error limit is a number
export const wrongLimit: Filters = { limit: "5" };
// @ts-expect-error other keys are field filters or the declared properties' types
export const wrongOther: Filters = { category: true };
`,
    );
    const { code, output } = await typecheck([it.dir], it.dir);
    expect(output).toBe("");
    expect(code).toBe(0);
  });
});

describe("calls", () => {
  test("declared properties are renamed, other keys go as they are", async () => {
    const result = await it.client.callOperation(it.operations.searchMemories!, {
      query: "trips",
      filters: { userId: "u1", category: { eq: "travel" } },
    });
    expect(it.mock.requests.at(-1)?.body).toEqual({
      query: "trips",
      filters: { user_id: "u1", category: { eq: "travel" } },
    });
    expect(result.ok).toBe(true);
  });

  test("an other key that the widened type lets through is still refused before sending", async () => {
    const before = it.mock.requests.length;
    const result = await it.client.callOperation(it.operations.searchMemories!, {
      query: "trips",
      filters: { category: "travel" },
    });
    expect(result.ok).toBe(false);
    expect(String(!result.ok && result.error.message)).toMatch(/filters\.category/);
    expect(it.mock.requests.length).toBe(before);
  });
});

/**
 * An operation whose only answer is `default` (fixtures/default-response.yaml; common in older
 * specs): the method resolves to that answer, typed, checked and renamed like a 2XX one, and the
 * mock serving the spec answers with it too. Beside a 2XX answer, `default` is the error one.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { SchemaNode, SchemaRef } from "../templates/contract.js";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

const spec = join(fixtures, "default-response.yaml");
const resolve = (ref: SchemaRef | undefined): SchemaNode =>
  typeof ref === "function" ? ref() : (ref ?? {});

let it: RuntimeAgainstMock;

beforeAll(async () => {
  it = await runtimeAgainstMock(spec, "default-response-calls");
}, 60_000);
afterAll(() => it?.close());

describe("tables", () => {
  test("default is the answer only when there is no 2XX one", () => {
    const { getThing, deleteThing, listThings, createThing } = it.operations;
    expect(getThing!.response).toMatchObject({ status: "default", mediaType: "application/json" });
    expect(resolve(getThing!.response!.schema).names).toEqual({
      thing_id: "thingId",
      display_name: "displayName",
      created_at: "createdAt",
    });
    expect(deleteThing!.response).toEqual({ status: "default", mediaType: "" });
    expect(listThings!.response!.status).toBe("200");
    expect(createThing!.response!.status).toBe("2XX");
  });
});

describe("types", () => {
  test("the method resolves to the default answer's body, in the SDK's names", async () => {
    const models = it.files.get("models.ts")!;
    expect(models).toMatch(
      /^type \$GetThingResponseBody =\s+paths\["\/things\/\{thing_id\}"\]\["get"\]\["responses"\]\["default"\]\["content"\]\["application\/json"\];\nexport interface GetThingResponseBody extends \$GetThingResponseBody \{\}$/m,
    );
    expect(models).not.toMatch(/DeleteThingResponseBody/);
    await writeFile(
      join(it.dir, "usage.ts"),
      `import type { GetThingResponseBody } from "./models.js";
import type { Resources } from "./resources.js";

declare const things: Resources<object>["things"];
const thing: GetThingResponseBody = await things.get({ thingId: "t1" });
export const name: string = thing.displayName;
// @ts-expect-error the answer is in the SDK's names, not the wire's
export const wire = thing.display_name;
export const gone: void = await things.delete({ thingId: "t1" });
`,
    );
    const { code, output } = await typecheck([it.dir], it.dir);
    expect(output).toBe("");
    expect(code).toBe(0);
  });
});

describe("calls", () => {
  test("the default answer comes back checked and renamed", async () => {
    const result = await it.client.callOperation(it.operations.getThing!, { thingId: "t1" });
    expect(it.mock.requests.at(-1)).toMatchObject({ path: "/things/t1", status: 200 });
    expect(result.ok).toBe(true);
    const value = result.ok ? (result.value as Record<string, unknown>) : {};
    expect(Object.keys(value)).toEqual(expect.arrayContaining(["thingId", "displayName"]));
    expect(Object.keys(value).filter((key) => key.includes("_"))).toEqual([]);
  });

  test("a default answer without what the spec requires is refused", async () => {
    it.mock.faults.push({ kind: "status", status: 200, body: { thing_id: "t1" } });
    const result = await it.client.callOperation(it.operations.getThing!, { thingId: "t1" });
    expect(!result.ok && result.error.name).toBe("ResponseValidationError");
    expect(!result.ok && result.error.message).toMatch(/display_name is required/);
  });

  test("a default answer without content resolves to nothing", async () => {
    const result = await it.client.callOperation(it.operations.deleteThing!, { thingId: "t1" });
    expect(result).toEqual({ ok: true, value: undefined });
  });
});

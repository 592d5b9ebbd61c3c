/**
 * Answers under `*` + `/*` (fixtures/wildcard-answers.yaml), springdoc's default for every answer.
 * Over a schema of JSON data, the SDK read such an answer as bytes and returned the JSON as raw
 * text (and the mock sent 256 raw bytes); it is JSON, checked and renamed. Over bytes, or a bare
 * string (which under a media type that is not text is bytes too), it is a stream of bytes. End to end
 * against the mock.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "wildcard-answers.yaml"), "wildcard-answers");
}, 60_000);
afterAll(() => it?.close());

const call = async (id: string) => {
  const result = await it.client.callOperation(it.operations[id]!, { id: 7 });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result.ok ? result.value : undefined;
};

test("JSON data under */* is read as JSON: checked and renamed", async () => {
  expect(it.operations.getUser!.response!.mediaType).toBe("application/json");
  expect(await call("getUser")).toEqual({ id: expect.any(Number), firstName: expect.any(String) });
  expect(it.mock.requests.at(-1)!.headers.accept).toBe("application/json");
});

test("bytes under */*, or a bare string, are a stream of bytes", async () => {
  for (const id of ["getAvatar", "getMotto"]) {
    const value = await call(id);
    expect(value, id).toBeInstanceOf(ReadableStream);
    expect(
      (await new Response(value as ReadableStream).arrayBuffer()).byteLength,
      id,
    ).toBeGreaterThan(0);
  }
});

test("the types index the spec's own key", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { GetUserResponseBody } from "./models.js";
export const user: GetUserResponseBody = { id: 1, firstName: "Ada" };
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);
});

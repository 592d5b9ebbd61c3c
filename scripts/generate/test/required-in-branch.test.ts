/**
 * A branch that only requires a property its object declares (fixtures/required-in-branch.yaml,
 * GitHub's check run update, probe42 F1): the generator declared it in the branch as `{}`, any
 * value, which won over the object's enum when the runtime merged them, and openapi-typescript
 * typed `{ properties, anyOf }` as the object *or* a branch. `conclusion: "bogus"` was sent and
 * type-checked. Now both schemas apply, at run time and in the types; end to end against the
 * mock, and by tsc.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures, typecheck } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(join(fixtures, "required-in-branch.yaml"), "required-in-branch");
}, 60_000);
afterAll(() => it?.close());

const update = (body: object) =>
  it.client.callOperation(it.operations.updateRun!, { id: 1, requestBody: body });

test("the object's rule for a property a branch requires is checked before sending", async () => {
  const sent = it.mock.requests.length;
  for (const conclusion of ["bogus", 42, {}]) {
    const result = await update({ status: "completed", conclusion });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.name).toBe("ValidationError");
    expect(!result.ok && result.error.message).toMatch(/conclusion/);
  }
  expect(it.mock.requests.length).toBe(sent);
});

test("a valid body is sent, and the mock takes it", async () => {
  const done = await update({ status: "completed", conclusion: "success" });
  expect(done.ok, done.ok ? "" : done.error.message).toBe(true);
  const queued = await update({ status: "queued", name: "lint" });
  expect(queued.ok, queued.ok ? "" : queued.error.message).toBe(true);
});

test("an allOf part that requires what another part declares keeps that part's rule", async () => {
  const wrong = await it.client.callOperation(it.operations.createJob!, { priority: 9 });
  expect(!wrong.ok && wrong.error.message).toMatch(/priority must be <= 5/);
  const right = await it.client.callOperation(it.operations.createJob!, { priority: 2 });
  expect(right.ok, right.ok ? "" : right.error.message).toBe(true);
});

test("the types take the object's enum for it too", async () => {
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { UpdateRunRequest } from "./models.js";
export const ok: UpdateRunRequest = { id: 1, requestBody: { status: "completed", conclusion: "success" } };
// @ts-expect-error not one of the enum's values
export const bogus: UpdateRunRequest = { id: 1, requestBody: { status: "completed", conclusion: "bogus" } };
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);
});

test("branches that only require are typed by what they require (probe74)", async () => {
  // Groq's `file` or `url`: a call with neither type-checked, and only the runtime refused it.
  await writeFile(
    join(it.dir, "usage.ts"),
    `import type { TranscribeRequestBody as TranscribeRequest } from "./models.js";
const file = new Blob(["a"]);
export const byFile: TranscribeRequest = { model: "m", file };
export const byUrl: TranscribeRequest = { model: "m", url: "https://x/a.wav" };
// @ts-expect-error neither
export const neither: TranscribeRequest = { model: "m" };
// @ts-expect-error both: a oneOf takes one
export const both: TranscribeRequest = { model: "m", file, url: "https://x/a.wav" };
// @ts-expect-error the file branch's file is still a file
export const wrong: TranscribeRequest = { model: "m", file: 3 };
`,
  );
  const { code, output } = await typecheck([it.dir], it.dir);
  expect(output).toBe("");
  expect(code).toBe(0);
  const result = await it.client.callOperation(it.operations.transcribe!, {
    model: "m",
    url: "https://x/a.wav",
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
});

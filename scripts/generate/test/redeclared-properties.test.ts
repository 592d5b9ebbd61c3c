/**
 * A property declared again by an allOf part (fixtures/redeclared-properties.yaml, Spotify's
 * pages, probe45 P3) is renamed by the declaration that says what is inside it: the part's list
 * of tracks, not the base's list of anything. One that only describes the field (a
 * `description`) leaves it to the base's. Each declaration's rules are still checked.
 */
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixtures } from "./helpers.js";
import { runtimeAgainstMock, type RuntimeAgainstMock } from "./runtime-against-mock.js";

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstMock(
    join(fixtures, "redeclared-properties.yaml"),
    "redeclared-properties",
  );
}, 60_000);
afterAll(() => it?.close());

const pass = () => ({
  mode: "wire",
  isFile: () => false,
  issues: [] as { path: string; message: string }[],
  files: [],
});

test("a page's items are renamed and read by the part that says they are tracks", () => {
  expect(it.coreSchemas.usesRedeclaredProperties).toBe(true);
  const answer = it.checkAndRename(
    it.operations.getUsersSavedTracks!.response!.schema!,
    {
      total: 1,
      next_page: null,
      items: [{ added_at: "2024-05-01T10:20:30Z", track_name: "Intro" }],
    },
    pass(),
  );
  expect(answer).toEqual({
    total: 1,
    nextPage: null,
    items: [{ addedAt: new Date("2024-05-01T10:20:30Z"), trackName: "Intro" }],
  });
});

test("the items are still checked by each declaration", () => {
  const checked = pass();
  it.checkAndRename(
    it.operations.getUsersSavedTracks!.response!.schema!,
    { total: 1, items: [{ track_name: 5 }] },
    checked,
  );
  expect(checked.issues.map((issue) => issue.message)).toEqual([
    "items[0].track_name must be a string (got 5)",
  ]);
});

test("a part that only describes the field leaves it to the base's schema", async () => {
  const result = await it.client.callOperation(it.operations.createNote!, {
    meta: { pinnedBy: "ada" },
  });
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)!.body).toEqual({ meta: { pinned_by: "ada" } });
});

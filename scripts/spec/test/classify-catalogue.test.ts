/**
 * spec:diff against the catalogue of spec changes (catalogue/cases.ts): each pair gets the level
 * an SDK user feels, or one of the others the case allows.
 */
import { stringify } from "yaml";
import { expect, test } from "vitest";
import { describe, highest } from "../diff/change.js";
import { specDiff } from "../diff/spec-diff.js";
import { cases } from "./catalogue/cases.js";

const text = (doc: unknown) =>
  typeof doc === "string" ? doc : stringify(doc, { aliasDuplicateObjects: false });

/** spec:diff's changes for one pair of specs of the catalogue. */
async function changesOf(c: (typeof cases)[number]) {
  const { changes } = await specDiff({
    root: "/nonexistent",
    oldText: text(c.old),
    newText: text(c.new),
    write: false,
  });
  return changes;
}
const byId = (id: string) => cases.find((c) => c.id === id)!;

test.each(cases.map((c) => [`${c.id} ${c.title}`, c] as const))("%s", async (_, c) => {
  const changes = await changesOf(c);
  const level = highest(changes) ?? "none";
  expect([c.expect, ...(c.alt ?? [])], `${c.why}\n${changes.map(describe).join("\n")}`).toContain(
    level,
  );
});

// The words, where the level alone said too little (probe35 F8: a key placed elsewhere was
// listed twice, and "sent another way" where the operation took no key any more).
test.each([
  ["O11", ["no longer sends the key: the operation takes none"]],
  [
    "O12",
    [
      "the key now goes in the header x-api-key (was Authorization: Bearer); the SDK places it itself",
    ],
  ],
])("%s: one line per operation, saying where the key goes", async (id, details) => {
  expect((await changesOf(byId(id))).map((change) => change.detail)).toEqual(details);
});

test("a model renamed with the same schema: the line names the new one (C10); one removed does not (C09)", async () => {
  const lines = async (id: string) =>
    (await changesOf(byId(id))).filter((change) => change.path === "models.Thing").map(describe);
  expect(await lines("C10")).toEqual([
    "The API spec: models.Thing Removed (Breaking): no longer exported (the spec has no schema of that name any more; now Widget, the same schema)",
  ]);
  expect(await lines("C09")).toEqual([
    "The API spec: models.Thing Removed (Breaking): no longer exported (the spec has no schema of that name any more)",
  ]);
});

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

test.each(cases.map((c) => [`${c.id} ${c.title}`, c] as const))("%s", async (_, c) => {
  const { changes } = await specDiff({
    root: "/nonexistent",
    oldText: text(c.old),
    newText: text(c.new),
    write: false,
  });
  const level = highest(changes) ?? "none";
  expect([c.expect, ...(c.alt ?? [])], `${c.why}\n${changes.map(describe).join("\n")}`).toContain(
    level,
  );
});

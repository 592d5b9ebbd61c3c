/**
 * Optional properties take `undefined` in the SDK's types, so that `n: options.n` compiles under
 * `exactOptionalPropertyTypes` (the runtime reads an `undefined` field as left out); `?: never`,
 * required members and those that take `undefined` already stay as they are.
 */
import { astToString } from "openapi-typescript";
import ts from "typescript";
import { expect, test } from "vitest";
import { optionalTakesUndefined } from "../transform/optional-undefined.js";

const widened = (source: string) =>
  astToString(
    optionalTakesUndefined([
      ...ts.createSourceFile("t.ts", source, ts.ScriptTarget.Latest).statements,
    ]),
  ).trim();

test.each([
  ["type A = { n?: number | null };", "n?: number | null | undefined;"],
  ["type A = { tags?: string[] };", "tags?: string[] | undefined;"],
  ["type A = { inner?: { deep?: boolean } };", "deep?: boolean | undefined;"],
  ["type A = { query?: never };", "query?: never;"],
  ["type A = { free?: unknown };", "free?: unknown;"],
  ["type A = { twice?: string | undefined };", "twice?: string | undefined;"],
  ["type A = { model: string };", "model: string;"],
])("%s", (source, member) => {
  expect(widened(source)).toContain(member);
});

test("the generated SDK types of the shipped spec say so", async () => {
  const { readFile } = await import("node:fs/promises");
  const types = await readFile(
    new URL("../../../packages/core/src/generated/sdk-types.ts", import.meta.url),
    "utf8",
  );
  expect(types).toMatch(/n\?: number \| null \| undefined;/);
  expect(types).toMatch(/query\?: never;/);
});

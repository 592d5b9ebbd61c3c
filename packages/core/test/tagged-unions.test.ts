/**
 * Unions told apart by a property each branch pins to values of its own (a `const` or `enum`),
 * with no discriminator: Langfuse's ingestion events, by `type`. A value no branch takes was
 * reported against the first branch with as few issues, so `{ type: "generation-create",
 * body: { model: 5 } }` got "type must be one of span-create", not the model's type; an unknown
 * type listed one branch's value only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SchemaNode } from "../src/generated/contract.js";
import { isFileInput } from "../src/files/file-input.js";
import type { validate as Validate } from "./helpers/check-only.js";
import { restoreFeatures, turnOnEveryFeature } from "./helpers/every-feature.js";

const sdk = { mode: "sdk" as const, isFile: isFileInput };

const event = (type: string, body: SchemaNode): SchemaNode => ({
  type: "object",
  properties: { type: { type: "string", enum: [type] }, body },
  required: ["type", "body"],
});
const spanCreate = event("span-create", {
  type: "object",
  properties: { name: { type: "string" } },
});
const generationCreate = event("generation-create", {
  type: "object",
  properties: { model: { type: "string" } },
});
const ingestion: SchemaNode = { oneOf: [() => spanCreate, () => generationCreate] };

let validate: typeof Validate;
beforeAll(async () => {
  turnOnEveryFeature();
  ({ validate } = await import("./helpers/check-only.js"));
});
afterAll(restoreFeatures);

describe("a union told apart by a pinned property", () => {
  const messages = (value: unknown) => validate(ingestion, value, sdk).map((i) => i.message);

  it("reports a mistake in the branch the value's tag names", () => {
    expect(messages({ type: "generation-create", body: { model: 5 } })).toEqual([
      "body.model must be a string (got 5)",
    ]);
  });

  it("lists every branch's tag for a tag none takes", () => {
    expect(messages({ type: "trace-create", body: {} })).toEqual([
      'type must be one of span-create, generation-create (got "trace-create")',
    ]);
  });

  it("still takes a value of either branch", () => {
    expect(messages({ type: "span-create", body: { name: "a" } })).toEqual([]);
    expect(messages({ type: "generation-create", body: { model: "m" } })).toEqual([]);
  });
});

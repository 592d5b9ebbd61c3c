/**
 * Answers whose union has no discriminator, only a tag enum in each branch (OpenAI's
 * `response_format: oneOf [{ type: text }, { type: json_schema, json_schema }]`). Answers are read
 * without enums, so the first branch whose required fields were there was picked, and the value
 * was renamed by it: `json_schema.strict_mode` came back in snake_case. The branch is now picked
 * by its values too; a value newer than the spec is still read, by the closest branch.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SchemaNode } from "../src/generated/contract.js";
import { isFileInput } from "../src/files/file-input.js";
import type { renameKeys as RenameKeys, validate as Validate } from "./helpers/check-only.js";
import { restoreFeatures, turnOnEveryFeature } from "./helpers/every-feature.js";

const wire = { mode: "wire" as const, isFile: isFileInput };

const format: SchemaNode = {
  oneOf: [
    {
      type: "object",
      properties: { type: { type: "string", enum: ["text"] } },
      required: ["type"],
    },
    {
      type: "object",
      properties: {
        type: { type: "string", enum: ["json_schema"] },
        json_schema: {
          type: "object",
          properties: { strict_mode: { type: "boolean" } },
          names: { strict_mode: "strictMode" },
        },
      },
      names: { json_schema: "jsonSchema" },
      required: ["type", "json_schema"],
    },
  ],
};

let renameKeys: typeof RenameKeys;
let validate: typeof Validate;
beforeAll(async () => {
  turnOnEveryFeature();
  ({ renameKeys, validate } = await import("./helpers/check-only.js"));
});
afterAll(restoreFeatures);

describe("a union read from an answer", () => {
  it("is renamed by the branch its tag's enum names, not the first whose fields are there", () => {
    expect(
      renameKeys(format, { type: "json_schema", json_schema: { strict_mode: true } }, wire),
    ).toEqual({ type: "json_schema", jsonSchema: { strictMode: true } });
    expect(renameKeys(format, { type: "text" }, wire)).toEqual({ type: "text" });
  });

  it("still reads a tag newer than the spec, by the closest branch, with no issue", () => {
    const newer = { type: "json_object" };
    expect(validate(format, newer, wire)).toEqual([]);
    expect(renameKeys(format, newer, wire)).toEqual({ type: "json_object" });
  });

  it("still does not refuse an answer for an enum value newer than the spec", () => {
    const status: SchemaNode = {
      type: "object",
      properties: { state: { type: "string", enum: ["queued", "done"] } },
      required: ["state"],
    };
    expect(validate(status, { state: "paused" }, wire)).toEqual([]);
  });
});

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

describe("a tag that a branch pins or leaves null (Anthropic's tools, probe68)", () => {
  // The custom tool's `type` is `anyOf: [null, const "custom"]`: it was not read as pinned, so a
  // mistyped tool type got that tool's rules ("inputSchema is required; type must be custom").
  const custom: SchemaNode = {
    type: "object",
    properties: {
      type: { anyOf: [{ type: "null" }, { type: "string", const: "custom" }] },
      name: { type: "string" },
      input_schema: { type: "object" },
    },
    required: ["name", "input_schema"],
    additionalProperties: false,
  };
  const tool = (type: string): SchemaNode => ({
    type: "object",
    properties: { type: { type: "string", const: type }, name: { type: "string" } },
    required: ["type", "name"],
    additionalProperties: false,
  });
  const tools: SchemaNode = {
    oneOf: [() => custom, () => tool("bash_20250124"), () => tool("web_search_20250305")],
  };
  const messages = (value: unknown) => validate(tools, value, sdk).map((i) => i.message);

  it("lists every tool type for one none takes", () => {
    expect(messages({ type: "bash_2099", name: "bash" })).toEqual([
      'type must be one of custom, bash_20250124, web_search_20250305 (got "bash_2099")',
    ]);
  });

  it("still takes each tool, the custom one with its type left out or null", () => {
    expect(messages({ type: "bash_20250124", name: "bash" })).toEqual([]);
    expect(messages({ name: "f", input_schema: {} })).toEqual([]);
    expect(messages({ type: null, name: "f", input_schema: {} })).toEqual([]);
  });

  it("tells a custom tool its own mistake", () => {
    expect(messages({ type: "custom", name: "f" })).toEqual(["input_schema is required"]);
  });
});

describe("a field one branch declares with values, another not at all (Ideogram, probe67)", () => {
  // `colorPalette: { name: "ember" }` was told "members is required; name is not a known
  // field", by the branch without `name`, not the preset names of the branch with it.
  const preset: SchemaNode = {
    type: "object",
    properties: { name: { type: "string", enum: ["EMBER", "FRESH", "JUNGLE"] } },
    required: ["name"],
  };
  const members: SchemaNode = {
    type: "object",
    properties: { members: { type: "array", items: { type: "string" } } },
    required: ["members"],
  };
  const palette: SchemaNode = { oneOf: [() => preset, () => members] };
  const messages = (value: unknown) => validate(palette, value, sdk).map((i) => i.message);

  it("reports the value against the branch that declares the field", () => {
    expect(messages({ name: "ember" })).toEqual([
      'name must be one of "EMBER", "FRESH", "JUNGLE" (got "ember")',
    ]);
  });

  it("still reports the other branch's mistakes by it", () => {
    expect(messages({ members: [1] })).toEqual(["members[0] must be a string (got 1)"]);
    expect(messages({ name: "EMBER" })).toEqual([]);
  });
});

describe("any string, or one of some names (Anthropic's model, probe68)", () => {
  // `anyOf: [{ type: string }, { const: "claude-opus-4-7" }, …]`: `model: null` was told it
  // must be "claude-opus-4-7", by a branch of values alone, which had no type to rule it out.
  const model: SchemaNode = {
    anyOf: [{ type: "string" }, { const: "claude-opus-4-7" }, { const: "claude-haiku-4-5" }],
  };
  const messages = (value: unknown) => validate(model, value, sdk).map((i) => i.message);

  it.each([null, 42, {}])("%j must be a string", (value) => {
    expect(messages(value)).toEqual([expect.stringMatching(/^request must be a string \(got /)]);
  });

  it("takes any string", () => {
    expect(messages("my-fine-tuned-model")).toEqual([]);
    expect(messages("claude-opus-4-7")).toEqual([]);
  });
});

describe("a right tag beside a field of another branch (probe69)", () => {
  // `{ type: "b", n: 1 }` was told `type must be one of a (got "b")`: the tag is right, `n` is
  // the mistake.
  const branch = (tag: string, field: string, type: "integer" | "string"): SchemaNode => ({
    type: "object",
    properties: { type: { type: "string", enum: [tag] }, [field]: { type } },
    required: ["type"],
    additionalProperties: false,
  });
  const union: SchemaNode = { oneOf: [branch("a", "n", "integer"), branch("b", "s", "string")] };
  const messages = (value: unknown) => validate(union, value, sdk).map((i) => i.message);

  it("tells of the field, not the tag", () => {
    expect(messages({ type: "b", n: 1 })).toEqual(["n is not a known field"]);
    expect(messages({ type: "a", s: "x" })).toEqual(["s is not a known field"]);
  });

  it("a tag none takes still lists them all", () => {
    expect(messages({ type: "c", n: 1 })).toEqual(['type must be one of a, b (got "c")']);
  });
});

describe("a type, or some values of another (probe69)", () => {
  // `anyOf: [{ type: string }, { const: 1 }, { const: 2 }]`: 3 was told "must be 1", by the
  // closest branch of values, and null "must be a string or an integer", though 1 and 2 are
  // the only integers taken.
  const messages = (schema: SchemaNode, value: unknown) =>
    validate(schema, value, sdk).map((i) => i.message);
  const textOrOneTwo: SchemaNode = { anyOf: [{ type: "string" }, { const: 1 }, { const: 2 }] };
  const autoNoneOrCount: SchemaNode = {
    anyOf: [{ const: "auto" }, { const: "none" }, { type: "integer", minimum: 1 }],
  };

  it("lists the type and the values for a value none takes", () => {
    expect(messages(textOrOneTwo, 3)).toEqual(["request must be a string, or one of 1, 2 (got 3)"]);
    expect(messages(textOrOneTwo, null)).toEqual([
      "request must be a string, or one of 1, 2 (got null)",
    ]);
    expect(messages(autoNoneOrCount, "x")).toEqual([
      'request must be an integer, or one of auto, none (got "x")',
    ]);
    expect(messages({ oneOf: [{ type: "boolean" }, { enum: ["auto"] }] }, 1)).toEqual([
      'request must be a boolean, or "auto" (got 1)',
    ]);
  });

  it("tells a value of the typed branch its rule, and the values beside", () => {
    expect(messages(autoNoneOrCount, 0)).toEqual(["request must be >= 1, or one of auto, none"]);
  });

  it("takes what any branch takes", () => {
    for (const value of ["x", 1, 2]) expect(messages(textOrOneTwo, value)).toEqual([]);
    for (const value of ["auto", "none", 5]) expect(messages(autoNoneOrCount, value)).toEqual([]);
  });
});

describe("a union beside a list, as a branch (Runway's promptImage, probe69)", () => {
  // `anyOf: [anyOf [https URL, runway URI], array of images]`: a bad image in the list was told
  // "must be a string (got an array of 1)", by the nested union, which has no type of its own.
  const promptImage: SchemaNode = {
    anyOf: [
      {
        anyOf: [
          { type: "string", pattern: "^https://" },
          { type: "string", pattern: "^runway://" },
        ],
      },
      {
        type: "array",
        minItems: 1,
        items: {
          type: "object",
          required: ["uri", "position"],
          properties: { uri: { type: "string" }, position: { const: "first" } },
        },
      },
    ],
  };
  const messages = (value: unknown) => validate(promptImage, value, sdk).map((i) => i.message);

  it("tells a bad item of the list its own rule", () => {
    expect(messages([{ uri: "https://a", position: "middle" }])).toEqual([
      '[0].position must be "first"',
    ]);
    expect(messages([{ position: "first" }])).toEqual(["[0].uri is required"]);
  });

  it("tells a text the nested union's rules, and takes what a branch takes", () => {
    expect(messages("ftp://a")).toEqual([expect.stringMatching(/^request must match/)]);
    expect(messages(null)).toEqual([
      expect.stringMatching(/^request must be a string or an array/),
    ]);
    expect(messages("https://a")).toEqual([]);
    expect(messages([{ uri: "https://a", position: "first" }])).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createImageEdit, createImageVariation } from "../src/generated/operations.js";
import type { SchemaNode } from "../src/generated/contract.js";
import { isFileInput } from "../src/files/file-input.js";
import { validate } from "./helpers/check-only.js";
import { restoreFeatures, turnOnEveryFeature } from "./helpers/every-feature.js";

const ctx = { mode: "sdk" as const, isFile: isFileInput };
const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])]);
const edit = (extra: Record<string, unknown>) => ({ model: "m", prompt: "p", ...extra });
const messages = (schema = createImageEdit.requestBody!.schema, value: unknown) =>
  validate(schema, value, ctx).map((i) => i.message);

// Every rule the spec puts on an edit request, broken once: [name, { given, want }].
const broken: Array<[string, { given: unknown; want: string }]> = [
  ["model is required", { given: { prompt: "p" }, want: "model is required" }],
  ["prompt is required", { given: { model: "m" }, want: "prompt is required" }],
  ["model must be a string", { given: edit({ model: 3 }), want: "model must be a string (got 3)" }],
  ["n minimum", { given: edit({ n: 0 }), want: "n must be >= 1" }],
  ["n maximum", { given: edit({ n: 11 }), want: "n must be <= 10" }],
  ["n type", { given: edit({ n: "2" }), want: 'n must be a number or null (got "2")' }],
  [
    "n not finite",
    { given: edit({ n: Number.NaN }), want: "n must be a number or null (got NaN)" },
  ],
  [
    "quality enum",
    {
      given: edit({ quality: "ultra" }),
      want: 'quality must be one of auto, high, medium, low, standard, null (got "ultra")',
    },
  ],
  [
    "responseFormat enum",
    {
      given: edit({ responseFormat: "png" }),
      want: 'responseFormat must be one of url, b64_json (got "png")',
    },
  ],
  [
    "fallbacks items need model",
    { given: edit({ fallbacks: [{}] }), want: "fallbacks[0].model is required" },
  ],
  [
    "retry.count minimum",
    { given: edit({ retry: { count: 0 } }), want: "retry.count must be >= 1" },
  ],
  [
    "retry.count maximum",
    { given: edit({ retry: { count: 6 } }), want: "retry.count must be <= 5" },
  ],
  [
    "retry.onCodes minItems",
    { given: edit({ retry: { onCodes: [] } }), want: "retry.onCodes: 0 items, at least 1" },
  ],
  [
    // A hole is an item, undefined (`map` skipped it, and JSON sent it as null).
    "a hole in a list of objects",
    // eslint-disable-next-line no-sparse-arrays
    {
      given: edit({ fallbacks: [{ model: "a" }, , { model: "b" }] }),
      want: "fallbacks[1] must be an object (got undefined)",
    },
  ],
  [
    "a hole in a list of numbers",
    // eslint-disable-next-line no-sparse-arrays
    {
      given: edit({ retry: { onCodes: [429, , 500] } }),
      want: "retry.onCodes[1] must be a number (got undefined)",
    },
  ],
  [
    "a hole in a list of images",
    // eslint-disable-next-line no-sparse-arrays
    { given: edit({ image: [png, , png] }), want: "image[1] must be a file (got undefined)" },
  ],
  [
    "a list of images that is all holes",
    { given: edit({ image: new Array(1) }), want: "image[0] must be a file (got undefined)" },
  ],
  [
    "retry.onCodes item maximum",
    { given: edit({ retry: { onCodes: [600] } }), want: "retry.onCodes[0] must be <= 599" },
  ],
  [
    "retry.onCodes item minimum",
    { given: edit({ retry: { onCodes: [99] } }), want: "retry.onCodes[0] must be >= 100" },
  ],
  ["cache.type required", { given: edit({ cache: { ttl: 5 } }), want: "cache.type is required" }],
  [
    "cache.ttl maximum",
    {
      given: edit({ cache: { type: "exact_match", ttl: 259201 } }),
      want: "cache.ttl must be <= 259200",
    },
  ],
  [
    "cache.ttl minimum",
    { given: edit({ cache: { type: "exact_match", ttl: 0 } }), want: "cache.ttl must be >= 1" },
  ],
  [
    "cache.type enum",
    {
      given: edit({ cache: { type: "fuzzy" } }),
      want: 'cache.type must be one of exact_match (got "fuzzy")',
    },
  ],
  [
    "loadBalancer.models required",
    {
      given: edit({ loadBalancer: { type: "weight_based" } }),
      want: "loadBalancer.models is required",
    },
  ],
  [
    "loadBalancer weight minimum",
    {
      given: edit({ loadBalancer: { type: "weight_based", models: [{ model: "a", weight: 0 }] } }),
      want: "loadBalancer.models[0].weight must be >= 0.001",
    },
  ],
  [
    "loadBalancer weight maximum",
    {
      given: edit({ loadBalancer: { type: "weight_based", models: [{ model: "a", weight: 2 }] } }),
      want: "loadBalancer.models[0].weight must be <= 1",
    },
  ],
  [
    "timeout.callTimeout required",
    { given: edit({ timeout: {} }), want: "timeout.callTimeout is required" },
  ],
  [
    "timeout.callTimeout minimum",
    { given: edit({ timeout: { callTimeout: 0 } }), want: "timeout.callTimeout must be >= 1" },
  ],
  [
    "orq.prompt.version enum",
    {
      given: edit({ orq: { prompt: { id: "x", version: "v2" } } }),
      want: 'orq.prompt.version must be one of latest (got "v2")',
    },
  ],
  [
    "orq.identity.id required",
    { given: edit({ orq: { identity: {} } }), want: "orq.identity.id is required" },
  ],
  [
    "orq.identity.email format",
    {
      given: edit({ orq: { identity: { id: "i", email: "nope" } } }),
      want: 'orq.identity.email must be a valid email (got "nope")',
    },
  ],
  [
    "orq.contact.id required",
    { given: edit({ orq: { contact: { email: "a@b.co" } } }), want: "orq.contact.id is required" },
  ],
  [
    "image: 17 files",
    { given: edit({ image: Array(17).fill(png) }), want: "image: 17 files, at most 16" },
  ],
  [
    "image not a file",
    { given: edit({ image: "cat.png" }), want: 'image must be a file or an array (got "cat.png")' },
  ],
  [
    "image array item not a file",
    { given: edit({ image: [png, 3] }), want: "image[1] must be a file (got 3)" },
  ],
  [
    "loadBalancer not an object",
    { given: edit({ loadBalancer: "x" }), want: 'loadBalancer must be an object (got "x")' },
  ],
  [
    "unknown field, wire name",
    {
      given: edit({ response_format: "url" }),
      want: "response_format is not a known field (did you mean responseFormat?)",
    },
  ],
  [
    "unknown nested field",
    {
      given: edit({ orq: { identity: { id: "i", display_name: "x" } } }),
      want: "orq.identity.display_name is not a known field (did you mean displayName?)",
    },
  ],
  [
    "unknown field, a plural for the singular",
    {
      given: edit({ images: [png] }),
      want: "images is not a known field (did you mean image?)",
    },
  ],
  [
    "a value not awaited, where a file goes",
    {
      given: edit({ image: Promise.resolve(png) }),
      want: "image is a Promise: missing await?",
    },
  ],
  [
    "a value not awaited, where a string goes",
    {
      given: edit({ prompt: Promise.resolve("p") }),
      want: "prompt must be a string (got a Promise: missing await?)",
    },
  ],
];

describe("request validation: every rule of the edit spec", () => {
  it.each(broken)("%s", (_, { given, want }) => {
    const found = messages(undefined, given);
    expect(
      found.some((m) => m.includes(want)),
      `got: ${found.join(" | ")}`,
    ).toBe(true);
  });

  it("accepts the seed example and free-form metadata keys", () => {
    const seed = edit({
      n: 2,
      quality: null,
      image: [png, png],
      orq: { identity: { id: "i", metadata: [{ cost_center: "x", "any key": 1 }] } },
      loadBalancer: { type: "weight_based", models: [{ model: "a", weight: 0.7 }] },
    });
    expect(messages(undefined, seed)).toEqual([]);
  });

  it("variation: size enum and one image only", () => {
    const schema = createImageVariation.requestBody!.schema;
    expect(messages(schema, { model: "m", size: "2048x2048" })[0]).toContain(
      "size must be one of 256x256, 512x512, 1024x1024",
    );
    expect(messages(schema, { model: "m", image: [png] })[0]).toContain("image must be a file");
    // A list says how long it is (a FileList of 2 where one image goes).
    expect(messages(schema, { model: "m", image: [png, png] })[0]).toBe(
      "image must be a file (got an array of 2)",
    );
  });

  it("responses are checked for types and required fields only", () => {
    const schema = createImageEdit.response!.schema!;
    const wire = { mode: "wire" as const, isFile: isFileInput };
    expect(validate(schema, { created: 1, data: [], extra_field: { a: 1 } }, wire)).toEqual([]);
    expect(validate(schema, { data: [] }, wire).map((i) => i.message)).toEqual([
      "created is required",
    ]);
    expect(validate(schema, { created: "1", data: [] }, wire)[0]?.message).toContain(
      "created must be a number",
    );
  });
});

// The shipped spec uses none of the rarer rules, so its generated `uses*` constants are false and
// the runtime skips them. Here every constant is true, as for a spec that uses them all.
describe("the rarer rules, with every uses* constant on", () => {
  let check: typeof validate;
  let rename: typeof import("./helpers/check-only.js").renameKeys;
  beforeAll(async () => {
    turnOnEveryFeature();
    ({ validate: check, renameKeys: rename } = await import("./helpers/check-only.js"));
  });
  afterAll(() => {
    restoreFeatures();
  });
  const issues = (schema: SchemaNode, value: unknown, mode: "sdk" | "wire" = "sdk") =>
    check(schema, value, { mode, isFile: isFileInput }).map((i) => i.message);

  const cat: SchemaNode = {
    type: "object",
    properties: {
      pet_type: { type: "string", const: "cat" },
      lives: { type: "integer", maximum: 9 },
    },
    names: { pet_type: "petType" },
    required: ["pet_type"],
  };
  const dog: SchemaNode = {
    type: "object",
    properties: { pet_type: { type: "string", enum: ["dog"] }, bark: { type: "boolean" } },
    names: { pet_type: "petType" },
    required: ["pet_type"],
  };
  const plainPet = (extra: string): SchemaNode => ({
    type: "object",
    properties: { pet_type: { type: "string" }, [extra]: { type: "boolean" } },
    names: { pet_type: "petType" },
    required: ["pet_type"],
  });
  const [plainCat, plainDog] = [plainPet("hunts"), plainPet("barks")];
  const optionalTag = (extra: string): SchemaNode => ({
    type: "object",
    properties: {
      pet_type: { type: "string", enum: [extra === "hunts" ? "cat" : "dog"] },
      [extra]: { type: "boolean" },
    },
    names: { pet_type: "petType" },
  });
  const pet: SchemaNode = {
    oneOf: [() => cat, () => dog],
    discriminator: { propertyName: "pet_type", mapping: { cat: () => cat } },
  };
  const nameUpTo = (maxLength: number): SchemaNode => ({
    type: "object",
    properties: { name: { type: "string", maxLength } },
    required: ["name"],
  });
  const named: SchemaNode = {
    type: "object",
    required: ["name"],
    allOf: [nameUpTo(10), nameUpTo(5)].map((part) => () => part),
  };
  const roleMessage = (role: string): SchemaNode => ({
    type: "object",
    properties: { role: { type: "string", enum: [role] }, content: { type: "string" } },
    required: ["role", "content"],
  });
  const [developerMessage, userMessage] = [roleMessage("developer"), roleMessage("user")];
  const anyRole: SchemaNode = {
    type: "object",
    properties: { role: { type: "string" }, content: { type: "string" } },
  };
  const message: SchemaNode = {
    oneOf: [() => developerMessage, () => userMessage],
    discriminator: {
      propertyName: "role",
      mapping: { DeveloperMessage: () => developerMessage, UserMessage: () => userMessage },
    },
  };
  const part: SchemaNode = {
    properties: { foo_bar: { type: "string" } },
    names: { foo_bar: "fooBar" },
    required: ["foo_bar"],
  };
  const counted: SchemaNode = { type: "object", minProperties: 1, maxProperties: 1 };
  const text: SchemaNode = { type: "string", minLength: 2, maxLength: 3 };
  const bounded: SchemaNode = { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 10 };

  it.each<[string, SchemaNode, unknown, string[]]>([
    ["const", { type: "string", const: "a" }, "b", ['request must be "a"']],
    ["exclusiveMinimum", bounded, 0, ["request must be > 0"]],
    ["exclusiveMaximum", bounded, 10, ["request must be < 10"]],
    ["multipleOf, as decimals", { type: "number", multipleOf: 0.1 }, 0.3, []],
    [
      "multipleOf",
      { type: "number", multipleOf: 0.1 },
      0.35,
      ["request must be a multiple of 0.1"],
    ],
    // 19.99 / 0.01 is 1998.9999999999998 in floating point; large amounts drift further.
    ...[19.99, 0.07, 4.35, 1234567.89, 111848.18, 1e21, -0.05, 0].map(
      (amount): [string, SchemaNode, unknown, string[]] => [
        `multipleOf 0.01, ${amount}`,
        { type: "number", multipleOf: 0.01 },
        amount,
        [],
      ],
    ),
    ["multipleOf 0.001, 8388.612", { type: "number", multipleOf: 0.001 }, 8388.612, []],
    ["multipleOf 2.5, 1e-7 steps", { type: "number", multipleOf: 2.5e-7 }, 7.5e-7, []],
    [
      "multipleOf 0.01, a tiny value is not",
      { type: "number", multipleOf: 0.01 },
      1e-12,
      ["request must be a multiple of 0.01"],
    ],
    [
      "multipleOf 1, a tiny fraction is not",
      { type: "number", multipleOf: 1 },
      1 + 1e-10,
      ["request must be a multiple of 1"],
    ],
    [
      "multipleOf 0.01, a large amount a cent off",
      { type: "number", multipleOf: 0.01 },
      1234567.891,
      ["request must be a multiple of 0.01"],
    ],
    ["minLength, in code points", text, "😀", ["request must be at least 2 characters"]],
    ["maxLength, in code points", text, "😀😀", []],
    ["maxLength", text, "abcd", ["request must be at most 3 characters"]],
    ["pattern", { type: "string", pattern: "^\\p{L}+$" }, "a1", ["request must match /^\\p{L}+$/"]],
    [
      "uniqueItems",
      { type: "array", uniqueItems: true },
      [1, 1],
      ["request must not contain duplicates"],
    ],
    [
      "minProperties, undefined not counted",
      counted,
      { a: undefined },
      ["request must have at least 1 properties"],
    ],
    ["maxProperties", counted, { a: 1, b: 2 }, ["request must have at most 1 properties"]],
    [
      "allOf: a part's required field, in SDK names",
      { type: "object", allOf: [part] },
      {},
      ["fooBar is required"],
    ],
    [
      "allOf: a part's rules",
      { type: "object", allOf: [{ minProperties: 2 }] },
      { a: 1 },
      ["request must have at least 2 properties"],
    ],
    [
      "anyOf: no branch fits",
      { anyOf: [{ type: "string" }, { type: "number" }] },
      true,
      ["request must be a string or a number (got true)"],
    ],
    [
      "anyOf: several branches may pass",
      { anyOf: [{ type: "number" }, { type: "integer" }] },
      1,
      [],
    ],
    [
      "oneOf: exactly one branch must take an object",
      {
        oneOf: [
          { type: "object", properties: { a: { type: "string" } } },
          { type: "object", properties: { b: { type: "string" } } },
        ],
      },
      {},
      ["request matches more than one of the allowed shapes; make it match exactly one"],
    ],
    [
      // Adyen's payment methods, by `type` without a discriminator (probe62): it said only that
      // several shapes fit.
      "oneOf: a property each shape pins, left out, is named with its values",
      {
        oneOf: [
          {
            type: "object",
            properties: { type: { enum: ["scheme"] }, number: { type: "string" } },
          },
          {
            type: "object",
            properties: { type: { const: "ideal" }, issuer: { type: "string" } },
          },
        ],
      },
      {},
      ["type is required to tell the allowed shapes apart: one of scheme, ideal"],
    ],
    ...[{}, { format: "json" }].map((more): [string, SchemaNode, unknown, string[]] => [
      // Groq's transcriptions (probe74): a file or a URL. Both given, it named the optional
      // `format` enum, pinned alike in both, as what would tell them apart.
      `oneOf: fields each shape requires apart, all given, are named (${JSON.stringify(more)})`,
      {
        type: "object",
        properties: {
          file: { type: "string" },
          url: { type: "string" },
          format: { enum: ["json", "text"] },
        },
        oneOf: [{ required: ["file"] }, { required: ["url"] }],
      },
      { file: "a.wav", url: "https://x/a.wav", ...more },
      ["request must give only one of file, url"],
    ]),
    ...(
      [
        // Neither given: it said "file is required", as if a URL would not do.
        [{ model: "m" }, ["request must give one of file, url"]],
        // Anything else wrong: the closest shape tells it, as before.
        [{}, ["model is required", "file is required"]],
        [{ model: "m", format: "srt" }, ['format must be one of json, text (got "srt")']],
      ] as const
    ).map(([given, issues]): [string, SchemaNode, unknown, string[]] => [
      `oneOf: fields each shape requires apart, none given (${JSON.stringify(given)})`,
      {
        type: "object",
        required: ["model"],
        properties: {
          model: { type: "string" },
          file: { type: "string" },
          url: { type: "string" },
          format: { enum: ["json", "text"] },
        },
        oneOf: [{ required: ["file"] }, { required: ["url"] }],
      },
      given,
      [...issues],
    ]),
    [
      // Groq's transcriptions again (probe74): a value every shape refuses was named, and then
      // the file beside it was walked as a free value: "file must be a JSON value (got a file)".
      "oneOf: a value every shape refuses is the one issue, a file beside it is no other",
      {
        type: "object",
        required: ["model"],
        properties: {
          model: { type: "string" },
          file: { type: "file" },
          url: { type: "string" },
          format: { enum: ["json", "text"] },
        },
        oneOf: [{ required: ["file"] }, { required: ["url"] }],
      },
      { model: "m", file: png, format: "srt" },
      ['format must be one of json, text (got "srt")'],
    ],
    [
      // Replicate's uploads (probe78): `{ content, fileName }` was taken for a named file, and
      // the typo for `filename` was told "request must be an object (got a file)".
      "an object with a content asked for: a value shaped as a named file is that object",
      {
        type: "object",
        properties: { content: { type: "file" }, filename: { type: "string" } },
      },
      { content: png, fileName: "a.png" },
      ["fileName is not a known field (did you mean filename?)"],
    ],
    [
      "so is one whose fields those are (`file_name` beside `content`)",
      {
        type: "object",
        properties: { content: { type: "file" }, file_name: { type: "string" } },
        names: { file_name: "fileName" },
      },
      { content: png, fileName: "a.png" },
      [],
    ],
    [
      // PeerTube's video ids: an integer, a UUID (a string with a pattern) or a short id.
      "oneOf: a plain value several branches take goes (no branch changes it)",
      {
        oneOf: [
          { type: "integer" },
          { type: "string", pattern: "^[\\da-f-]{36}$" },
          { type: "string" },
        ],
      },
      "9c9de5e8-0a1e-484a-b099-e80766180a6d",
      [],
    ],
    [
      "oneOf: so does a list several branches take (an empty one)",
      {
        oneOf: [
          { type: "array", items: { type: "string" } },
          { type: "array", items: { type: "integer" } },
        ],
      },
      [],
      [],
    ],
    [
      "discriminator: the mapping picks the branch",
      pet,
      { petType: "cat", lives: 10 },
      ["lives must be <= 9"],
    ],
    [
      "discriminator: the tag's enum picks the branch",
      pet,
      { petType: "dog", bark: 1 },
      ["bark must be a boolean (got 1)"],
    ],
    // A property two allOf parts declare meets both declarations, and a rule both parts give
    // (or a name both require) is said once.
    [
      "allOf: a later part's narrower rule",
      named,
      { name: "1234567" },
      ["name must be at most 5 characters"],
    ],
    ["allOf: a name both parts require, once", named, {}, ["name is required"]],
    ["allOf: a rule both parts give, once", named, { name: 5 }, ["name must be a string (got 5)"]],
    // Not the first branch's rule (`petType must be "cat"`), but every tag the union takes.
    [
      "discriminator: an unknown tag",
      pet,
      { petType: "eel" },
      ['petType must be one of cat, dog (got "eel")'],
    ],
    // OpenAI's messages: tags are roles, the implicit mapping has component names only.
    [
      "discriminator: an unknown tag, implicit mapping by component names",
      message,
      { role: "bot", content: "hi" },
      ['role must be one of developer, user (got "bot")'],
    ],
    // OpenAPI's Pet example with a mapping: the tag is a plain string in each branch, so every
    // branch passes as JSON Schema reads it; the mapping alone says which tags there are.
    [
      "discriminator: a tag the mapping does not name, branches that take any string",
      {
        oneOf: [() => plainCat, () => plainDog],
        discriminator: {
          propertyName: "pet_type",
          mapping: { cat: () => plainCat, dog: () => plainDog },
        },
      },
      { petType: "cow" },
      ['petType must be one of cat, dog (got "cow")'],
    ],
    // A spec whose branches make the tag optional (against § 4.8.25): a value only one branch
    // takes still goes, tag or not.
    [
      "discriminator: an optional tag left out, one branch takes the value",
      {
        oneOf: [() => optionalTag("hunts"), () => optionalTag("barks")],
        discriminator: { propertyName: "pet_type", mapping: {} },
      },
      { hunts: true },
      [],
    ],
    [
      "discriminator: a branch that takes any tag leaves the branches' own messages",
      { ...message, oneOf: [...message.oneOf!, () => anyRole] },
      { role: "bot", content: 1 },
      ["content must be a string (got 1)"],
    ],
  ])("%s", (_, schema, value, want) => {
    expect(issues(schema, value)).toEqual(want);
  });

  it("renames through allOf parts and discriminated unions, both ways", () => {
    const sdk = { mode: "sdk" as const, isFile: isFileInput };
    const wire = { mode: "wire" as const, isFile: isFileInput };
    const object: SchemaNode = { type: "object", allOf: [part] };
    expect(issues(object, { fooBar: "x" })).toEqual([]);
    expect(rename(object, { fooBar: "x" }, sdk)).toEqual({ foo_bar: "x" });
    expect(rename(object, { foo_bar: "x" }, wire)).toEqual({ fooBar: "x" });
    expect(issues(pet, { petType: "dog", bark: true })).toEqual([]);
    expect(rename(pet, { petType: "dog", bark: true }, sdk)).toEqual({
      pet_type: "dog",
      bark: true,
    });
    expect(rename(pet, { pet_type: "cat", lives: 3 }, wire)).toEqual({ petType: "cat", lives: 3 });
  });

  // The whole orq spec's CreateSkillRequest and CreateNotifierRequest: properties, and a union
  // that only adds requirements on them. The union's branch used to replace the object's own
  // pass, so SDK names went out on the wire (`displayName`) and the branch's required wire names
  // were looked up as they are (`project_id` where the caller wrote `projectId`).
  const skill: SchemaNode = {
    type: "object",
    properties: {
      display_name: { type: "string" },
      path: { type: "string" },
      project_id: { type: "string" },
    },
    names: { display_name: "displayName", project_id: "projectId" },
    required: ["display_name"],
    anyOf: [{ required: ["path"] }, { required: ["project_id"] }],
  };
  const notifier: SchemaNode = {
    type: "object",
    properties: {
      display_name: { type: "string" },
      type: { type: "string", enum: ["EMAIL", "WEBHOOK"] },
      emails: { type: "array", items: { type: "string" } },
      webhook_url: { type: "string" },
    },
    names: { display_name: "displayName", webhook_url: "webhookUrl" },
    required: ["display_name", "type"],
    oneOf: [
      { type: "object", properties: { type: { enum: ["EMAIL"] } }, required: ["type", "emails"] },
      {
        type: "object",
        properties: { type: { enum: ["WEBHOOK"] }, webhook_url: { type: "string" } },
        names: { webhook_url: "webhookUrl" },
        required: ["type", "webhook_url"],
      },
    ],
  };

  it("a union beside properties: the object is checked and renamed whole, by the branch", () => {
    const sdk = { mode: "sdk" as const, isFile: isFileInput };
    const wire = { mode: "wire" as const, isFile: isFileInput };
    expect(rename(skill, { displayName: "a", projectId: "p" }, sdk)).toEqual({
      display_name: "a",
      project_id: "p",
    });
    expect(rename(skill, { display_name: "a", path: "x" }, wire)).toEqual({
      displayName: "a",
      path: "x",
    });
    expect(issues(skill, { displayName: "a", projectId: "p" })).toEqual([]);
    // Neither of the fields the branches require apart: both are named (probe74).
    expect(issues(skill, { displayName: "a" })).toEqual([
      "request must give one of path, projectId",
    ]);
    // No branch passes: the first one tells what is missing, the object's rules included.
    expect(issues(skill, {})).toEqual(["displayName is required", "path is required"]);
    expect(issues(skill, { displayName: "a", path: "x", typo: 1 })).toEqual([
      "typo is not a known field",
    ]);

    expect(rename(notifier, { displayName: "n", type: "WEBHOOK", webhookUrl: "u" }, sdk)).toEqual({
      display_name: "n",
      type: "WEBHOOK",
      webhook_url: "u",
    });
    // No branch passes: the one the value comes closest to tells what is missing.
    expect(issues(notifier, { displayName: "n", type: "WEBHOOK" })).toEqual([
      "webhookUrl is required",
    ]);
    expect(issues(notifier, { displayName: "n", type: "EMAIL", emails: ["a@b.c"] })).toEqual([]);
    // A type no branch takes: the message lists what each branch takes there.
    expect(issues(notifier, { displayName: "n", type: "SMS" })).toEqual([
      'type must be one of EMAIL, WEBHOOK (got "SMS")',
    ]);
  });
});

describe("a ValidationError's message", () => {
  it("says a message once however many times it was found (probe40 F10: OpenAI's chat completions said `temperature must be <= 2` twice), and counts the rest", async () => {
    const { ValidationError } = await import("../src/errors/validation-error.js");
    const twice = { path: "temperature", message: "temperature must be <= 2" };
    const error = new ValidationError("chat.completions.create()", [twice, { ...twice }]);
    expect(error.message).toBe(
      "chat.completions.create(): invalid input: temperature must be <= 2",
    );
    expect(error.issues).toHaveLength(2);
    const many = Array.from({ length: 12 }, (_, i) => ({ path: `a${i}`, message: `a${i} bad` }));
    expect(new ValidationError("op()", [...many, many[0]!]).message).toMatch(/a9 bad; and 2 more$/);
  });
});

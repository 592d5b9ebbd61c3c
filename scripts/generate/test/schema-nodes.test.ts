import { describe, expect, test } from "vitest";
import type { Document, Json, JsonObject } from "../document.js";
import { SchemaNodeEmitter, isBinary } from "../transform/schema-nodes.js";

/** A document holding only these component schemas. */
function doc(schemas: JsonObject = {}, openapi = "3.1.0"): Document {
  return { openapi, info: { title: "t", version: "1" }, paths: {}, components: { schemas } };
}

describe("SchemaNodeEmitter.node", () => {
  const tests: [
    string,
    { given: Json; components?: JsonObject; want: string; wantComponents?: Record<string, string> },
  ][] = [
    ["boolean schema true", { given: true, want: "{}" }],
    ["boolean schema false", { given: false, want: "{ enum: [] }" }],
    [
      "documentation is dropped",
      {
        given: { type: "string", description: "d", example: "e", title: "t" },
        want: `{ type: "string" }`,
      },
    ],
    [
      "3.1 type list",
      { given: { type: ["string", "null"] }, want: `{ type: ["string", "null"] }` },
    ],
    [
      "3.0 nullable adds null",
      { given: { type: "string", nullable: true }, want: `{ type: ["string", "null"] }` },
    ],
    [
      "3.0 nullable enum admits null",
      {
        given: { type: "string", enum: ["a", "b"], nullable: true },
        want: `{ type: ["string", "null"], enum: ["a","b",null] }`,
      },
    ],
    [
      "3.0 nullable without type: this, or null",
      {
        given: { nullable: true, allOf: [{ $ref: "#/components/schemas/A" }] },
        components: { A: { type: "object" } },
        want: `{ anyOf: [{ allOf: [() => ASchema] }, { type: "null" }] }`,
        wantComponents: { ASchema: `{ type: "object" }` },
      },
    ],
    [
      "3.0 exclusiveMinimum: true",
      {
        given: { type: "number", minimum: 0, exclusiveMinimum: true },
        want: `{ type: "number", exclusiveMinimum: 0 }`,
      },
    ],
    [
      "3.0 exclusiveMaximum: true",
      {
        given: { type: "number", maximum: 1, exclusiveMaximum: true },
        want: `{ type: "number", exclusiveMaximum: 1 }`,
      },
    ],
    [
      "3.0 exclusiveMinimum: false",
      {
        given: { type: "number", minimum: 0, exclusiveMinimum: false },
        want: `{ type: "number", minimum: 0 }`,
      },
    ],
    [
      "3.1 numeric exclusiveMinimum",
      {
        given: { type: "number", exclusiveMinimum: 0 },
        want: `{ type: "number", exclusiveMinimum: 0 }`,
      },
    ],
    [
      "checked keywords are copied",
      {
        given: {
          type: "string",
          minLength: 1,
          maxLength: 9,
          pattern: "^a",
          format: "email",
          default: "x",
        },
        want: `{ type: "string", minLength: 1, maxLength: 9, pattern: "^a", format: "email" }`,
      },
    ],
    [
      "format: binary is a file",
      { given: { type: "string", format: "binary", maxLength: 9 }, want: `{ type: "file" }` },
    ],
    [
      "nullable binary",
      { given: { type: ["string", "null"], format: "binary" }, want: `{ type: ["file","null"] }` },
    ],
    [
      "x-max-bytes",
      {
        given: { type: "string", format: "binary", "x-max-bytes": 1024 },
        want: `{ type: "file", maxBytes: 1024 }`,
      },
    ],
    [
      "3.1 contentMediaType is a file",
      { given: { type: "string", contentMediaType: "image/png" }, want: `{ type: "file" }` },
    ],
    [
      "textual contentMediaType is a string",
      { given: { type: "string", contentMediaType: "text/plain" }, want: `{ type: "string" }` },
    ],
    [
      "encoded contentMediaType is a string",
      {
        given: { type: "string", contentMediaType: "image/png", contentEncoding: "base64" },
        want: `{ type: "string" }`,
      },
    ],
    [
      "array of files",
      {
        given: { type: "array", items: { type: "string", format: "binary" } },
        want: `{ type: "array", items: { type: "file" } }`,
      },
    ],
    [
      "properties: renamed ones get names, others keep theirs",
      {
        given: {
          type: "object",
          required: ["display_name"],
          properties: { id: { type: "string" }, display_name: { type: "string" } },
        },
        want: `{ type: "object", properties: { id: { type: "string" }, display_name: { type: "string" } }, names: { display_name: "displayName" }, required: ["display_name"] }`,
      },
    ],
    [
      "properties that collide after camelCase are not renamed",
      {
        given: { type: "object", properties: { _id: { type: "string" }, id: { type: "string" } } },
        want: `{ type: "object", properties: { _id: { type: "string" }, id: { type: "string" } } }`,
      },
    ],
    [
      "keys that are not identifiers are quoted",
      {
        given: {
          type: "object",
          properties: {
            "x-rate-limit": { type: "integer" },
            "123abc": { type: "string" },
            $ref: { type: "string" },
          },
        },
        want: `{ type: "object", properties: { "x-rate-limit": { type: "integer" }, "123abc": { type: "string" }, $ref: { type: "string" } }, names: { "x-rate-limit": "xRateLimit" } }`,
      },
    ],
    [
      "__proto__ is a computed key, inherited names are as const",
      {
        given: {
          type: "object",
          properties: { ["__proto__"]: { type: "string" }, constructor: { type: "string" } },
        },
        want: `{ type: "object", properties: { ["__proto__"]: { type: "string" } as const, constructor: { type: "string" } as const } }`,
      },
    ],
    [
      "additionalProperties: false",
      {
        given: { type: "object", additionalProperties: false },
        want: `{ type: "object", additionalProperties: false }`,
      },
    ],
    [
      "additionalProperties map",
      {
        given: { type: "object", additionalProperties: { type: "integer" } },
        want: `{ type: "object", additionalProperties: { type: "integer" } }`,
      },
    ],
    [
      "$ref is a thunk to the component's constant",
      {
        given: { $ref: "#/components/schemas/Pet", description: "ignored sibling" },
        components: { Pet: { type: "object", properties: { pet_name: { type: "string" } } } },
        want: `() => PetSchema`,
        wantComponents: {
          PetSchema: `{ type: "object", properties: { pet_name: { type: "string" } }, names: { pet_name: "petName" } }`,
        },
      },
    ],
    [
      "self recursion",
      {
        given: { $ref: "#/components/schemas/Node" },
        components: {
          Node: { type: "object", properties: { next: { $ref: "#/components/schemas/Node" } } },
        },
        want: `() => NodeSchema`,
        wantComponents: {
          NodeSchema: `{ type: "object", properties: { next: () => NodeSchema } }`,
        },
      },
    ],
    [
      "mutual recursion",
      {
        given: { $ref: "#/components/schemas/A" },
        components: {
          A: { type: "object", properties: { b: { $ref: "#/components/schemas/B" } } },
          B: { type: "array", items: { $ref: "#/components/schemas/A" } },
        },
        want: `() => ASchema`,
        wantComponents: {
          ASchema: `{ type: "object", properties: { b: () => BSchema } }`,
          BSchema: `{ type: "array", items: () => ASchema }`,
        },
      },
    ],
    [
      "non-identifier component names",
      {
        given: { $ref: "#/components/schemas/my-thing.v2" },
        components: { "my-thing.v2": { type: "string" } },
        want: `() => MyThingV2Schema`,
        wantComponents: { MyThingV2Schema: `{ type: "string" }` },
      },
    ],
    [
      "compositions",
      {
        given: {
          allOf: [{ type: "object" }],
          oneOf: [{ type: "string" }, { type: "integer" }],
          anyOf: [{ const: 1 }],
        },
        want: `{ oneOf: [{ type: "string" }, { type: "integer" }], anyOf: [{ const: 1 }], allOf: [{ type: "object" }] }`,
      },
    ],
    [
      "discriminator mapping: $ref and bare name become thunks",
      {
        given: {
          oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
          discriminator: {
            propertyName: "pet_type",
            mapping: { cat: "#/components/schemas/Cat", dog: "Dog" },
          },
        },
        components: { Cat: { type: "object" }, Dog: { type: "object" } },
        want: `{ oneOf: [() => CatSchema, () => DogSchema], discriminator: { propertyName: "pet_type", mapping: { cat: () => CatSchema, dog: () => DogSchema } } }`,
        wantComponents: { CatSchema: `{ type: "object" }`, DogSchema: `{ type: "object" }` },
      },
    ],
    [
      "discriminator without mapping: implicit, by component name",
      {
        given: {
          anyOf: [{ $ref: "#/components/schemas/Circle" }, { type: "object" }],
          discriminator: { propertyName: "kind" },
        },
        components: { Circle: { type: "object" } },
        want: `{ anyOf: [() => CircleSchema, { type: "object" }], discriminator: { propertyName: "kind", mapping: { Circle: () => CircleSchema } } }`,
        wantComponents: { CircleSchema: `{ type: "object" }` },
      },
    ],
    [
      "explicit mapping wins over the implicit one",
      {
        given: {
          oneOf: [{ $ref: "#/components/schemas/Circle" }, { $ref: "#/components/schemas/Square" }],
          discriminator: {
            propertyName: "kind",
            mapping: { round: "#/components/schemas/Circle" },
          },
        },
        components: { Circle: { type: "object" }, Square: { type: "object" } },
        want: `{ oneOf: [() => CircleSchema, () => SquareSchema], discriminator: { propertyName: "kind", mapping: { round: () => CircleSchema, Square: () => SquareSchema } } }`,
        wantComponents: { CircleSchema: `{ type: "object" }`, SquareSchema: `{ type: "object" }` },
      },
    ],
  ];

  for (const [name, { given, components, want, wantComponents }] of tests) {
    test(name, () => {
      const emitter = new SchemaNodeEmitter(doc(components));
      // Spacing differs between JSON.stringify'd parts and the rest: compare without it.
      const squash = (code: string) => code.replace(/\s+/g, "");
      expect(squash(emitter.node(given))).toBe(squash(want));
      const emitted = Object.fromEntries(
        [...emitter.components.values()].map((c) => [c.ident, squash(c.code)]),
      );
      expect(emitted).toEqual(
        Object.fromEntries(Object.entries(wantComponents ?? {}).map(([k, v]) => [k, squash(v)])),
      );
    });
  }

  test("component constants avoid the names they are told are taken", () => {
    const emitter = new SchemaNodeEmitter(doc({ Pet: { type: "object" } }), ["PetSchema"]);
    expect(emitter.node({ $ref: "#/components/schemas/Pet" })).toBe("() => PetSchema2");
  });

  test("a $ref to a missing component is an error", () => {
    expect(() => new SchemaNodeEmitter(doc()).node({ $ref: "#/components/schemas/Nope" })).toThrow(
      /does not resolve/,
    );
  });

  test("multipart body: a file field's rules go on an inlined copy of the component", () => {
    const emitter = new SchemaNodeEmitter(
      doc({
        Upload: { type: "object", properties: { image: { $ref: "#/components/schemas/Image" } } },
        Image: { type: "string", format: "binary" },
      }),
    );
    const code = emitter.multipartBody(
      { $ref: "#/components/schemas/Upload" },
      { image: { mediaTypes: ["image/png"] } },
    );
    expect(code.replace(/\s+/g, "")).toBe(
      `{type:"object",properties:{image:{type:"file",mediaTypes:["image/png"]}}}`,
    );
    expect([...emitter.components.keys()]).toEqual([]);
  });
});

describe("isBinary", () => {
  const tests: [string, { given: JsonObject; want: boolean }][] = [
    ["format: binary", { given: { type: "string", format: "binary" }, want: true }],
    ["format: binary without type", { given: { format: "binary" }, want: true }],
    ["format: byte is base64 text", { given: { type: "string", format: "byte" }, want: false }],
    ["contentMediaType", { given: { type: "string", contentMediaType: "audio/mpeg" }, want: true }],
    [
      "JSON contentMediaType",
      { given: { type: "string", contentMediaType: "application/vnd.api+json" }, want: false },
    ],
    ["not a string", { given: { type: "integer", format: "binary" }, want: false }],
  ];
  for (const [name, { given, want }] of tests) test(name, () => expect(isBinary(given)).toBe(want));
});

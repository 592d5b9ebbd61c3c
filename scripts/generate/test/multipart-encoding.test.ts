import { describe, expect, test } from "vitest";
import type { Document, Json, JsonObject } from "../document.js";
import { multipartEncoding, objectProperties } from "../transform/multipart-encoding.js";

const doc: Document = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {},
  components: {
    schemas: {
      Image: { type: "string", format: "binary" },
      Pdf: { type: "string", contentMediaType: "application/pdf" },
      Settings: { type: "object", properties: { size: { type: "string" } } },
      Base: { type: "object", properties: { model: { type: "string" } } },
    },
  },
};

describe("multipartEncoding", () => {
  const tests: [
    string,
    {
      given: { schema: Json; encoding?: JsonObject };
      want: Omit<ReturnType<typeof multipartEncoding>, "fileOrValue" | "emptyLists"> & {
        fileOrValue?: string[];
        emptyLists?: string[];
      };
    },
  ][] = [
    [
      "binary field",
      {
        given: {
          schema: { type: "object", properties: { file: { type: "string", format: "binary" } } },
        },
        want: { fields: { file: "file" }, files: {} },
      },
    ],
    [
      "3.1 contentMediaType field",
      {
        given: {
          schema: {
            type: "object",
            properties: { audio: { type: "string", contentMediaType: "audio/wav" } },
          },
        },
        // (Its media type is the file's rule, as the encoding's `contentType` would be.)
        want: { fields: { audio: "file" }, files: { audio: { mediaTypes: ["audio/wav"] } } },
      },
    ],
    [
      "array of binaries: one file part each",
      {
        given: {
          schema: {
            type: "object",
            properties: {
              images: { type: "array", items: { $ref: "#/components/schemas/Image" } },
            },
          },
        },
        want: { fields: { images: "file" }, files: {}, emptyLists: ["images"] },
      },
    ],
    [
      "a file or an array of files",
      {
        given: {
          schema: {
            type: "object",
            properties: {
              image: {
                oneOf: [
                  { type: "string", format: "binary" },
                  { type: "array", items: { type: "string", format: "binary" } },
                ],
              },
            },
          },
        },
        want: { fields: { image: "file" }, files: {}, emptyLists: ["image"] },
      },
    ],
    [
      "scalars are text parts",
      {
        given: {
          schema: {
            type: "object",
            properties: {
              n: { type: "integer" },
              prompt: { type: "string" },
              stream: { type: "boolean" },
            },
          },
        },
        want: { fields: { n: "text", prompt: "text", stream: "text" }, files: {} },
      },
    ],
    [
      "objects, unions and arrays of objects are one JSON part",
      {
        given: {
          schema: {
            type: "object",
            properties: {
              settings: { $ref: "#/components/schemas/Settings" },
              choice: {
                anyOf: [{ $ref: "#/components/schemas/Settings" }, { type: "array", items: {} }],
              },
              fallbacks: { type: "array", items: { type: "object" } },
            },
          },
        },
        want: { fields: { settings: "json", choice: "json", fallbacks: "json" }, files: {} },
      },
    ],
    [
      // OpenAI's `model: anyOf: [string, enum]`: as JSON it went out in quotes ("whisper-1").
      "unions of plain values are text, like the values",
      {
        given: {
          schema: {
            type: "object",
            properties: {
              model: { anyOf: [{ type: "string" }, { type: "string", enum: ["whisper-1"] }] },
              fidelity: { anyOf: [{ enum: ["high", "low"] }, { type: "null" }] },
              count: { oneOf: [{ type: "integer" }, { type: "string", pattern: "^\\d+$" }] },
              shape: { anyOf: [{ enum: ["a", { b: 1 }] }] },
            },
          },
        },
        want: {
          fields: { model: "text", fidelity: "text", count: "text", shape: "json" },
          files: {},
        },
      },
    ],
    [
      // OpenAI's `chunking_strategy: anyOf: [anyOf: ["auto", VadConfig], null]`: "auto" must go
      // as text, a VadConfig as JSON. The runtime does so by the value for a field it is not told
      // about, so the generator leaves the table without it.
      "a union of plain values and objects goes by the value",
      {
        given: {
          schema: {
            type: "object",
            properties: {
              chunking: {
                anyOf: [
                  {
                    anyOf: [
                      { type: "string", enum: ["auto"] },
                      { $ref: "#/components/schemas/Settings" },
                    ],
                  },
                  { type: "null" },
                ],
              },
            },
          },
        },
        want: { fields: { chunking: "value" }, files: {} },
      },
    ],
    [
      // OpenAI's `video: oneOf: [{ id }, binary]`: a file field that may hold something else.
      "a file or something else is a file field, listed as such",
      {
        given: {
          schema: {
            type: "object",
            properties: {
              video: {
                oneOf: [
                  { type: "object", properties: { id: { type: "string" } } },
                  { type: "string", format: "binary" },
                ],
              },
              images: {
                oneOf: [
                  { $ref: "#/components/schemas/Image" },
                  { type: "array", items: { $ref: "#/components/schemas/Image" } },
                ],
              },
            },
          },
        },
        want: {
          fields: { video: "file", images: "file" },
          files: {},
          fileOrValue: ["video"],
          emptyLists: ["images"],
        },
      },
    ],
    [
      // Together's `timestamp_granularities: oneOf: [enum, enum[]]`: a list goes as a plain list
      // of scalars does, one text part per item, not as one JSON part.
      "a scalar or a list of scalars: one text part each",
      {
        given: {
          schema: {
            type: "object",
            properties: {
              granularities: {
                oneOf: [
                  { type: "string", enum: ["word", "segment"] },
                  { type: "array", items: { type: "string", enum: ["word", "segment"] } },
                ],
              },
              ids: {
                anyOf: [
                  { anyOf: [{ type: "integer" }, { type: "null" }] },
                  { type: ["array", "null"], minItems: 1, items: { type: "integer" } },
                ],
              },
              untyped: { oneOf: [{ type: "string" }, { type: "array" }] },
              nested: {
                oneOf: [
                  { type: "string" },
                  { type: "array", items: { type: "array", items: { type: "string" } } },
                ],
              },
            },
          },
        },
        want: {
          fields: { granularities: "text", ids: "text", untyped: "value", nested: "value" },
          files: {},
          emptyLists: ["granularities"],
        },
      },
    ],
    [
      "array of scalars: one text part each",
      {
        given: {
          schema: {
            type: "object",
            properties: { tags: { type: "array", items: { type: "string" } } },
          },
        },
        want: { fields: { tags: "text" }, files: {}, emptyLists: ["tags"] },
      },
    ],
    [
      "lists that may not be empty, and one sent as a JSON part, are no empty lists",
      {
        given: {
          schema: {
            type: "object",
            properties: {
              images: {
                oneOf: [
                  { $ref: "#/components/schemas/Image" },
                  { type: "array", minItems: 1, items: { $ref: "#/components/schemas/Image" } },
                ],
              },
              scans: {
                type: "array",
                items: { $ref: "#/components/schemas/Image" },
                allOf: [{ minItems: 2 }],
              },
              settings: { type: "array", items: { $ref: "#/components/schemas/Settings" } },
              labels: {
                anyOf: [{ type: "string" }, { type: "array", items: { type: "object" } }],
              },
            },
          },
        },
        want: {
          fields: { images: "file", scans: "file", settings: "json", labels: "value" },
          files: {},
        },
      },
    ],
    [
      "3.1 contentMediaType of items and branches; a file of any type lifts the rule",
      {
        given: {
          schema: {
            type: "object",
            properties: {
              scans: {
                type: "array",
                items: { type: "string", contentMediaType: "application/pdf" },
              },
              picture: {
                oneOf: [
                  { type: "string", contentMediaType: "image/png" },
                  { type: "string", contentMediaType: "image/jpeg" },
                ],
              },
              attachment: {
                anyOf: [
                  { type: "string", contentMediaType: "image/png" },
                  { type: "string", format: "binary" },
                ],
              },
              report: { allOf: [{ $ref: "#/components/schemas/Pdf" }] },
            },
          },
          encoding: { picture: { contentType: "image/webp" } },
        },
        want: {
          fields: { scans: "file", picture: "file", attachment: "file", report: "file" },
          files: {
            scans: { mediaTypes: ["application/pdf"] },
            picture: { mediaTypes: ["image/webp"] },
            report: { mediaTypes: ["application/pdf"] },
          },
          emptyLists: ["scans"],
        },
      },
    ],
    [
      "encoding contentType gives a file field its media types",
      {
        given: {
          schema: { type: "object", properties: { image: { type: "string", format: "binary" } } },
          encoding: { image: { contentType: "image/png, image/jpeg" } },
        },
        want: {
          fields: { image: "file" },
          files: { image: { mediaTypes: ["image/png", "image/jpeg"] } },
        },
      },
    ],
    [
      "octet-stream is no rule at all",
      {
        given: {
          schema: { type: "object", properties: { blob: { type: "string", format: "binary" } } },
          encoding: { blob: { contentType: "application/octet-stream" } },
        },
        want: { fields: { blob: "file" }, files: {} },
      },
    ],
    [
      "encoding contentType JSON makes a string field a JSON part",
      {
        given: {
          schema: { type: "object", properties: { meta: { type: "string" } } },
          encoding: { meta: { contentType: "application/json" } },
        },
        want: { fields: { meta: "json" }, files: {} },
      },
    ],
    [
      "properties come through $ref and allOf",
      {
        given: {
          schema: {
            allOf: [
              { $ref: "#/components/schemas/Base" },
              { type: "object", properties: { file: { $ref: "#/components/schemas/Image" } } },
            ],
          },
        },
        want: { fields: { model: "text", file: "file" }, files: {} },
      },
    ],
    [
      "and from the then, else and dependent schemas that may apply (the object's own win)",
      {
        given: {
          schema: {
            type: "object",
            properties: { kind: { type: "string" }, model: { type: "string" } },
            if: { properties: { kind: { const: "scan" } } },
            then: { properties: { scan: { $ref: "#/components/schemas/Image" } } },
            else: { properties: { model: { minLength: 2 } } },
            dependentSchemas: {
              model: { properties: { settings: { $ref: "#/components/schemas/Settings" } } },
            },
          },
        },
        want: {
          fields: { scan: "file", settings: "json", kind: "text", model: "text" },
          files: {},
        },
      },
    ],
  ];
  for (const [name, { given, want }] of tests) {
    test(name, () =>
      expect(multipartEncoding(doc, given.schema, given.encoding)).toEqual({
        fileOrValue: [],
        emptyLists: [],
        ...want,
      }),
    );
  }

  test("objectProperties of a schema that is not an object", () => {
    expect(objectProperties(doc, { type: "string" })).toEqual({});
  });
});

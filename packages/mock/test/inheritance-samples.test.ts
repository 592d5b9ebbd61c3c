/**
 * A base schema whose discriminator maps tags to subtypes that are `allOf` the base (OpenAPI
 * § 4.8.25, Dropbox Sign's `SubFormFieldsPerDocumentBase`). The mock sampled the base as it is,
 * with its tag property as the text "string", which is no tag: its answers broke the spec, and
 * an SDK reading them rightly refused them. It now samples the first subtype, with its tag.
 */
import { describe, expect, it } from "vitest";
import { mock } from "./helpers.js";

const spec = {
  openapi: "3.0.3",
  info: { title: "inheritance samples", version: "1" },
  paths: {
    "/fields": {
      get: {
        operationId: "listFields",
        responses: {
          "200": {
            description: "ok",
            content: {
              "application/json": {
                schema: { type: "array", items: { $ref: "#/components/schemas/FieldBase" } },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      FieldBase: {
        type: "object",
        required: ["type", "x"],
        properties: { type: { type: "string" }, x: { type: "integer" } },
        discriminator: {
          propertyName: "type",
          mapping: {
            dropdown: "#/components/schemas/FieldDropdown",
            text: "#/components/schemas/FieldText",
          },
        },
      },
      FieldText: {
        allOf: [
          { $ref: "#/components/schemas/FieldBase" },
          { type: "object", required: ["font"], properties: { font: { type: "string" } } },
        ],
      },
      FieldDropdown: {
        allOf: [
          { $ref: "#/components/schemas/FieldBase" },
          {
            type: "object",
            required: ["options"],
            properties: { options: { type: "array", items: { type: "string" } } },
          },
        ],
      },
    },
  },
};

describe("a discriminated base in an answer", () => {
  it("is sampled as its first subtype, with that subtype's tag and fields", async () => {
    const server = await mock({ spec });
    const res = await fetch(server.url + "/fields", { headers: { authorization: "Bearer k" } });
    expect(res.status).toBe(200);
    const [field] = (await res.json()) as Record<string, unknown>[];
    expect(field).toEqual({ type: "dropdown", x: expect.any(Number), options: expect.any(Array) });
  });
});

describe("a discriminator beside `type: array` (Gladia's lists, probe78)", () => {
  it("leaves the list a list: its items are the union", async () => {
    const listed = {
      openapi: "3.0.3",
      info: { title: "listed", version: "1" },
      paths: {
        "/transcriptions": {
          get: {
            responses: {
              "200": {
                description: "ok",
                content: {
                  "application/json": {
                    schema: {
                      type: "object",
                      required: ["items"],
                      properties: {
                        items: {
                          type: "array",
                          discriminator: {
                            propertyName: "kind",
                            mapping: { live: "#/components/schemas/Live" },
                          },
                          items: { oneOf: [{ $ref: "#/components/schemas/Live" }] },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          Live: {
            type: "object",
            required: ["kind"],
            properties: { kind: { type: "string", enum: ["live"] } },
          },
        },
      },
    };
    const server = await mock({ spec: listed });
    const res = await fetch(server.url + "/transcriptions");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: unknown };
    expect(Array.isArray(body.items)).toBe(true);
  });
});

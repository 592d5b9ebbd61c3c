import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { Router } from "../src/routes.js";
import { loadSpec } from "../src/spec.js";
import { ResponseSynthesizer } from "../src/synthesize-response.js";
import { Validators } from "../src/validate.js";
import { defaultSpecPath, tinyPng } from "../src/index.js";
import { EDITS, form, mock, post, PUBLISHED_SPEC, VARIATIONS } from "./helpers.js";

/**
 * An ajv of its own, fed the spec as written (not the mock's normalized copy), so the check does
 * not share the mock's assumptions.
 */
function independentValidator(raw: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false, validateSchema: false });
  addFormats(ajv);
  ajv.addFormat("ulid", /^[0-9A-HJKMNP-TV-Z]{26}$/i);
  ajv.addSchema(raw, "spec");
  return (pointer: string) =>
    ajv.compile({ $ref: "spec#" + pointer.split("/").map(encodeURIComponent).join("/") });
}

async function synthesizeAll(path: string) {
  const doc = await loadSpec(path);
  const router = new Router(doc);
  const synthesizer = new ResponseSynthesizer(doc, new Validators(doc, "response"));
  const validatorAt = independentValidator(
    parse(readFileSync(path, "utf8"), { maxAliasCount: -1 }) as Record<string, unknown>,
  );
  return router.operations.map((operation) => ({
    name: `${operation.method} ${operation.pathTemplate} (${operation.operationId ?? "no operationId"})`,
    operation,
    response: synthesizer.forOperation(operation),
    validatorAt,
  }));
}

describe("synthesized responses: bundled spec", () => {
  it("validate for every operation", async () => {
    const cases = await synthesizeAll(defaultSpecPath());
    expect(cases.length).toBeGreaterThan(0);
    for (const { name, response, validatorAt } of cases) {
      expect(response.schemaPointer, name).toBeDefined();
      const validate = validatorAt(response.schemaPointer!);
      expect(validate(response.body), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("validate over HTTP, in both image response formats", async () => {
    const server = await mock();
    const raw = parse(readFileSync(defaultSpecPath(), "utf8")) as Record<string, any>;
    const validatorAt = independentValidator(raw);
    const image = { bytes: tinyPng(), type: "image/png", name: "a.png" };
    for (const [path, fields] of [
      [EDITS, { model: "m", prompt: "p" }],
      [VARIATIONS, { model: "m" }],
    ] as const) {
      for (const format of ["url", "b64_json"]) {
        const res = await post(
          server,
          path,
          form({ ...fields, n: "4", response_format: format }, [image]),
        );
        expect(res.status).toBe(200);
        const body = (await res.json()) as { data: unknown[] };
        expect(body.data).toHaveLength(4);
        const pointer = `/paths/${path.replace(/\//g, "~1")}/post/responses/200/content/application~1json/schema`;
        const validate = validatorAt(pointer);
        expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
      }
    }
  });
});

describe.skipIf(PUBLISHED_SPEC === undefined)("synthesized responses: published spec", async () => {
  const cases = PUBLISHED_SPEC ? await synthesizeAll(PUBLISHED_SPEC) : [];
  const withSchema = cases.filter((c) => c.response.schemaPointer !== undefined);

  it("covers the published operations", () => {
    expect(cases.length).toBeGreaterThanOrEqual(266);
    expect(withSchema.length).toBeGreaterThan(200);
  });

  it.each(withSchema.map((c) => [c.name, c] as const))("%s", (_name, { response, validatorAt }) => {
    const validate = validatorAt(response.schemaPointer!);
    const valid = validate(response.body);
    expect(valid, JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    expect(response.status).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(300);
  });
});

describe("synthesized responses: schema shapes", () => {
  it("handle recursion, allOf, oneOf, discriminators, patterns and bounds", async () => {
    const spec = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/tree": {
          get: {
            operationId: "tree",
            responses: {
              "200": {
                description: "ok",
                content: {
                  "application/json": { schema: { $ref: "#/components/schemas/Response" } },
                },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          Node: {
            type: "object",
            required: ["name", "children"],
            properties: {
              name: { type: "string", pattern: "^[a-z]{3}-\\d{2}$" },
              children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
              parent: { $ref: "#/components/schemas/Node" },
            },
          },
          Base: {
            type: "object",
            required: ["id"],
            properties: { id: { type: "string", format: "uuid" } },
          },
          Cat: {
            type: "object",
            required: ["kind", "lives"],
            properties: {
              kind: { const: "cat" },
              lives: { type: "integer", minimum: 1, maximum: 9 },
            },
          },
          Dog: {
            type: "object",
            required: ["kind", "good"],
            properties: { kind: { type: "string", enum: ["dog"] }, good: { type: "boolean" } },
          },
          Response: {
            allOf: [
              { $ref: "#/components/schemas/Base" },
              {
                type: "object",
                required: ["tree", "pet", "score", "tags", "extra"],
                properties: {
                  tree: { $ref: "#/components/schemas/Node" },
                  pet: {
                    oneOf: [
                      { $ref: "#/components/schemas/Dog" },
                      { $ref: "#/components/schemas/Cat" },
                    ],
                    discriminator: {
                      propertyName: "kind",
                      mapping: { dog: "#/components/schemas/Dog", cat: "#/components/schemas/Cat" },
                    },
                  },
                  score: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
                  tags: {
                    type: "array",
                    items: { type: "string", minLength: 12 },
                    minItems: 3,
                    uniqueItems: true,
                  },
                  extra: {
                    type: "object",
                    additionalProperties: { type: "integer" },
                    minProperties: 2,
                  },
                  maybe: { anyOf: [{ type: "null" }, { type: "string", maxLength: 3 }] },
                },
              },
            ],
          },
        },
      },
    };
    const server = await mock({ spec });
    const res = await fetch(server.url + "/tree");
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, any>;
    const validate = independentValidator(spec)("/components/schemas/Response");
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(body.pet.kind).toBe("dog");
    expect(body.tags).toHaveLength(3);
    expect(body.maybe).toBe("str");
  });
});

describe("synthesized responses: no schema", () => {
  it("text is some text, JSON any value (probe65: an HTML page was answered as {})", async () => {
    const answer = (type: string) => ({
      get: { responses: { "200": { description: "ok", content: { [type]: {} } } } },
    });
    const server = await mock({
      spec: {
        openapi: "3.0.3",
        info: { title: "schemaless", version: "1" },
        paths: {
          "/page": answer("text/html"),
          "/notes": answer("text/plain"),
          "/feed": answer("application/xml"),
          "/settings": answer("application/json"),
        },
      },
    });
    const read = async (path: string) => {
      const res = await fetch(server.url + path);
      return [res.headers.get("content-type"), await res.text()];
    };
    expect(await read("/page")).toEqual(["text/html", "sample text"]);
    expect(await read("/notes")).toEqual(["text/plain", "sample text"]);
    expect(await read("/feed")).toEqual(["application/xml", "sample text"]);
    expect(await read("/settings")).toEqual(["application/json", "{}"]);
  });
});

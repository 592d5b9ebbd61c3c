/**
 * openapi-typescript's warnings about a spec's own faults (Cohere's discriminator mappings to
 * schemas it does not have, probe69 N5): the types are made twice from the document (`paths.ts`
 * and `sdk-types.ts`), and each warning was printed twice.
 */
import { expect, test } from "vitest";
import type { Document } from "../document.js";
import { generateCli } from "./helpers.js";

const spec = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {},
  components: {
    schemas: {
      Strategy: {
        oneOf: [{ $ref: "#/components/schemas/Auto" }],
        discriminator: {
          propertyName: "type",
          mapping: { auto: "#/components/schemas/Auto", none: "#/components/schemas/Gone" },
        },
      },
      Auto: { type: "object", properties: { type: { type: "string" } } },
    },
  },
} as unknown as Document;

test("a fault of the spec is told once, and the SDK is still generated", async () => {
  const generated = await generateCli(spec, "type-warnings");
  expect(generated.code, generated.output).toBe(0);
  const told = generated.output.match(/Could not resolve \$ref "#\/components\/schemas\/Gone"/g);
  expect(told, generated.output).toHaveLength(1);
});

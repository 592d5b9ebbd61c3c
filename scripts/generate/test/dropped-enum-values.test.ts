/**
 * `enum` values of another type than their schema's, beside values of its type (Shutterstock's
 * `aspect_ratio: { type: string, enum: [43, 169, "nonstandard"] }`, probe60): the SDK leaves
 * them out, as none can be valid, and `pnpm generate` now says where and which, where they were
 * dropped without a word.
 */
import { expect, test } from "vitest";
import type { Document } from "../document.js";
import { droppedEnumWarnings } from "../transform/dropped-enum-values.js";
import { generateCli } from "./helpers.js";

const spec = {
  openapi: "3.0.3",
  info: { title: "t", version: "1" },
  paths: {},
  components: {
    schemas: {
      Video: {
        type: "object",
        properties: {
          aspect_ratio: { type: "string", enum: [43, 169, "nonstandard"] },
          // All of another type: the type is read from them (NestJS's), nothing is dropped.
          kind: { type: "object", enum: ["a", "b"] },
          // A 3.0 nullable enum's null is one of its values.
          size: { type: "string", nullable: true, enum: ["s", null] },
          // A listed null makes it nullable (probe70 B5): nothing is left out.
          level: { type: "string", enum: [null, "info"] },
          // A property named `enum` is a property, not a keyword.
          enum: { type: "string" },
        },
      },
    },
  },
} as unknown as Document;

test("names each place and the values left out, and nothing else", () => {
  expect(droppedEnumWarnings(structuredClone(spec))).toEqual([
    "#/components/schemas/Video/properties/aspect_ratio: enum values 43, 169 are not of its type string: the SDK leaves them out",
  ]);
});

test("pnpm generate prints it, and still generates", async () => {
  const generated = await generateCli(spec, "dropped-enum");
  expect(generated.code, generated.output).toBe(0);
  expect(generated.output).toContain(
    "warning: #/components/schemas/Video/properties/aspect_ratio: enum values 43, 169 are not of its type string",
  );
});

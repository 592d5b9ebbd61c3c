/**
 * A `default` that is none of its `enum` values (Smallest's `sample_rate: { $ref:
 * TtsRequestSampleRate, default: 44100 }`, whose enum is the texts "8000" … "44100", probe77):
 * the SDK's checks follow the enum, so a caller passing the documented default is refused.
 * `pnpm generate` now says where, where it said nothing.
 */
import { expect, test } from "vitest";
import type { Document } from "../document.js";
import { defaultOutsideEnumWarnings } from "../transform/defaults-outside-enum.js";
import { generateCli } from "./helpers.js";

const spec = {
  openapi: "3.0.3",
  info: { title: "t", version: "1" },
  paths: {},
  components: {
    schemas: {
      SampleRate: { type: "string", enum: ["8000", "16000", "44100"] },
      TtsRequest: {
        type: "object",
        properties: {
          sample_rate: { $ref: "#/components/schemas/SampleRate", default: 44100 },
          format: { type: "string", enum: ["mp3", "wav"], default: "ogg" },
          // In the enum, or a nullable one's null: nothing to say.
          voice: { type: "string", enum: ["a", "b"], default: "a" },
          rate: { $ref: "#/components/schemas/SampleRate", default: "8000" },
          size: { type: "string", nullable: true, enum: ["s"], default: null },
          // A property named `default` is a property, not a keyword.
          default: { type: "string", enum: ["x"] },
        },
      },
    },
  },
} as unknown as Document;

test("names each default outside its enum, its own or its $ref's, and nothing else", () => {
  expect(defaultOutsideEnumWarnings(structuredClone(spec))).toEqual([
    '#/components/schemas/TtsRequest/properties/sample_rate: its default 44100 is none of its enum values ("8000", "16000", "44100"): the SDK refuses it before sending',
    '#/components/schemas/TtsRequest/properties/format: its default "ogg" is none of its enum values ("mp3", "wav"): the SDK refuses it before sending',
  ]);
});

test("pnpm generate prints it, and still generates", async () => {
  const generated = await generateCli(spec, "default-outside-enum");
  expect(generated.code, generated.output).toBe(0);
  expect(generated.output).toContain(
    "warning: #/components/schemas/TtsRequest/properties/sample_rate: its default 44100 is none of its enum values",
  );
});

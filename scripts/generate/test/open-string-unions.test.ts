/**
 * A union of any string with named ones (OpenAI's and Groq's `model: anyOf: [{ type: string },
 * { enum: [...] }]`, probe74) was typed `string | "whisper-large-v3" | …`, which TypeScript folds
 * to `string`: an editor offered none of the names. The plain branch is `string & {}` now, in
 * the SDK's types and the wire types: any string still compiles, and the names stay in the type.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { generateSpec, tempDir, typecheck, writeOutput } from "./helpers.js";

const spec = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/audio/transcriptions": {
      post: {
        operationId: "transcribe",
        requestBody: {
          content: {
            "application/json": { schema: { $ref: "#/components/schemas/TranscriptionRequest" } },
          },
        },
        responses: { "200": { description: "ok" } },
      },
    },
  },
  components: {
    schemas: {
      Voice: { type: "string", enum: ["alloy", "echo"] },
      TranscriptionRequest: {
        type: "object",
        required: ["model"],
        properties: {
          model: {
            anyOf: [{ type: "string" }, { type: "string", enum: ["whisper-large-v3", "turbo"] }],
          },
          voice: {
            oneOf: [
              { type: "string", description: "any voice" },
              { $ref: "#/components/schemas/Voice" },
            ],
          },
          // A string of a format says which strings: left as it is.
          url: { anyOf: [{ type: "string", format: "uri" }, { const: "none" }] },
        },
      },
    },
  },
};

test("any string compiles, and the named ones are kept in the type", async () => {
  const { dir, remove } = await tempDir("open-string-unions");
  try {
    const file = join(dir, "spec.json");
    await writeFile(file, JSON.stringify(spec));
    const files = await generateSpec(file);
    expect(files.get("sdk-types.ts")).toContain('(string & {}) | ("whisper-large-v3" | "turbo")');
    expect(files.get("paths.ts")).toContain("(string & {})");
    await writeOutput(dir, files);
    await writeFile(
      join(dir, "usage.ts"),
      `import type { TranscriptionRequest } from "./models.js";
type Model = TranscriptionRequest["model"];
type Voice = Exclude<TranscriptionRequest["voice"], undefined>;
// (Folded to \`string\`, \`Extract\` of a name would be \`never\`.)
export const named: Extract<Model, "turbo"> = "turbo";
export const voice: Extract<Voice, "echo"> = "echo";
export const any: TranscriptionRequest = { model: "my-fine-tune", voice: "custom" };
// @ts-expect-error still a string
export const number: TranscriptionRequest = { model: 3 };
`,
    );
    const { code, output } = await typecheck([dir], dir);
    expect(output).toBe("");
    expect(code).toBe(0);
  } finally {
    await remove();
  }
});

/**
 * `usesNestedFiles`: whether a request body can hold a file where only JSON goes, which turns on
 * the runtime's refusal of such a file (packages/core/test/nested-files.test.ts shows it).
 */
import { describe, expect, test } from "vitest";
import type { Document, Json } from "../document.js";
import { collectOperations } from "../transform/collect-operations.js";
import { usesNestedFiles } from "../transform/nested-files.js";
import { normalize } from "../transform/normalize.js";

const FILE = { type: "string", format: "binary" };

function spec(mediaType: string, schema: Json, components: Record<string, Json> = {}): Document {
  return normalize({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {
      "/things": {
        post: {
          operationId: "createThing",
          requestBody: { required: true, content: { [mediaType]: { schema } } },
          responses: { "204": { description: "done" } },
        },
      },
    },
    components: { schemas: components },
  });
}
const flag = (doc: Document) => usesNestedFiles(doc, collectOperations(doc));

describe("usesNestedFiles", () => {
  test("off for files a multipart body or a raw body can carry", () => {
    const multipart = {
      type: "object",
      properties: { file: FILE, files: { type: "array", items: FILE } },
    };
    expect(flag(spec("multipart/form-data", multipart))).toBe(false);
    expect(flag(spec("application/octet-stream", FILE))).toBe(false);
    expect(
      flag(spec("application/json", { type: "object", properties: { n: { type: "integer" } } })),
    ).toBe(false);
  });

  test("on for a file inside a multipart field sent as JSON, or anywhere in a JSON body", () => {
    const meta = { type: "object", properties: { thumbnail: FILE } };
    expect(flag(spec("multipart/form-data", { type: "object", properties: { meta } }))).toBe(true);
    expect(flag(spec("application/json", { type: "object", properties: { file: FILE } }))).toBe(
      true,
    );
    // Through a $ref, and a cycle does not stop the search or loop.
    const node = {
      type: "object",
      properties: { next: { $ref: "#/components/schemas/Node" }, blob: FILE },
    };
    expect(
      flag(spec("application/json", { $ref: "#/components/schemas/Node" }, { Node: node })),
    ).toBe(true);
  });
});

/**
 * Parameters no request can carry: Notion's header named `""`, a header or cookie name with a
 * space or a colon (HTTP's token grammar leaves them out). Typed, `pages.get({ id, "": "x" })`
 * compiled and failed with fetch's own `TypeError` (probe56); they are left out.
 */
import { expect, test } from "vitest";
import type { Document } from "../document.js";
import { generate } from "../generate.js";
import { collectOperations } from "../transform/collect-operations.js";
import { normalize } from "../transform/normalize.js";
import { prettierConfig } from "./helpers.js";

const header = (name: string) => ({ name, in: "header", schema: { type: "string" } });
const doc: Document = {
  openapi: "3.0.3",
  info: { title: "unsendable", version: "1" },
  paths: {
    "/pages/{id}": {
      get: {
        operationId: "retrieveAPage",
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string" } },
          header(""),
          header("Notion Version"),
          header("x:trace"),
          header("Notion-Version"),
          { name: "a b", in: "cookie", schema: { type: "string" } },
          { name: "session", in: "cookie", schema: { type: "string" } },
        ],
        responses: { "200": { description: "ok" } },
      },
    },
  },
};

test("names no request can carry are left out; the others stay", () => {
  const [op] = collectOperations(normalize(doc));
  expect(op!.parameters.map((p) => `${p.in}:${p.name}`)).toEqual([
    "path:id",
    "header:Notion-Version",
    "cookie:session",
  ]);
});

test("the request type has no key for them", async () => {
  const models = (await generate(doc, prettierConfig)).get("models.ts")!;
  const start = models.indexOf("export type RetrieveAPageRequest");
  const request = models.slice(start, models.indexOf("\n};", start));
  expect(request).toMatch(/notionVersion\?:/);
  expect(request).not.toMatch(/""|notionVersion2|xTrace|aB\b/);
});

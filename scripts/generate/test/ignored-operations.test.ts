/**
 * Speakeasy's `x-speakeasy-ignore: true` on an operation (20 internal ones in the published orq
 * spec, such as `GET /v2/models`): the official SDK leaves it out, and so does ours. The wire
 * types keep it, since the API serves it.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import type { Document } from "../document.js";
import { collectOperations } from "../transform/collect-operations.js";
import { normalize } from "../transform/normalize.js";
import { sharedOperationIdWarnings } from "../transform/shared-operation-ids.js";
import { generateSpec, tempDir } from "./helpers.js";

const answer = { "200": { description: "ok" } };
const doc: Document = {
  openapi: "3.1.0",
  info: { title: "ignored", version: "1" },
  paths: {
    "/v2/widgets": {
      get: { operationId: "ListWidgets", tags: ["Widgets"], responses: answer },
      post: {
        operationId: "CreateWidget",
        tags: ["Widgets"],
        "x-speakeasy-ignore": true,
        responses: answer,
      },
    },
    "/v2/internal": {
      get: {
        operationId: "Internal",
        tags: ["Internal"],
        "x-speakeasy-ignore": true,
        responses: answer,
      },
    },
    "/v2/gadgets": {
      get: {
        operationId: "ListGadgets",
        tags: ["Gadgets"],
        "x-speakeasy-ignore": false,
        responses: answer,
      },
    },
  },
};

test("operations marked x-speakeasy-ignore: true get no method; false or absent do", () => {
  expect(collectOperations(doc).map((op) => op.operationId)).toEqual([
    "ListGadgets",
    "ListWidgets",
  ]);
});

test("their ids still count: an operationId shared with one names neither, and is said", () => {
  const twice = structuredClone(doc);
  (twice.paths as any)["/v2/gadgets"].get.operationId = "Internal";
  expect(sharedOperationIdWarnings(twice)).toEqual([
    'operationId "Internal" is used by 2 operations (GET /v2/gadgets, GET /v2/internal), though it must be unique: the SDK names them by their paths',
  ]);
  expect(collectOperations(normalize(twice)).map((op) => [op.operationId, op.sdkName])).toEqual([
    ["getV2Gadgets", ["gadgets", "list"]],
    ["ListWidgets", ["widgets", "list"]],
  ]);
});

test("no function, resource or model for them; the wire types keep their paths", async () => {
  const dir = await tempDir("ignored");
  try {
    const spec = join(dir.dir, "spec.json");
    await writeFile(spec, JSON.stringify(doc));
    const files = await generateSpec(spec);
    expect([...files.keys()].filter((f) => f.startsWith("funcs/")).sort()).toEqual([
      "funcs/gadgetsList.ts",
      "funcs/widgetsList.ts",
    ]);
    expect(files.get("resources.ts")).not.toMatch(/internal|create/i);
    expect(files.get("models.ts")).not.toMatch(/CreateWidget|Internal/);
    expect(files.get("paths.ts")).toMatch(/"\/v2\/internal"/);
  } finally {
    await dir.remove();
  }
});

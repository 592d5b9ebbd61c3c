/**
 * A `oneOf` of objects where one shape is another with optional fields more (Reducto's
 * `oneOf: [SyncParseConfig, AsyncParseConfig]`, the second with an optional `async`, probe82):
 * every sync request fits both, and was refused ("matches more than one of the allowed shapes;
 * make it match exactly one"), advice no caller could follow; the mock refused the async one,
 * which fits the open sync shape too. The narrowest shape that declares every field given is
 * the one, as Reducto's FastAPI server reads it; shapes apart from one another still make the
 * caller pick. Against the mock.
 */
import { afterAll, beforeAll, expect, test } from "vitest";
import {
  jsonPostSpec,
  runtimeAgainstDocument,
  type RuntimeAgainstMock,
} from "./runtime-against-mock.js";

const config = (extra: object = {}) => ({
  type: "object",
  required: ["input"],
  properties: { input: { type: "string" }, page_range: { type: "string" }, ...extra },
});
const spec = jsonPostSpec(
  "nested shapes",
  {
    "/parse": [
      "parse",
      {
        oneOf: [
          { $ref: "#/components/schemas/SyncParseConfig" },
          { $ref: "#/components/schemas/AsyncParseConfig" },
        ],
      },
    ],
    // The async shape first: the sync one is still the one for a sync request.
    "/extract": [
      "extract",
      {
        oneOf: [
          { $ref: "#/components/schemas/AsyncParseConfig" },
          { $ref: "#/components/schemas/SyncParseConfig" },
        ],
      },
    ],
    "/notes": [
      "createNote",
      {
        oneOf: [
          { type: "object", properties: { text: { type: "string" } } },
          { type: "object", properties: { url: { type: "string" } } },
        ],
      },
    ],
  },
  {
    schemas: {
      SyncParseConfig: config(),
      AsyncParseConfig: config({
        async: { type: "object", properties: { priority: { type: "boolean" } } },
      }),
    },
  },
);

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstDocument(spec, "nested-object-shapes");
}, 60_000);
afterAll(() => it?.close());

test.each(["parse", "extract"])("%s: a sync request and an async one both go", async (name) => {
  for (const request of [
    { input: "https://x/a.pdf", pageRange: "1-2" },
    { input: "https://x/a.pdf", async: { priority: true } },
  ]) {
    it.mock.reset();
    const result = await it.client.callOperation(it.operations[name]!, request);
    expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
    expect(it.mock.requests.at(-1)).toMatchObject({
      status: 200,
      body: "async" in request ? request : { input: request.input, page_range: "1-2" },
    });
  }
});

test("shapes apart from one another still make the caller pick", async () => {
  it.mock.reset();
  const result = await it.client.callOperation(it.operations.createNote!, {});
  expect(!result.ok && result.error.message).toMatch(/matches more than one of the allowed shapes/);
  expect(it.mock.requests).toEqual([]);
});

/**
 * A request body of a discriminated `oneOf` given without its tag, whose other fields one
 * branch alone takes (Hedra's `POST /public/generations`: `{ voiceId, text }` is a text to
 * speech request, whose `type` is `const: text_to_speech` with that default, not required,
 * probe83): it went untagged, which a discriminated union on the server (Pydantic's) refuses,
 * as the mock did. It is sent with that branch's tag now, the pinned one or else the mapping's.
 * A value several branches take is still told to give the tag. Against the mock.
 */
import { afterAll, beforeAll, expect, test } from "vitest";
import {
  jsonPostSpec,
  runtimeAgainstDocument,
  type RuntimeAgainstMock,
} from "./runtime-against-mock.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const spec = jsonPostSpec(
  "untagged",
  {
    "/generations": [
      "createGeneration",
      {
        oneOf: [ref("Speech"), ref("Image"), ref("Video")],
        discriminator: {
          propertyName: "type",
          mapping: {
            text_to_speech: ref("Speech").$ref,
            image: ref("Image").$ref,
            video: ref("Video").$ref,
          },
        },
      },
    ],
  },
  {
    schemas: {
      Speech: {
        type: "object",
        required: ["voice_id", "text"],
        properties: {
          type: { type: "string", const: "text_to_speech", default: "text_to_speech" },
          voice_id: { type: "string" },
          text: { type: "string" },
        },
        additionalProperties: false,
      },
      // Tagged by the mapping alone: its `type` pins nothing.
      Image: {
        type: "object",
        required: ["text_prompt"],
        properties: {
          type: { type: "string" },
          text_prompt: { type: "string" },
          style: { type: "string" },
        },
        additionalProperties: false,
      },
      Video: {
        type: "object",
        required: ["text_prompt"],
        properties: {
          type: { type: "string", const: "video", default: "video" },
          text_prompt: { type: "string" },
          duration: { type: "integer" },
        },
        additionalProperties: false,
      },
    },
  },
);

let it: RuntimeAgainstMock;
beforeAll(async () => {
  it = await runtimeAgainstDocument(spec, "untagged-union-request");
}, 60_000);
afterAll(() => it?.close());

test.each([
  [
    { voiceId: "v1", text: "hello" },
    { type: "text_to_speech", voice_id: "v1", text: "hello" },
  ],
  [
    { textPrompt: "a cat", duration: 5 },
    { type: "video", text_prompt: "a cat", duration: 5 },
  ],
  [
    { textPrompt: "a cat", style: "ink" },
    { type: "image", text_prompt: "a cat", style: "ink" },
  ],
  // (A tag given goes as given.)
  [
    { type: "image", textPrompt: "a cat" },
    { type: "image", text_prompt: "a cat" },
  ],
])("%j is sent with its branch's tag", async (request, body) => {
  it.mock.reset();
  const result = await it.client.callOperation(it.operations.createGeneration!, request);
  expect(result.ok, result.ok ? "" : result.error.message).toBe(true);
  expect(it.mock.requests.at(-1)).toMatchObject({ status: 200, body });
});

test("a value several branches take is told to give the tag", async () => {
  it.mock.reset();
  const result = await it.client.callOperation(it.operations.createGeneration!, {
    textPrompt: "a cat",
  });
  expect(!result.ok && result.error.message).toMatch(/type is required/);
  expect(it.mock.requests).toEqual([]);
});

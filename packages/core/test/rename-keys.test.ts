import { describe, expect, it } from "vitest";
import { createImageEdit } from "../src/generated/operations.js";
import { isFileInput } from "../src/files/file-input.js";
import { renameKeys } from "./helpers/check-only.js";

const body = createImageEdit.requestBody!.schema;
const response = createImageEdit.response!.schema!;

describe("camelCase ↔ wire names, from the spec's property names", () => {
  it("request: camelCase → snake_case, free-form map keys untouched", () => {
    const image = new Blob(["x"]);
    const wire = renameKeys(
      body,
      {
        model: "m",
        prompt: "p",
        image,
        responseFormat: "b64_json",
        loadBalancer: { type: "weight_based", models: [{ model: "a", weight: 0.5 }] },
        retry: { onCodes: [429] },
        timeout: { callTimeout: 5 },
        orq: {
          identity: {
            id: "i",
            displayName: "Jane",
            logoUrl: "u",
            metadata: [{ cost_center: "cc-1", camelKey: 2 }],
          },
          loadBalancer: { type: "weight_based", models: [] },
          timeout: { callTimeout: 1 },
        },
      },
      { mode: "sdk", isFile: isFileInput },
    );
    expect(wire).toEqual({
      model: "m",
      prompt: "p",
      image,
      response_format: "b64_json",
      load_balancer: { type: "weight_based", models: [{ model: "a", weight: 0.5 }] },
      retry: { on_codes: [429] },
      timeout: { call_timeout: 5 },
      orq: {
        identity: {
          id: "i",
          display_name: "Jane",
          logo_url: "u",
          metadata: [{ cost_center: "cc-1", camelKey: 2 }],
        },
        load_balancer: { type: "weight_based", models: [] },
        timeout: { call_timeout: 1 },
      },
    });
    expect((wire as { image: unknown }).image).toBe(image);
  });

  it("response: snake_case → camelCase, unknown fields kept as they came", () => {
    const sdk = renameKeys(
      response,
      {
        created: 1,
        output_format: "png",
        data: [{ b64_json: "AA==", url: "u", revised_prompt: "new field" }],
        usage: {
          total_tokens: 3,
          input_tokens: 2,
          output_tokens: 1,
          input_tokens_details: { text_tokens: 1, image_tokens: 1 },
        },
        brand_new: { nested_key: true },
      },
      { mode: "wire", isFile: isFileInput },
    );
    expect(sdk).toEqual({
      created: 1,
      outputFormat: "png",
      data: [{ b64Json: "AA==", url: "u", revised_prompt: "new field" }],
      usage: {
        totalTokens: 3,
        inputTokens: 2,
        outputTokens: 1,
        inputTokensDetails: { textTokens: 1, imageTokens: 1 },
      },
      brand_new: { nested_key: true },
    });
  });
});

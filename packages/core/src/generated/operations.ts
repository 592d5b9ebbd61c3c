// generated — do not edit. Made by scripts/generate from the OpenAPI spec; run `pnpm generate`.
import type { Operation } from "./contract.js";
import { PublicContactSchema, PublicIdentitySchema } from "./schemas.js";

/** POST /v2/router/images/edits: Create image edit */
export const createImageEdit: Operation = {
  operationId: "createImageEdit",
  method: "post",
  path: "/v2/router/images/edits",
  sdkName: "router.images.edits.create",
  requestBody: {
    mediaType: "multipart/form-data",
    required: true,
    schema: {
      type: "object",
      properties: {
        model: { type: "string" },
        prompt: { type: "string" },
        n: { type: ["number", "null"], minimum: 1, maximum: 10 },
        size: { type: ["string", "null"] },
        quality: {
          type: ["string", "null"],
          enum: ["auto", "high", "medium", "low", "standard", null],
        },
        response_format: { type: "string", enum: ["url", "b64_json"] },
        user: { type: "string" },
        name: { type: "string" },
        fallbacks: {
          type: "array",
          items: { type: "object", properties: { model: { type: "string" } }, required: ["model"] },
        },
        retry: {
          type: "object",
          properties: {
            count: { type: "number", minimum: 1, maximum: 5 },
            on_codes: {
              type: "array",
              minItems: 1,
              items: { type: "number", minimum: 100, maximum: 599 },
            },
          },
          names: { on_codes: "onCodes" },
        },
        cache: {
          type: "object",
          properties: {
            ttl: { type: "number", minimum: 1, maximum: 259200 },
            type: { type: "string", enum: ["exact_match"] },
          },
          required: ["type"],
        },
        load_balancer: {
          oneOf: [
            {
              type: "object",
              properties: {
                type: { type: "string", enum: ["weight_based"] },
                models: {
                  type: "array",
                  items: {
                    type: "object",
                    properties: {
                      model: { type: "string" },
                      weight: { type: "number", minimum: 0.001, maximum: 1 },
                    },
                    required: ["model"],
                  },
                },
              },
              required: ["type", "models"],
            },
          ],
        },
        timeout: {
          type: "object",
          properties: { call_timeout: { type: "number", minimum: 1 } },
          names: { call_timeout: "callTimeout" },
          required: ["call_timeout"],
        },
        orq: {
          type: "object",
          properties: {
            name: { type: "string" },
            retry: {
              type: "object",
              properties: {
                count: { type: "number", minimum: 1, maximum: 5 },
                on_codes: {
                  type: "array",
                  minItems: 1,
                  items: { type: "number", minimum: 100, maximum: 599 },
                },
              },
              names: { on_codes: "onCodes" },
            },
            fallbacks: {
              type: "array",
              items: {
                type: "object",
                properties: { model: { type: "string" } },
                required: ["model"],
              },
            },
            prompt: {
              type: "object",
              properties: { id: { type: "string" }, version: { type: "string", enum: ["latest"] } },
              required: ["id", "version"],
            },
            identity: () => PublicIdentitySchema,
            contact: () => PublicContactSchema,
            cache: {
              type: "object",
              properties: {
                ttl: { type: "number", minimum: 1, maximum: 259200 },
                type: { type: "string", enum: ["exact_match"] },
              },
              required: ["type"],
            },
            load_balancer: {
              oneOf: [
                {
                  type: "object",
                  properties: {
                    type: { type: "string", enum: ["weight_based"] },
                    models: {
                      type: "array",
                      items: {
                        type: "object",
                        properties: {
                          model: { type: "string" },
                          weight: { type: "number", minimum: 0.001, maximum: 1 },
                        },
                        required: ["model"],
                      },
                    },
                  },
                  required: ["type", "models"],
                },
              ],
            },
            timeout: {
              type: "object",
              properties: { call_timeout: { type: "number", minimum: 1 } },
              names: { call_timeout: "callTimeout" },
              required: ["call_timeout"],
            },
          },
          names: { load_balancer: "loadBalancer" },
        },
        image: {
          oneOf: [
            {
              type: "file",
              mediaTypes: ["image/png", "image/jpeg", "image/webp"],
              maxBytes: 52428800,
            },
            {
              type: "array",
              minItems: 1,
              maxItems: 16,
              items: {
                type: "file",
                mediaTypes: ["image/png", "image/jpeg", "image/webp"],
                maxBytes: 52428800,
              },
            },
          ],
        },
      },
      names: { response_format: "responseFormat", load_balancer: "loadBalancer" },
      required: ["model", "prompt"],
    },
    encoding: { load_balancer: "json", image: "file" },
  },
  response: {
    status: "200",
    mediaType: "application/json",
    schema: {
      type: "object",
      properties: {
        created: { type: "number" },
        output_format: { type: "string" },
        size: { type: "string" },
        quality: { type: "string" },
        data: {
          type: "array",
          items: {
            type: "object",
            properties: { b64_json: { type: "string" }, url: { type: "string" } },
            names: { b64_json: "b64Json" },
          },
        },
        usage: {
          type: "object",
          properties: {
            total_tokens: { type: "number" },
            input_tokens: { type: "number" },
            output_tokens: { type: "number" },
            input_tokens_details: {
              type: "object",
              properties: { text_tokens: { type: "number" }, image_tokens: { type: "number" } },
              names: { text_tokens: "textTokens", image_tokens: "imageTokens" },
              required: ["text_tokens", "image_tokens"],
            },
          },
          names: {
            total_tokens: "totalTokens",
            input_tokens: "inputTokens",
            output_tokens: "outputTokens",
            input_tokens_details: "inputTokensDetails",
          },
          required: ["total_tokens", "input_tokens", "output_tokens", "input_tokens_details"],
        },
      },
      names: { output_format: "outputFormat" },
      required: ["created", "data"],
    },
  },
  timeoutMs: 600000,
};

/** POST /v2/router/images/variations: Create image variation */
export const createImageVariation: Operation = {
  operationId: "createImageVariation",
  method: "post",
  path: "/v2/router/images/variations",
  sdkName: "router.images.variations.create",
  requestBody: {
    mediaType: "multipart/form-data",
    required: true,
    schema: {
      type: "object",
      properties: {
        image: {
          type: "file",
          mediaTypes: ["image/png", "image/jpeg", "image/webp"],
          maxBytes: 52428800,
        },
        model: { type: "string" },
        n: { type: ["number", "null"], minimum: 1, maximum: 10 },
        response_format: { type: "string", enum: ["url", "b64_json"] },
        size: { type: "string", enum: ["256x256", "512x512", "1024x1024"] },
        user: { type: "string" },
        name: { type: "string" },
        fallbacks: {
          type: "array",
          items: { type: "object", properties: { model: { type: "string" } }, required: ["model"] },
        },
        retry: {
          type: "object",
          properties: {
            count: { type: "number", minimum: 1, maximum: 5 },
            on_codes: {
              type: "array",
              minItems: 1,
              items: { type: "number", minimum: 100, maximum: 599 },
            },
          },
          names: { on_codes: "onCodes" },
        },
        cache: {
          type: "object",
          properties: {
            ttl: { type: "number", minimum: 1, maximum: 259200 },
            type: { type: "string", enum: ["exact_match"] },
          },
          required: ["type"],
        },
        load_balancer: {
          oneOf: [
            {
              type: "object",
              properties: {
                type: { type: "string", enum: ["weight_based"] },
                models: {
                  type: "array",
                  items: {
                    type: "object",
                    properties: {
                      model: { type: "string" },
                      weight: { type: "number", minimum: 0.001, maximum: 1 },
                    },
                    required: ["model"],
                  },
                },
              },
              required: ["type", "models"],
            },
          ],
        },
        timeout: {
          type: "object",
          properties: { call_timeout: { type: "number", minimum: 1 } },
          names: { call_timeout: "callTimeout" },
          required: ["call_timeout"],
        },
        orq: {
          type: "object",
          properties: {
            name: { type: "string" },
            retry: {
              type: "object",
              properties: {
                count: { type: "number", minimum: 1, maximum: 5 },
                on_codes: {
                  type: "array",
                  minItems: 1,
                  items: { type: "number", minimum: 100, maximum: 599 },
                },
              },
              names: { on_codes: "onCodes" },
            },
            fallbacks: {
              type: "array",
              items: {
                type: "object",
                properties: { model: { type: "string" } },
                required: ["model"],
              },
            },
            prompt: {
              type: "object",
              properties: { id: { type: "string" }, version: { type: "string", enum: ["latest"] } },
              required: ["id", "version"],
            },
            identity: () => PublicIdentitySchema,
            contact: () => PublicContactSchema,
            cache: {
              type: "object",
              properties: {
                ttl: { type: "number", minimum: 1, maximum: 259200 },
                type: { type: "string", enum: ["exact_match"] },
              },
              required: ["type"],
            },
            load_balancer: {
              oneOf: [
                {
                  type: "object",
                  properties: {
                    type: { type: "string", enum: ["weight_based"] },
                    models: {
                      type: "array",
                      items: {
                        type: "object",
                        properties: {
                          model: { type: "string" },
                          weight: { type: "number", minimum: 0.001, maximum: 1 },
                        },
                        required: ["model"],
                      },
                    },
                  },
                  required: ["type", "models"],
                },
              ],
            },
            timeout: {
              type: "object",
              properties: { call_timeout: { type: "number", minimum: 1 } },
              names: { call_timeout: "callTimeout" },
              required: ["call_timeout"],
            },
          },
          names: { load_balancer: "loadBalancer" },
        },
      },
      names: { response_format: "responseFormat", load_balancer: "loadBalancer" },
      required: ["model"],
    },
    encoding: { image: "file", load_balancer: "json" },
  },
  response: {
    status: "200",
    mediaType: "application/json",
    schema: {
      type: "object",
      properties: {
        created: { type: "number" },
        output_format: { type: "string" },
        size: { type: "string" },
        quality: { type: "string" },
        data: {
          type: "array",
          items: {
            type: "object",
            properties: { b64_json: { type: "string" }, url: { type: "string" } },
            names: { b64_json: "b64Json" },
          },
        },
        usage: {
          type: "object",
          properties: {
            total_tokens: { type: "number" },
            input_tokens: { type: "number" },
            output_tokens: { type: "number" },
            input_tokens_details: {
              type: "object",
              properties: { text_tokens: { type: "number" }, image_tokens: { type: "number" } },
              names: { text_tokens: "textTokens", image_tokens: "imageTokens" },
              required: ["text_tokens", "image_tokens"],
            },
          },
          names: {
            total_tokens: "totalTokens",
            input_tokens: "inputTokens",
            output_tokens: "outputTokens",
            input_tokens_details: "inputTokensDetails",
          },
          required: ["total_tokens", "input_tokens", "output_tokens", "input_tokens_details"],
        },
      },
      names: { output_format: "outputFormat" },
      required: ["created", "data"],
    },
  },
  timeoutMs: 600000,
};

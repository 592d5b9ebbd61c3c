// generated — do not edit. Made by scripts/generate from the OpenAPI spec; run `pnpm generate`.
import type { ByteStream, FileInput } from "./contract.js";

export interface paths {
  "/v2/router/images/edits": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create image edit
     * @description Edit an Image
     */
    post: operations["createImageEdit"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/router/images/variations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create image variation
     * @description Create an Image Variation
     */
    post: operations["createImageVariation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @deprecated
     * @description @deprecated Use identity instead. Information about the contact making the request.
     */
    PublicContact: {
      /**
       * @description Unique identifier for the contact
       * @example contact_01ARZ3NDEKTSV4RRFFQ69G5FAV
       */
      id: string;
      /**
       * @description Display name of the contact
       * @example Jane Doe
       */
      displayName?: string | undefined;
      /**
       * Format: email
       * @description Email address of the contact
       * @example jane.doe@example.com
       */
      email?: string | undefined;
      /**
       * @description A hash of key/value pairs containing any other data about the contact
       * @example [
       *       {
       *         "department": "Engineering",
       *         "role": "Senior Developer"
       *       }
       *     ]
       */
      metadata?:
        | {
            [key: string]: unknown;
          }[]
        | undefined;
      /**
       * @description URL to the contact's avatar or logo
       * @example https://example.com/avatars/jane-doe.jpg
       */
      logoUrl?: string | undefined;
      /**
       * @description A list of tags associated with the contact
       * @example [
       *       "hr",
       *       "engineering"
       *     ]
       */
      tags?: string[] | undefined;
    };
    /** @description Information about the identity making the request. If the identity does not exist, it will be created automatically. */
    PublicIdentity: {
      /**
       * @description Unique identifier for the contact
       * @example contact_01ARZ3NDEKTSV4RRFFQ69G5FAV
       */
      id: string;
      /**
       * @description Display name of the contact
       * @example Jane Doe
       */
      displayName?: string | undefined;
      /**
       * Format: email
       * @description Email address of the contact
       * @example jane.doe@example.com
       */
      email?: string | undefined;
      /**
       * @description A hash of key/value pairs containing any other data about the contact
       * @example [
       *       {
       *         "department": "Engineering",
       *         "role": "Senior Developer"
       *       }
       *     ]
       */
      metadata?:
        | {
            [key: string]: unknown;
          }[]
        | undefined;
      /**
       * @description URL to the contact's avatar or logo
       * @example https://example.com/avatars/jane-doe.jpg
       */
      logoUrl?: string | undefined;
      /**
       * @description A list of tags associated with the contact
       * @example [
       *       "hr",
       *       "engineering"
       *     ]
       */
      tags?: string[] | undefined;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export interface operations {
  createImageEdit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          /** @description The model to use for image edit. [Check models](https://docs.orq.ai/docs/ai-gateway-supported-models#image-models) */
          model: string;
          /** @description A text description of the desired image(s). */
          prompt: string;
          /**
           * @description The number of images to generate. Must be between 1 and 10.
           * @default 1
           */
          n?: number | null | undefined;
          /** @description The size of the generated images */
          size?: string | null | undefined;
          /**
           * @description The quality of the image that will be generated. Auto will automatically select the best quality for the given model.
           * @enum {string|null}
           */
          quality?: "auto" | "high" | "medium" | "low" | "standard" | null | undefined;
          /**
           * @description The format in which the generated images are returned. Some of the models only return the image in base64 format.
           * @enum {string}
           */
          responseFormat?: "url" | "b64_json" | undefined;
          /** @description A unique identifier representing your end-user, which can help to monitor and detect abuse. */
          user?: string | undefined;
          /** @description The name to display on the trace. If not specified, the default system name will be used. */
          name?: string | undefined;
          /** @description Array of fallback models to use if primary model fails */
          fallbacks?:
            | {
                /** @description Fallback model identifier */
                model: string;
              }[]
            | undefined;
          /** @description Retry configuration for the request */
          retry?:
            | {
                /**
                 * @description Number of retry attempts (1-5)
                 * @default 3
                 * @example 3
                 */
                count?: number | undefined;
                /**
                 * @description HTTP status codes that trigger retry logic
                 * @example [
                 *       429,
                 *       500,
                 *       502,
                 *       503,
                 *       504
                 *     ]
                 */
                onCodes?: number[] | undefined;
              }
            | undefined;
          /** @description Cache configuration for the request. */
          cache?:
            | {
                /**
                 * @description Time to live for cached responses in seconds. Maximum 259200 seconds (3 days).
                 * @default 1800
                 * @example 3600
                 */
                ttl?: number | undefined;
                /** @enum {string} */
                type: "exact_match";
              }
            | undefined;
          /** @description Load balancer configuration for the request. */
          loadBalancer?:
            | {
                /** @enum {string} */
                type: "weight_based";
                models: {
                  /**
                   * @description Model identifier for load balancing
                   * @example openai/gpt-4o
                   */
                  model: string;
                  /**
                   * @description Weight assigned to this model for load balancing
                   * @default 0.5
                   * @example 0.7
                   */
                  weight?: number | undefined;
                }[];
              }
            | undefined;
          /** @description Timeout configuration to apply to the request. If the request exceeds the timeout, it will be retried or fallback to the next model if configured. */
          timeout?:
            | {
                /**
                 * @description Timeout value in milliseconds
                 * @example 30000
                 */
                callTimeout: number;
              }
            | undefined;
          orq?:
            | {
                /** @description The name to display on the trace. If not specified, the default system name will be used. */
                name?: string | undefined;
                /** @description Retry configuration for the request */
                retry?:
                  | {
                      /**
                       * @description Number of retry attempts (1-5)
                       * @default 3
                       * @example 3
                       */
                      count?: number | undefined;
                      /**
                       * @description HTTP status codes that trigger retry logic
                       * @example [
                       *       429,
                       *       500,
                       *       502,
                       *       503,
                       *       504
                       *     ]
                       */
                      onCodes?: number[] | undefined;
                    }
                  | undefined;
                /** @description Array of fallback models to use if primary model fails */
                fallbacks?:
                  | {
                      /**
                       * @description Fallback model identifier
                       * @example openai/gpt-4o-mini
                       */
                      model: string;
                    }[]
                  | undefined;
                /** @description Prompt configuration for the request */
                prompt?:
                  | {
                      /**
                       * @description Unique identifier of the prompt to use
                       * @example prompt_01ARZ3NDEKTSV4RRFFQ69G5FAV
                       */
                      id: string;
                      /**
                       * @description Version of the prompt to use (currently only "latest" supported)
                       * @example latest
                       * @enum {string}
                       */
                      version: "latest";
                    }
                  | undefined;
                /** @description Information about the identity making the request. If the identity does not exist, it will be created automatically. */
                identity?: components["schemas"]["PublicIdentity"] | undefined;
                /**
                 * @deprecated
                 * @description @deprecated Use identity instead. Information about the contact making the request.
                 */
                contact?: components["schemas"]["PublicContact"] | undefined;
                /** @description Cache configuration for the request. */
                cache?:
                  | {
                      /**
                       * @description Time to live for cached responses in seconds. Maximum 259200 seconds (3 days).
                       * @default 1800
                       * @example 3600
                       */
                      ttl?: number | undefined;
                      /** @enum {string} */
                      type: "exact_match";
                    }
                  | undefined;
                /**
                 * @description Array of models with weights for load balancing requests
                 * @example {
                 *       "type": "weight_based",
                 *       "models": [
                 *         {
                 *           "model": "openai/gpt-4o",
                 *           "weight": 0.7
                 *         },
                 *         {
                 *           "model": "anthropic/claude-3-5-sonnet",
                 *           "weight": 0.3
                 *         }
                 *       ]
                 *     }
                 */
                loadBalancer?:
                  | {
                      /** @enum {string} */
                      type: "weight_based";
                      models: {
                        /**
                         * @description Model identifier for load balancing
                         * @example openai/gpt-4o
                         */
                        model: string;
                        /**
                         * @description Weight assigned to this model for load balancing
                         * @default 0.5
                         * @example 0.7
                         */
                        weight?: number | undefined;
                      }[];
                    }
                  | undefined;
                /** @description Timeout configuration to apply to the request. If the request exceeds the timeout, it will be retried or fallback to the next model if configured. */
                timeout?:
                  | {
                      /**
                       * @description Timeout value in milliseconds
                       * @example 30000
                       */
                      callTimeout: number;
                    }
                  | undefined;
              }
            | undefined;
          /** @description The image(s) to edit. Must be a supported image file or an array of images.  Each image should be a png, webp, or jpg file less than 50MB. You can provide up to 16 images. */
          image?: FileInput | FileInput[] | undefined;
        };
      };
    };
    responses: {
      /** @description Represents an image edit response from the API. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description The Unix timestamp (in seconds) of when the image was created. */
            created: number;
            /** @description The output format of the image generation */
            outputFormat?: string | undefined;
            /** @description The size of the image generated */
            size?: string | undefined;
            /** @description The quality of the image generated */
            quality?: string | undefined;
            /** @description The list of generated images. */
            data: {
              /** @description The base64-encoded JSON of the generated image, if response_format is b64_json */
              b64Json?: string | undefined;
              /** @description The URL of the generated image, if response_format is url (default) */
              url?: string | undefined;
            }[];
            /** @description The token usage information for the image generation. */
            usage?:
              | {
                  /** @description The total number of tokens (images and text) used for the image generation. */
                  totalTokens: number;
                  /** @description The number of tokens (images and text) in the input prompt. */
                  inputTokens: number;
                  /** @description The number of output tokens generated by the model. */
                  outputTokens: number;
                  /** @description The input tokens detailed information for the image generation. */
                  inputTokensDetails: {
                    /** @description The number of text tokens in the input prompt. */
                    textTokens: number;
                    /** @description The number of image tokens in the input prompt. */
                    imageTokens: number;
                  };
                }
              | undefined;
          };
        };
      };
    };
  };
  createImageVariation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description input */
    requestBody: {
      content: {
        "multipart/form-data": {
          /**
           * Format: binary
           * @description The image to edit. Must be a supported image file. It should be a png, webp, or jpg file less than 50MB.
           */
          image?: FileInput | undefined;
          /** @description The model to use for image generation. */
          model: string;
          /**
           * @description The number of images to generate. Must be between 1 and 10.
           * @default 1
           */
          n?: number | null | undefined;
          /**
           * @description The format in which the generated images are returned. Must be one of `url` or `b64_json`. URLs are only valid for 60 minutes after the image has been generated.
           * @default url
           * @enum {string}
           */
          responseFormat?: "url" | "b64_json" | undefined;
          /**
           * @description The size of the generated images. Must be one of `256x256`, `512x512`, or `1024x1024`.
           * @default 1024x1024
           * @enum {string}
           */
          size?: "256x256" | "512x512" | "1024x1024" | undefined;
          /** @description A unique identifier representing your end-user, which can help to monitor and detect abuse. */
          user?: string | undefined;
          /** @description The name to display on the trace. If not specified, the default system name will be used. */
          name?: string | undefined;
          /** @description Array of fallback models to use if primary model fails */
          fallbacks?:
            | {
                /** @description Fallback model identifier */
                model: string;
              }[]
            | undefined;
          /** @description Retry configuration for the request */
          retry?:
            | {
                /**
                 * @description Number of retry attempts (1-5)
                 * @default 3
                 * @example 3
                 */
                count?: number | undefined;
                /**
                 * @description HTTP status codes that trigger retry logic
                 * @example [
                 *       429,
                 *       500,
                 *       502,
                 *       503,
                 *       504
                 *     ]
                 */
                onCodes?: number[] | undefined;
              }
            | undefined;
          /** @description Cache configuration for the request. */
          cache?:
            | {
                /**
                 * @description Time to live for cached responses in seconds. Maximum 259200 seconds (3 days).
                 * @default 1800
                 * @example 3600
                 */
                ttl?: number | undefined;
                /** @enum {string} */
                type: "exact_match";
              }
            | undefined;
          /** @description Load balancer configuration for the request. */
          loadBalancer?:
            | {
                /** @enum {string} */
                type: "weight_based";
                models: {
                  /**
                   * @description Model identifier for load balancing
                   * @example openai/gpt-4o
                   */
                  model: string;
                  /**
                   * @description Weight assigned to this model for load balancing
                   * @default 0.5
                   * @example 0.7
                   */
                  weight?: number | undefined;
                }[];
              }
            | undefined;
          /** @description Timeout configuration to apply to the request. If the request exceeds the timeout, it will be retried or fallback to the next model if configured. */
          timeout?:
            | {
                /**
                 * @description Timeout value in milliseconds
                 * @example 30000
                 */
                callTimeout: number;
              }
            | undefined;
          orq?:
            | {
                /** @description The name to display on the trace. If not specified, the default system name will be used. */
                name?: string | undefined;
                /** @description Retry configuration for the request */
                retry?:
                  | {
                      /**
                       * @description Number of retry attempts (1-5)
                       * @default 3
                       * @example 3
                       */
                      count?: number | undefined;
                      /**
                       * @description HTTP status codes that trigger retry logic
                       * @example [
                       *       429,
                       *       500,
                       *       502,
                       *       503,
                       *       504
                       *     ]
                       */
                      onCodes?: number[] | undefined;
                    }
                  | undefined;
                /** @description Array of fallback models to use if primary model fails */
                fallbacks?:
                  | {
                      /**
                       * @description Fallback model identifier
                       * @example openai/gpt-4o-mini
                       */
                      model: string;
                    }[]
                  | undefined;
                /** @description Prompt configuration for the request */
                prompt?:
                  | {
                      /**
                       * @description Unique identifier of the prompt to use
                       * @example prompt_01ARZ3NDEKTSV4RRFFQ69G5FAV
                       */
                      id: string;
                      /**
                       * @description Version of the prompt to use (currently only "latest" supported)
                       * @example latest
                       * @enum {string}
                       */
                      version: "latest";
                    }
                  | undefined;
                /** @description Information about the identity making the request. If the identity does not exist, it will be created automatically. */
                identity?: components["schemas"]["PublicIdentity"] | undefined;
                /**
                 * @deprecated
                 * @description @deprecated Use identity instead. Information about the contact making the request.
                 */
                contact?: components["schemas"]["PublicContact"] | undefined;
                /** @description Cache configuration for the request. */
                cache?:
                  | {
                      /**
                       * @description Time to live for cached responses in seconds. Maximum 259200 seconds (3 days).
                       * @default 1800
                       * @example 3600
                       */
                      ttl?: number | undefined;
                      /** @enum {string} */
                      type: "exact_match";
                    }
                  | undefined;
                /**
                 * @description Array of models with weights for load balancing requests
                 * @example {
                 *       "type": "weight_based",
                 *       "models": [
                 *         {
                 *           "model": "openai/gpt-4o",
                 *           "weight": 0.7
                 *         },
                 *         {
                 *           "model": "anthropic/claude-3-5-sonnet",
                 *           "weight": 0.3
                 *         }
                 *       ]
                 *     }
                 */
                loadBalancer?:
                  | {
                      /** @enum {string} */
                      type: "weight_based";
                      models: {
                        /**
                         * @description Model identifier for load balancing
                         * @example openai/gpt-4o
                         */
                        model: string;
                        /**
                         * @description Weight assigned to this model for load balancing
                         * @default 0.5
                         * @example 0.7
                         */
                        weight?: number | undefined;
                      }[];
                    }
                  | undefined;
                /** @description Timeout configuration to apply to the request. If the request exceeds the timeout, it will be retried or fallback to the next model if configured. */
                timeout?:
                  | {
                      /**
                       * @description Timeout value in milliseconds
                       * @example 30000
                       */
                      callTimeout: number;
                    }
                  | undefined;
              }
            | undefined;
        };
      };
    };
    responses: {
      /** @description Represents an image variation response from the API. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            /** @description The Unix timestamp (in seconds) of when the image was created. */
            created: number;
            /** @description The output format of the image generation */
            outputFormat?: string | undefined;
            /** @description The size of the image generated */
            size?: string | undefined;
            /** @description The quality of the image generated */
            quality?: string | undefined;
            /** @description The list of generated images. */
            data: {
              /** @description The base64-encoded JSON of the generated image, if response_format is b64_json */
              b64Json?: string | undefined;
              /** @description The URL of the generated image, if response_format is url (default) */
              url?: string | undefined;
            }[];
            /** @description The token usage information for the image generation. */
            usage?:
              | {
                  /** @description The total number of tokens (images and text) used for the image generation. */
                  totalTokens: number;
                  /** @description The number of tokens (images and text) in the input prompt. */
                  inputTokens: number;
                  /** @description The number of output tokens generated by the model. */
                  outputTokens: number;
                  /** @description The input tokens detailed information for the image generation. */
                  inputTokensDetails: {
                    /** @description The number of text tokens in the input prompt. */
                    textTokens: number;
                    /** @description The number of image tokens in the input prompt. */
                    imageTokens: number;
                  };
                }
              | undefined;
          };
        };
      };
    };
  };
}

// generated — do not edit. Made by scripts/generate from the OpenAPI spec; run `pnpm generate`.
import type * as models from "./models.js";
import * as operations from "./operations.js";

/** Every operation, by resource path: what the client's methods are built from. */
export const resources = {
  router: {
    images: {
      edits: { create: operations.createImageEdit },
      variations: { create: operations.createImageVariation },
    },
  },
} as const;

/** The client's methods, by resource path. */
export interface Resources<Options> {
  readonly router: {
    readonly images: {
      readonly edits: {
        /**
         * Create image edit
         *
         * `POST /v2/router/images/edits`
         *
         * @remarks
         * Edit an Image
         */
        create(
          request: models.CreateImageEditRequestBody,
          options?: Options,
        ): Promise<models.CreateImageEditResponseBody>;
      };
      readonly variations: {
        /**
         * Create image variation
         *
         * `POST /v2/router/images/variations`
         *
         * @remarks
         * Create an Image Variation
         */
        create(
          request: models.CreateImageVariationRequestBody,
          options?: Options,
        ): Promise<models.CreateImageVariationResponseBody>;
      };
    };
  };
}

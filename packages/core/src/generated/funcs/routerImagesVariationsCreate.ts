// generated — do not edit. Made by scripts/generate from the OpenAPI spec; run `pnpm generate`.
import type { APIPromise, OperationCaller, Result } from "../contract.js";
import type {
  CreateImageVariationRequestBody,
  CreateImageVariationResponseBody,
} from "../models.js";
import { createImageVariation as operation } from "../operations.js";

/**
 * Create image variation
 *
 * `POST /v2/router/images/variations`
 *
 * @remarks
 * Create an Image Variation
 */
export function routerImagesVariationsCreate<Options, E>(
  core: OperationCaller<Options, E>,
  request: CreateImageVariationRequestBody,
  options?: Options,
): APIPromise<Result<CreateImageVariationResponseBody, E>> {
  return core.callOperation(operation, request, options) as APIPromise<
    Result<CreateImageVariationResponseBody, E>
  >;
}

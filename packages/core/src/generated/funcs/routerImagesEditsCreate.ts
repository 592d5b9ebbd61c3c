// generated — do not edit. Made by scripts/generate from the OpenAPI spec; run `pnpm generate`.
import type { APIPromise, OperationCaller, Result } from "../contract.js";
import type { CreateImageEditRequestBody, CreateImageEditResponseBody } from "../models.js";
import { createImageEdit as operation } from "../operations.js";

/**
 * Create image edit
 *
 * `POST /v2/router/images/edits`
 *
 * @remarks
 * Edit an Image
 */
export function routerImagesEditsCreate<Options, E>(
  core: OperationCaller<Options, E>,
  request: CreateImageEditRequestBody,
  options?: Options,
): APIPromise<Result<CreateImageEditResponseBody, E>> {
  return core.callOperation(operation, request, options) as APIPromise<
    Result<CreateImageEditResponseBody, E>
  >;
}

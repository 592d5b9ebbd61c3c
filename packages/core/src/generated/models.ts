// generated — do not edit. Made by scripts/generate from the OpenAPI spec; run `pnpm generate`.
import type { components, paths } from "./sdk-types.js";

export type CreateImageEditRequestBody = NonNullable<
  paths["/v2/router/images/edits"]["post"]["requestBody"]
>["content"]["multipart/form-data"];
export type CreateImageEditResponseBody =
  paths["/v2/router/images/edits"]["post"]["responses"]["200"]["content"]["application/json"];
export type CreateImageVariationRequestBody = NonNullable<
  paths["/v2/router/images/variations"]["post"]["requestBody"]
>["content"]["multipart/form-data"];
export type CreateImageVariationResponseBody =
  paths["/v2/router/images/variations"]["post"]["responses"]["200"]["content"]["application/json"];
/**
 * @deprecated Use identity instead. Information about the contact making the request.
 */
export type PublicContact = components["schemas"]["PublicContact"];
/**
 * Information about the identity making the request. If the identity does not exist, it will be created automatically.
 */
export type PublicIdentity = components["schemas"]["PublicIdentity"];

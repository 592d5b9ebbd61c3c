// generated — do not edit. Made by scripts/generate from the OpenAPI spec; run `pnpm generate`.
import type { components, paths } from "./sdk-types.js";

type $CreateImageEditRequestBody = NonNullable<
  paths["/v2/router/images/edits"]["post"]["requestBody"]
>["content"]["multipart/form-data"];
export interface CreateImageEditRequestBody extends $CreateImageEditRequestBody {}
type $CreateImageEditResponseBody =
  paths["/v2/router/images/edits"]["post"]["responses"]["200"]["content"]["application/json"];
export interface CreateImageEditResponseBody extends $CreateImageEditResponseBody {}
type $CreateImageVariationRequestBody = NonNullable<
  paths["/v2/router/images/variations"]["post"]["requestBody"]
>["content"]["multipart/form-data"];
export interface CreateImageVariationRequestBody extends $CreateImageVariationRequestBody {}
type $CreateImageVariationResponseBody =
  paths["/v2/router/images/variations"]["post"]["responses"]["200"]["content"]["application/json"];
export interface CreateImageVariationResponseBody extends $CreateImageVariationResponseBody {}
type $PublicContact = components["schemas"]["PublicContact"];
/**
 * @deprecated Use identity instead. Information about the contact making the request.
 */
export interface PublicContact extends $PublicContact {}
type $PublicIdentity = components["schemas"]["PublicIdentity"];
/**
 * Information about the identity making the request. If the identity does not exist, it will be created automatically.
 */
export interface PublicIdentity extends $PublicIdentity {}

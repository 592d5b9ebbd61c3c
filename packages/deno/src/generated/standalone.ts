// generated — do not edit. Made by scripts/generate from the OpenAPI spec; run `pnpm generate`.
// All of core, and core's standalone functions retyped to take Deno's upload inputs too (a
// `Deno.FsFile`): the client passed to them carries the runtime that turns those into files before
// validation.
import * as core from "@orq-sdk/core";
import type { DenoStandalone } from "../types.ts";

export * from "@orq-sdk/core";

/**
 * Create image edit
 *
 * `POST /v2/router/images/edits`
 *
 * @remarks
 * Edit an Image
 */
export const routerImagesEditsCreate: DenoStandalone<typeof core.routerImagesEditsCreate> =
  core.routerImagesEditsCreate as never;

/**
 * Create image variation
 *
 * `POST /v2/router/images/variations`
 *
 * @remarks
 * Create an Image Variation
 */
export const routerImagesVariationsCreate: DenoStandalone<
  typeof core.routerImagesVariationsCreate
> = core.routerImagesVariationsCreate as never;

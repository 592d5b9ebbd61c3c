// generated — do not edit. Made by scripts/generate from the OpenAPI spec; run `pnpm generate`.
// The package's root: all of core, the package's own exports (../browser.js), and core's standalone
// functions retyped to take the browser's upload inputs too (a `FileList`, a canvas, a URL, a
// `Response`): the client passed to them carries the runtime that turns those into files before
// validation.
import * as core from "@orq-sdk/core";
import type { BrowserStandalone } from "../types.js";

export * from "@orq-sdk/core";
export * from "../browser.js";
// Core has these too: the package's own are exported.
export { Orq, OrqCore, createOrqClient } from "../browser.js";

/**
 * Create image edit
 *
 * `POST /v2/router/images/edits`
 *
 * @remarks
 * Edit an Image
 */
export const routerImagesEditsCreate: BrowserStandalone<typeof core.routerImagesEditsCreate> =
  core.routerImagesEditsCreate as never;

/**
 * Create image variation
 *
 * `POST /v2/router/images/variations`
 *
 * @remarks
 * Create an Image Variation
 */
export const routerImagesVariationsCreate: BrowserStandalone<
  typeof core.routerImagesVariationsCreate
> = core.routerImagesVariationsCreate as never;

// Core's standalone functions, typed to take Deno's file inputs (a `Deno.FsFile`). They are
// core's own functions: the client passed to them carries the Deno runtime, which turns a
// `Deno.FsFile` into a file before validation. One line per operation of the spec; the test
// `package_test.ts` ("every standalone function of core takes Deno's inputs") fails when core
// has an operation that is missing here.
import * as core from "@orq-sdk/core";
import type { DenoStandalone } from "./types.ts";

const widen = <F>(fn: F): DenoStandalone<F> => fn as unknown as DenoStandalone<F>;

/**
 * Create image edit: `POST /v2/router/images/edits`.
 *
 * @example
 * ```ts
 * const res = await routerImagesEditsCreate(new OrqCore(), { model, prompt, image });
 * if (res.ok) console.log(res.value.data);
 * ```
 */
export const routerImagesEditsCreate: DenoStandalone<typeof core.routerImagesEditsCreate> = widen(
  core.routerImagesEditsCreate,
);

/** Create image variation: `POST /v2/router/images/variations`. */
export const routerImagesVariationsCreate: DenoStandalone<
  typeof core.routerImagesVariationsCreate
> = widen(core.routerImagesVariationsCreate);

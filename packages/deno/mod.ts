/**
 * The orq.ai SDK for Deno: everything in `@orq-sdk/core` (typed methods, validation before a
 * byte is sent, retries, typed errors), with Deno's own file handling: `image` also takes a
 * `Deno.FsFile` and {@link fileFromPath}, which streams a file from disk.
 *
 * ```ts
 * import { fileFromPath, Orq } from "@orq-sdk/deno";
 *
 * const orq = new Orq({ apiKey: "…" });
 * const result = await orq.router.images.edits.create({
 *   model: "openai/gpt-image-1",
 *   prompt: "Give the otter a tiny hat",
 *   image: [await fileFromPath("otter.png"), await Deno.readFile("hat.png")],
 * });
 * ```
 *
 * Permissions: `--allow-net` for the API host; `--allow-read` for the files you upload;
 * `--allow-env` only if you rely on `ORQ_API_KEY` (or `ORQ_LOG`).
 *
 * @module
 */
import {
  Orq as CoreOrq,
  OrqCore as CoreOrqCore,
  type OrqOptions,
  type Runtime,
} from "@orq-sdk/core";
import { denoRuntime } from "./src/runtime.ts";
import type { DenoResources } from "./src/types.ts";

// All of core, with its standalone functions typed for Deno's inputs (generated: one per
// operation of the spec).
export * from "./src/generated/standalone.ts";
export { fileFromPath, type FileFromPathOptions } from "./src/file-from-path.ts";
export { FileOnDisk } from "./src/file-on-disk.ts";
export { denoRuntime } from "./src/runtime.ts";
export type {
  DenoFileContent,
  DenoFileInput,
  DenoMethods,
  DenoResources,
  DenoStandalone,
  WithDenoFiles,
} from "./src/types.ts";

// Core's client, typed with methods that take Deno's file inputs (the runtime converts them).
type OrqBaseConstructor = new (
  options: OrqOptions,
  runtime: Runtime,
) => CoreOrqCore & DenoResources;
const OrqBase: OrqBaseConstructor = CoreOrq as unknown as OrqBaseConstructor;

/**
 * The client, with every operation as a method: `orq.router.images.edits.create(request)`.
 * Methods resolve to the response, or throw one of the SDK's errors.
 */
export class Orq extends OrqBase {
  /** `apiKey` defaults to `ORQ_API_KEY` (which needs `--allow-env`). */
  constructor(options: OrqOptions = {}) {
    super(options, denoRuntime);
  }
}
/** The client for standalone functions: `routerImagesEditsCreate(core, request)`. */
export class OrqCore extends CoreOrqCore {
  /** `apiKey` defaults to `ORQ_API_KEY` (which needs `--allow-env`). */
  constructor(options: OrqOptions = {}) {
    super(options, denoRuntime);
  }
}

// @orq-sdk/node: everything from @orq-sdk/core, with Node's transport and file handling.
import { Orq as BaseOrq, OrqCore as BaseOrqCore, type OrqOptions } from "@orq-sdk/core";
import { nodeRuntime } from "./runtime.js";

export * from "@orq-sdk/core";
export { fileFromPath, type FileFromPathOptions } from "./files/file-from-path.js";

/** The client, with every operation as a method: `orq.router.images.edits.create(request)`. */
export class Orq extends BaseOrq {
  constructor(options: OrqOptions = {}) {
    super(options, nodeRuntime);
  }
}

/** The client for standalone functions: `routerImagesEditsCreate(core, request)`. */
export class OrqCore extends BaseOrqCore {
  constructor(options: OrqOptions = {}) {
    super(options, nodeRuntime);
  }
}

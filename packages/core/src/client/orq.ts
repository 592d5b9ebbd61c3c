import { resources, type Resources } from "../generated/resources.js";
import { bindMethods } from "./bind-methods.js";
import type { OrqOptions, RequestOptions } from "./options.js";
import { OrqCore } from "./orq-core.js";
import type { Runtime } from "./runtime.js";

/**
 * The client with every operation as a method: `orq.router.images.edits.create(request)`.
 * Methods resolve to the response, or throw one of the SDK's errors.
 */
export class Orq extends OrqCore {
  constructor(options: OrqOptions = {}, runtime?: Runtime) {
    super(options, runtime);
    Object.assign(this, bindMethods(this, resources));
  }
}
// The methods are built at run time from the generated table; this gives them their types.
export interface Orq extends Resources<RequestOptions> {}

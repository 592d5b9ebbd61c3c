// @orq-sdk/browser's own exports: the client classes with the browser's runtime, upload inputs
// and a guard against shipping an API key in page code, and the browser's file helpers. The
// package's root (src/generated/index.ts) exports these with all of core.
import {
  Orq as BaseOrq,
  OrqCore as BaseOrqCore,
  createOrqClient as baseCreateOrqClient,
  ValidationError,
  type OrqClientOptions,
  type OrqOptions,
  type Runtime,
} from "@orq-sdk/core";
import type { BrowserMethods } from "./types.js";
import { browserRuntime } from "./runtime.js";

export { browserRuntime } from "./runtime.js";
export {
  blobFromDataURL,
  fileFromCanvas,
  fileFromURL,
  type BrowserFileInput,
} from "./files/to-file-input.js";
export { blobFromB64, objectURLFromB64 } from "./files/from-b64.js";
export type {
  BrowserMethods,
  BrowserStandalone,
  IsFileField,
  WithBrowserArgument,
  WithBrowserFiles,
  WithBrowserInputs,
} from "./types.js";

/**
 * A string key in a browser is readable by every visitor of the page (devtools, the bundle, the
 * network panel): refused unless the caller says they know. A key function is the supported way
 * (a short-lived token from your backend), as is no key at all behind your own proxy.
 */
function refuseBrowserKey(options: OrqOptions, where: string): void {
  const { apiKey, dangerouslyAllowBrowser } = options ?? {};
  if (typeof apiKey !== "string" || !apiKey.trim() || dangerouslyAllowBrowser === true) return;
  throw new ValidationError(where, [
    {
      path: "apiKey",
      message:
        "a key in page code is readable by every visitor: let your backend add it " +
        '(serverURL: "/api/…"), pass apiKey: async () => a short-lived token, or accept the ' +
        "risk with dangerouslyAllowBrowser: true",
    },
  ]);
}

// The generated methods, with upload fields that take the browser's inputs too (a FileList, a
// canvas, a URL, …): the same class at run time, retyped.
type Resources = Omit<BaseOrq, keyof BaseOrqCore>;
const OrqWithBrowserInputs = BaseOrq as unknown as new (
  options: OrqOptions,
  runtime: Runtime,
) => BaseOrqCore & BrowserMethods<Resources>;

/** The client, with every operation as a method: `orq.router.images.edits.create(request)`. */
export class Orq extends OrqWithBrowserInputs {
  constructor(options: OrqOptions = {}) {
    refuseBrowserKey(options, "new Orq()");
    super(options, browserRuntime);
  }
}

/** The client for standalone functions: `routerImagesEditsCreate(core, request)`. */
export class OrqCore extends BaseOrqCore {
  constructor(options: OrqOptions = {}) {
    refuseBrowserKey(options, "new OrqCore()");
    super(options, browserRuntime);
  }
}

/** The raw typed client (openapi-fetch, wire names), with the same guard on the API key. */
export function createOrqClient(
  options: OrqClientOptions & Pick<OrqOptions, "dangerouslyAllowBrowser"> = {},
): ReturnType<typeof baseCreateOrqClient> {
  const { dangerouslyAllowBrowser, ...rest } = options;
  refuseBrowserKey({ apiKey: rest.apiKey, dangerouslyAllowBrowser }, "createOrqClient()");
  return baseCreateOrqClient(rest);
}

import { ValidationError } from "../errors/validation-error.js";
import type { OrqError } from "../errors/orq-error.js";
import type {
  APICall,
  APIPromise,
  Operation,
  OperationCaller,
  Result,
} from "../generated/contract.js";
import { pickLogger } from "../logging/logger.js";
import { callOperation, type Client } from "../request/call-operation.js";
import { serverFromVariables, serverSecrets } from "./server-variables.js";
import { apiKeyProblem } from "./api-key.js";
import { refuseUnknownServerIndex } from "./server-options.js";
import { absoluteServerURL } from "./server-url.js";
import * as spec from "../generated/schemas.js";
import type { OrqOptions, RequestOptions } from "./options.js";
import { webRuntime, type Runtime } from "./runtime.js";

/**
 * The client without its resource tree: pass it to standalone functions such as
 * `routerImagesEditsCreate(core, request)`, so a bundle holds only the operations it calls.
 */
export class OrqCore implements OperationCaller<RequestOptions, OrqError> {
  // A private field: `console.log`, `util.inspect` and `JSON.stringify` never see it, so the
  // key it holds is never printed.
  readonly #client: Client;
  /** Where requests go, absolute and without a trailing slash. */
  readonly serverURL: string;

  constructor(options: OrqOptions = {}, runtime: Runtime = webRuntime) {
    // (`null` from JavaScript, as a call's options take it, is no options.)
    options ??= {};
    // An option name written another way (`serverUrl`, `apikey`): refused where the runtime
    // checks names (Node, Deno; a browser bundle leaves the check out, for its size).
    runtime.checkOptions?.(options);
    const given = options.apiKey;
    // Else the environment's, in the variable named after the API (`ORQ_API_KEY`): a key meant
    // for one API is never sent to another. (None for a spec that declares no security.)
    const apiKey =
      given === undefined || given === ""
        ? spec.apiKeyVariable
          ? runtime.env?.(spec.apiKeyVariable)
          : undefined
        : given;
    const problem = apiKeyProblem(apiKey);
    if (problem) throw new ValidationError("new Orq()", [{ path: "apiKey", message: problem }]);
    // Credentials written into page code are as readable as a key (see the browser package's
    // guard on `apiKey`): functions (a backend handing out short-lived ones) are fine.
    if (
      spec.usesCredentialSets &&
      runtime.name === "browser" &&
      options.dangerouslyAllowBrowser !== true &&
      Object.values(options.credentials ?? {}).some((value) => typeof value === "string")
    )
      throw new ValidationError("new Orq()", [
        {
          path: "credentials",
          message:
            "credentials in page code are readable by every visitor: pass functions that fetch short-lived ones from your backend, or accept the risk with dangerouslyAllowBrowser: true",
        },
      ]);
    // (A spec with one server reads no `serverIdx`: Node and Deno refuse any but 0.)
    if (spec.usesServerIndex) refuseUnknownServerIndex(options);
    this.serverURL = absoluteServerURL(
      options.serverURL ??
        // (A ternary: a spec whose servers have no variables keeps just the list.)
        (spec.usesServerVariables
          ? serverFromVariables!(options)
          : spec.serverList[(spec.usesServerIndex && options.serverIdx) || 0]!),
      "new Orq()",
    );
    // The secrets a server variable put in the URL (Telegram's bot token), found once: every
    // call hides them as it hides the key. The URL is still read as `serverURL`, but not shown:
    // `console.log(client)` and JSON leave it out.
    const urlSecrets = spec.usesServerVariables
      ? serverSecrets!(options).filter((secret) => this.serverURL.includes(secret))
      : [];
    if (spec.usesServerVariables && urlSecrets.length)
      Object.defineProperty(this, "serverURL", { enumerable: false });
    this.#client = {
      // (One expression, so that a spec without operations on servers of their own keeps just
      // the options.)
      ...(spec.usesOperationServers
        ? { ...options, serverURLGiven: options.serverURL !== undefined }
        : options),
      apiKey,
      serverURL: this.serverURL,
      runtime,
      logger: pickLogger(options.logger ?? options.debugLogger, runtime.env),
    };
    if (spec.usesServerVariables) Object.assign(this.#client, { urlSecrets });
  }

  /**
   * Runs one operation of the generated table; generated functions call this. The promise of
   * its result also has `$inspect()`, which adds the HTTP exchange behind it.
   */
  callOperation(
    operation: Operation,
    request: unknown,
    options?: RequestOptions,
  ): APIPromise<Result<unknown, OrqError>> {
    const called = callOperation(this.#client, operation, request, options);
    return Object.assign(
      called.then(([result]) => result),
      {
        $inspect: () =>
          called.then(([result, inspect]): [Result<unknown, OrqError>, APICall] => [
            result,
            inspect(),
          ]),
      },
    );
  }
}

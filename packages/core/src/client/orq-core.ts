import { ValidationError } from "../errors/validation-error.js";
import type { OrqError } from "../errors/orq-error.js";
import type { Operation, OperationCaller, Result } from "../generated/contract.js";
import { pickLogger } from "../logging/logger.js";
import { callOperation, type Client } from "../request/call-operation.js";
import { apiKeyProblem } from "./api-key.js";
import { DEFAULT_SERVER_URL, type OrqOptions, type RequestOptions } from "./options.js";
import { webRuntime, type Runtime } from "./runtime.js";

/**
 * The client without its resource tree: pass it to standalone functions such as
 * `routerImagesEditsCreate(core, request)`, so a bundle holds only the operations it calls.
 */
export class OrqCore implements OperationCaller<RequestOptions, OrqError> {
  // A private field: never printed by `console.log`, `util.inspect` or `JSON.stringify`.
  readonly #client: Client;
  readonly serverURL: string;

  constructor(options: OrqOptions = {}, runtime: Runtime = webRuntime) {
    const given = options.apiKey;
    const apiKey = given === undefined || given === "" ? runtime.env?.("ORQ_API_KEY") : given;
    const serverURL = options.serverURL ?? DEFAULT_SERVER_URL;
    let protocol = "";
    try {
      protocol = new URL(serverURL).protocol;
    } catch {}
    const problem = apiKeyProblem(apiKey);
    if (problem) throw new ValidationError("new Orq()", [{ path: "apiKey", message: problem }]);
    if (!/^https?:$/.test(protocol)) {
      const message = "serverURL must be an absolute http or https URL, e.g. https://api.orq.ai";
      throw new ValidationError("new Orq()", [{ path: "serverURL", message }]);
    }
    this.serverURL = serverURL.replace(/\/+$/, "");
    this.#client = {
      ...options,
      apiKey,
      serverURL: this.serverURL,
      runtime,
      logger: pickLogger(options.logger ?? options.debugLogger, runtime.env),
    };
  }

  /** Runs one operation of the generated table; generated functions call this. */
  callOperation(
    operation: Operation,
    request: unknown,
    options?: RequestOptions,
  ): Promise<Result<unknown, OrqError>> {
    return callOperation(this.#client, operation, request, options);
  }

  /** What `console.log(client)` shows in Node: where it points, never the key. */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `${this.constructor.name} { serverURL: ${JSON.stringify(this.serverURL)} }`;
  }

  toJSON(): object {
    return { serverURL: this.serverURL };
  }
}

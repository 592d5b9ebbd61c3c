import { ValidationError } from "../errors/validation-error.js";
import type { OrqError } from "../errors/orq-error.js";
import type { Operation, OperationCaller, Result } from "../generated/contract.js";
import { pickLogger } from "../logging/logger.js";
import { callOperation, type CallContext } from "../request/call-operation.js";
import { apiKeyProblem } from "./api-key.js";
import { DEFAULT_SERVER_URL, type OrqOptions, type RequestOptions } from "./options.js";
import { webRuntime, type Runtime } from "./runtime.js";

/**
 * The client without its resource tree: pass it to standalone functions such as
 * `routerImagesEditsCreate(core, request)`, so a bundle holds only the operations it calls.
 */
export class OrqCore implements OperationCaller<RequestOptions, OrqError> {
  // A private field: never printed by `console.log`, `util.inspect` or `JSON.stringify`.
  readonly #call: CallContext;
  readonly serverURL: string;

  constructor(options: OrqOptions = {}, runtime: Runtime = webRuntime) {
    const apiKey =
      options.apiKey === undefined || options.apiKey === ""
        ? runtime.env?.("ORQ_API_KEY")
        : options.apiKey;
    const problem = apiKeyProblem(apiKey);
    if (problem) throw new ValidationError("new Orq()", [{ path: "apiKey", message: problem }]);
    checkServerURL(options.serverURL);
    this.serverURL = (options.serverURL ?? DEFAULT_SERVER_URL).replace(/\/+$/, "");
    const transport = options.fetch ?? runtime.fetch;
    this.#call = {
      // Looked up per request, so a fetch patched after construction (test tools) is used.
      fetch: (request) => (transport ?? globalThis.fetch)(request),
      serverURL: this.serverURL,
      runtime,
      apiKey,
      retryConfig: options.retryConfig,
      timeoutMs: options.timeoutMs,
      logger: pickLogger(options.logger ?? options.debugLogger, runtime.env),
    };
  }

  /** Runs one operation of the generated table; generated functions call this. */
  callOperation(
    operation: Operation,
    request: unknown,
    options?: RequestOptions,
  ): Promise<Result<unknown, OrqError>> {
    return callOperation(this.#call, operation, request, options);
  }

  /** What `console.log(client)` shows in Node: where it points, never the key. */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `${this.constructor.name} { serverURL: ${JSON.stringify(this.serverURL)} }`;
  }

  toJSON(): object {
    return { serverURL: this.serverURL };
  }
}

function checkServerURL(url: string | undefined): void {
  if (url === undefined) return;
  let problem: string | undefined;
  try {
    if (!/^https?:$/.test(new URL(url).protocol))
      problem = "serverURL must be an http or https URL";
  } catch {
    problem = "serverURL must be an absolute URL, e.g. https://api.orq.ai";
  }
  if (problem) throw new ValidationError("new Orq()", [{ path: "serverURL", message: problem }]);
}

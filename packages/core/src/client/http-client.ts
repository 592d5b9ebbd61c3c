/**
 * A function shaped like `fetch`: a third-party client, a proxy-aware fetch, a test double. It is
 * called with the request alone; `init` is there so that `(input, init) => fetch(input, { ...init,
 * dispatcher })`, as the official README writes it, fits.
 */
export type Fetcher = (input: Request, init?: RequestInit) => Promise<Response>;

export type BeforeRequestHook = (request: Request) => Request | void | Promise<Request | void>;
export type RequestErrorHook = (error: unknown, request: Request) => void | Promise<void>;
export type ResponseHook = (response: Response, request: Request) => void | Promise<void>;
/** What `new HTTPClient()` takes (the official SDK's name). */
export type HTTPClientOptions = { fetcher?: Fetcher };

interface Hooks {
  beforeRequest: BeforeRequestHook[];
  requestError: RequestErrorHook[];
  response: ResponseHook[];
}

/**
 * The official SDK's `HTTPClient` (`@orq-ai/node/lib/http`), so that code written for it runs
 * unchanged: a `fetcher` to send with, and hooks around each attempt that can replace the
 * request (a header, a signal), see each answer, or see each failure. Pass it as `httpClient`.
 * Retries, timeouts and errors stay the SDK's: a hook sees every attempt.
 */
export class HTTPClient {
  readonly #fetcher: Fetcher;
  readonly #hooks: Hooks = { beforeRequest: [], requestError: [], response: [] };

  constructor(options: HTTPClientOptions = {}) {
    // Read at call time, so a `fetch` patched in later (a test, a polyfill) is the one used.
    this.#fetcher = options.fetcher ?? ((request) => fetch(request));
  }

  async request(request: Request): Promise<Response> {
    for (const hook of this.#hooks.beforeRequest) request = (await hook(request)) ?? request;
    let response: Response;
    try {
      response = await this.#fetcher(request);
    } catch (error) {
      for (const hook of this.#hooks.requestError) await hook(error, request);
      throw error;
    }
    for (const hook of this.#hooks.response) await hook(response, request);
    return response;
  }

  addHook(name: "beforeRequest", hook: BeforeRequestHook): this;
  addHook(name: "requestError", hook: RequestErrorHook): this;
  addHook(name: "response", hook: ResponseHook): this;
  addHook(name: keyof Hooks, hook: Hooks[keyof Hooks][number]): this {
    (this.#hooks[name] as unknown[]).push(hook);
    return this;
  }

  removeHook(name: "beforeRequest", hook: BeforeRequestHook): this;
  removeHook(name: "requestError", hook: RequestErrorHook): this;
  removeHook(name: "response", hook: ResponseHook): this;
  removeHook(name: keyof Hooks, hook: Hooks[keyof Hooks][number]): this {
    const hooks = this.#hooks[name] as unknown[];
    const at = hooks.indexOf(hook);
    if (at >= 0) hooks.splice(at, 1);
    return this;
  }

  /** A client with the same fetcher and hooks, whose hooks can then change on their own. */
  clone(): HTTPClient {
    const copy = new HTTPClient({ fetcher: this.#fetcher });
    for (const name of Object.keys(this.#hooks) as (keyof Hooks)[])
      (copy.#hooks[name] as unknown[]).push(...this.#hooks[name]);
    return copy;
  }
}

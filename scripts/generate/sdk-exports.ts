/**
 * The names the SDK's packages export beside the generated ones (`packages/core/src/index.ts`,
 * its errors, and each runtime package's own exports). A generated model or standalone function
 * must not take one: core's `export *` of the generated index and of its own modules would clash
 * (TS2308: every FastAPI spec has a `ValidationError` schema), and an explicit export silently
 * shadows a generated type of the same name (a spec's `Issue` or `RetryConfig`). A test checks
 * this list against the packages' sources.
 */
export const SDK_EXPORTS: readonly string[] = [
  // @orq-sdk/core
  "Orq",
  "OrqCore",
  "createOrqClient",
  "OrqClientOptions",
  "OrqOptions",
  "RequestOptions",
  "IsRequestOptions",
  "HTTPClient",
  "Fetcher",
  "BeforeRequestHook",
  "RequestErrorHook",
  "ResponseHook",
  "webRuntime",
  "Runtime",
  "refuseMisspeltOptions",
  "checkClientOptions",
  "encodeMultipartStream",
  "encodeFormData",
  "openStream",
  "Part",
  "ReplayableBody",
  "Logger",
  "RetryConfig",
  "BackoffStrategy",
  "Issue",
  "OrqError",
  "APIError",
  "ValidationError",
  "SDKValidationError",
  "ResponseValidationError",
  "ConnectionError",
  "RequestTimeoutError",
  "RequestAbortedError",
  "HTTPClientError",
  "UnexpectedClientError",
  "InvalidRequestError",
  // @orq-sdk/node
  "fileFromPath",
  // @orq-sdk/browser
  "browserRuntime",
  "blobFromDataURL",
  "fileFromCanvas",
  "fileFromURL",
  "BrowserFileInput",
  "blobFromB64",
  "objectURLFromB64",
  "WithBrowserFiles",
  "BrowserMethods",
  // @orq-sdk/deno
  "FileFromPathOptions",
  "FileOnDisk",
  "denoRuntime",
  "DenoFileContent",
  "DenoFileInput",
  "DenoMethods",
  "DenoResources",
  "DenoStandalone",
  "WithDenoFiles",
];

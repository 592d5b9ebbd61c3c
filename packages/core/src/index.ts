// The public API of @orq-sdk/core. Runtime packages re-export all of it.
export { Orq } from "./client/orq.js";
export { OrqCore } from "./client/orq-core.js";
export { createOrqClient, type OrqClientOptions } from "./client/create-orq-client.js";
// (`ApiKey`, the `apiKey` option's type, is `OrqOptions["apiKey"]`: not exported under a name
// the orq spec's own `ApiKey` model has.)
export type { IsRequestOptions, OrqOptions, RequestOptions, SDKOptions } from "./client/options.js";
export type { Resources } from "./generated/resources.js";
// The spec's servers, which `serverIdx` picks from (the official SDK's `ServerList`).
export { serverList as ServerList } from "./generated/schemas.js";
export {
  HTTPClient,
  type Fetcher,
  type HTTPClientOptions,
  type BeforeRequestHook,
  type RequestErrorHook,
  type ResponseHook,
} from "./client/http-client.js";
export { webRuntime, type Runtime } from "./client/runtime.js";
export { refuseMisspeltOptions } from "./client/option-names.js";
export { checkCallOptions, checkClientOptions } from "./client/check-options.js";
// Building blocks for runtime packages.
export { encodeMultipartStream } from "./multipart/stream-encoder.js";
export { encodeFormData } from "./multipart/form-data-encoder.js";
export { openStream, streamIssue, type StreamLimit } from "./files/open-stream.js";
export { mediaTypeOfName } from "./files/media-type-of-name.js";
export type { StreamSource } from "./files/to-file-part.js";
export type { Part, ReplayableBody } from "./multipart/part.js";
export type { Logger } from "./logging/logger.js";
export type { RetryConfig, BackoffStrategy } from "./retry/retry-config.js";
export type { Issue } from "./schema/check-and-rename.js";
export * from "./errors/index.js";
// Generated from the spec: standalone functions, request/response types, wire `paths`.
export * from "./generated/index.js";

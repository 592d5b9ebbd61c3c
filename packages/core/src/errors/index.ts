export { OrqError } from "./orq-error.js";
export { APIError } from "./api-error.js";
export { ValidationError } from "./validation-error.js";
// The official SDK's name for a request that breaks the spec's rules, so that its
// `error instanceof SDKValidationError` checks keep working: the same class.
export { ValidationError as SDKValidationError } from "./validation-error.js";
export { ResponseValidationError } from "./response-validation-error.js";
export { ConnectionError } from "./connection-error.js";
export { RequestTimeoutError } from "./request-timeout-error.js";
export { RequestAbortedError } from "./request-aborted-error.js";
export {
  HTTPClientError,
  UnexpectedClientError,
  InvalidRequestError,
} from "./http-client-error.js";

export { OrqError } from "./orq-error.js";
export { APIError } from "./api-error.js";
export { ValidationError } from "./validation-error.js";
export { ResponseValidationError } from "./response-validation-error.js";
export { ConnectionError } from "./connection-error.js";
export { RequestTimeoutError } from "./request-timeout-error.js";
export { RequestAbortedError } from "./request-aborted-error.js";

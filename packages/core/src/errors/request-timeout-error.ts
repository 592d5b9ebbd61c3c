import { HTTPClientError } from "./http-client-error.js";

/** No complete answer within `timeoutMs` (connect, upload and response body together). */
export class RequestTimeoutError extends HTTPClientError {
  static override readonly kind: string = "RequestTimeoutError";
}

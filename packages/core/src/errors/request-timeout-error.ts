import { OrqError } from "./orq-error.js";

/** No complete answer within `timeoutMs` (connect, upload and response body together). */
export class RequestTimeoutError extends OrqError {
  static override readonly kind: string = "RequestTimeoutError";
}

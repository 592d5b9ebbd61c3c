import { HTTPClientError } from "./http-client-error.js";

/** The caller's `AbortSignal` stopped the request (or the wait before a retry). */
export class RequestAbortedError extends HTTPClientError {
  static override readonly kind: string = "RequestAbortedError";
}

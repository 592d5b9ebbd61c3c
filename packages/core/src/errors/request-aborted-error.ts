import { OrqError } from "./orq-error.js";

/** The caller's `AbortSignal` stopped the request (or the wait before a retry). */
export class RequestAbortedError extends OrqError {
  static override readonly kind: string = "RequestAbortedError";
}

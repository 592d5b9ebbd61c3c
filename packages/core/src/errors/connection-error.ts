import { OrqError } from "./orq-error.js";

/** The request could not reach the server, or the connection broke before an answer came. */
export class ConnectionError extends OrqError {
  static override readonly kind: string = "ConnectionError";
}

import { HTTPClientError } from "./http-client-error.js";

/** The request could not reach the server, or the connection broke before an answer came. */
export class ConnectionError extends HTTPClientError {
  static override readonly kind: string = "ConnectionError";
}

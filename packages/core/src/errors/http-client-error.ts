import { OrqError } from "./orq-error.js";

/**
 * The request did not get an answer from the server: the official SDK's base of
 * `ConnectionError`, `RequestTimeoutError`, `RequestAbortedError` and `UnexpectedClientError`,
 * so that its `error instanceof HTTPClientError` checks keep working.
 */
export class HTTPClientError extends OrqError {
  static override readonly kind: string = "HTTPClientError";
}

/**
 * What no other error describes went wrong making the call (a `fetch` given as an option that
 * threw a `TypeError`, say); `cause` holds what was thrown.
 */
export class UnexpectedClientError extends HTTPClientError {
  static override readonly kind: string = "UnexpectedClientError";
}

/**
 * The official SDK's name for inputs a request could not be made of. This SDK reports those as
 * a `ValidationError` naming the field, before a byte is sent; the class is here so that code
 * that names it compiles, and its `instanceof` checks are false, as they are for the official SDK
 * whenever its inputs were valid.
 */
export class InvalidRequestError extends HTTPClientError {
  static override readonly kind: string = "InvalidRequestError";
}

const brand = Symbol.for("@orq-sdk/error");

/**
 * The base of every error the SDK throws. `instanceof` compares the kinds of the classes on the
 * value's prototype chain, not the classes themselves, so it holds when the ESM and CJS builds
 * (or two copies of the package) are loaded side by side. Kinds are strings so that minifiers
 * cannot rename them; the brand (a registered symbol) tells the SDK's classes from others.
 */
export class OrqError extends Error {
  static readonly kind: string = "OrqError";
  static readonly [brand] = true;
  /**
   * Where the server answered (`APIError`, `ResponseValidationError`): its status, its headers
   * and, on an `APIError`, its body. Declared on the base too, as the official SDK's `OrqError`
   * has them, so that its `error instanceof OrqError` branches compile; undefined on an error
   * where no answer came.
   */
  declare readonly statusCode?: number;
  declare readonly headers?: Headers;
  declare readonly body?: unknown;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    // An own, writable `name`, as Error subclasses usually have, and not enumerable, so that
    // `JSON.stringify(error)` stays as it is for Error.
    Object.defineProperty(this, "name", {
      value: new.target.kind,
      writable: true,
      configurable: true,
    });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    for (
      let p = value == null ? null : Object.getPrototypeOf(value);
      p;
      p = Object.getPrototypeOf(p)
    )
      if (p.constructor?.[brand] && p.constructor.kind === this.kind) return true;
    return false;
  }
}

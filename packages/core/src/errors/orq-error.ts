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

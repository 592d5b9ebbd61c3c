const brand = Symbol.for("@orq-sdk/error");

/**
 * The base of every error the SDK throws. `instanceof` checks the kinds recorded on the error,
 * not the prototype chain, so it holds when the ESM and CJS builds (or two copies of the
 * package) are loaded side by side. Kinds are strings so that minifiers cannot rename them.
 */
export class OrqError extends Error {
  static readonly kind: string = "OrqError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    const kinds: string[] = [];
    for (let c = new.target as unknown; typeof c === "function"; c = Object.getPrototypeOf(c)) {
      if (Object.prototype.hasOwnProperty.call(c, "kind")) kinds.push((c as typeof OrqError).kind);
    }
    Object.defineProperty(this, brand, { value: kinds });
    Object.defineProperty(this, "name", {
      value: kinds[0],
      enumerable: false,
      writable: true,
      configurable: true,
    });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    const kinds =
      typeof value === "object" && value !== null
        ? (value as Record<symbol, unknown>)[brand]
        : undefined;
    return Array.isArray(kinds) && kinds.includes(this.kind);
  }
}

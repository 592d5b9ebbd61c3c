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
    // This class and each subclass down to the one constructed, most specific first.
    const kinds: string[] = [];
    for (let c = new.target; c !== (Error as unknown); c = Object.getPrototypeOf(c))
      kinds.push(c.kind);
    Object.defineProperty(this, brand, { value: kinds });
    Object.defineProperty(this, "name", { value: kinds[0], writable: true, configurable: true });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    const kinds = (value as Record<symbol, unknown> | null)?.[brand];
    return Array.isArray(kinds) && kinds.includes(this.kind);
  }
}

import type { Issue } from "../schema/check-and-rename.js";

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
  /** The answer's `Content-Type` (`""` when it named none), as on the official SDK's errors. */
  declare readonly contentType?: string;
  /**
   * The answer as it came, its body already read (it is `body`, or `rawBody`), and its headers
   * as the server sent them (`headers` is the copy with the API key cut out, where a server echoed
   * it); its `url` shows a key or secret the spec puts in URLs hidden, as `$inspect()` does. A
   * getter, not a field, so that no rendering of the error (`util.inspect` even with hidden
   * fields, `JSON.stringify`) shows the response's headers.
   */
  declare readonly rawResponse?: Response;

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

  /**
   * The message with every broken rule on a line of its own (a `ValidationError` or a
   * `ResponseValidationError`, whose message shows the first few only), else `name: message`: the
   * official SDK's `pretty()`.
   */
  pretty(): string {
    const { issues } = this as { issues?: readonly Issue[] };
    const text = `${this.name}: ${this.message}`;
    // (The rules are listed after the head of the message, from the first one it shows.)
    const at = issues?.length ? text.indexOf(issues[0]!.message) : -1;
    return at < 0
      ? text
      : text.slice(0, at).trimEnd() + issues!.map((i) => `\n  - ${i.message}`).join("");
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

const answers = new WeakMap<OrqError, Response>();
Object.defineProperty(OrqError.prototype, "rawResponse", {
  get(this: OrqError) {
    return answers.get(this);
  },
});

/**
 * What an error made of an answer is built from: the `Response`, or, for errors made by hand (a
 * test's), its status and headers, which then stand as its `rawResponse`.
 */
export type AnswerShape = { status: number; statusText?: string; headers: Headers };

/**
 * What an error made of an answer (`APIError`, `ResponseValidationError`) keeps of it, under the
 * official SDK's names.
 */
export function keepAnswer(error: OrqError, response: Response | AnswerShape): void {
  Object.assign(error, {
    statusCode: response.status,
    headers: response.headers,
    contentType: response.headers.get("content-type") ?? "",
  });
  answers.set(error, response as Response);
}

import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import * as esm from "@orq-sdk/node";

// The CJS build, loaded beside the ESM one: two copies of every class.
const cjs = createRequire(import.meta.url)("@orq-sdk/node") as typeof esm;

describe("errors are recognised across the ESM and CJS builds", () => {
  it("the builds really are two copies", () => {
    expect(cjs.APIError).not.toBe(esm.APIError);
  });

  it.each([
    "APIError",
    "ValidationError",
    "ConnectionError",
    "RequestTimeoutError",
    "RequestAbortedError",
    "ResponseValidationError",
  ] as const)("%s", (name) => {
    const fromCjs =
      name === "APIError"
        ? new cjs.APIError("op()", { status: 500, headers: new Headers() }, "x")
        : name === "ValidationError"
          ? new cjs.ValidationError("op()", [])
          : name === "ResponseValidationError"
            ? new cjs.ResponseValidationError(
                "op()",
                { status: 200, headers: new Headers() },
                "",
                "bad",
              )
            : new cjs[name]("m");
    expect(fromCjs).toBeInstanceOf(esm[name]);
    expect(fromCjs).toBeInstanceOf(esm.OrqError);
    expect(fromCjs.name).toBe(name);
    // …and only its own kind.
    const other = name === "APIError" ? esm.ValidationError : esm.APIError;
    expect(fromCjs instanceof other).toBe(false);
  });

  it("plain errors are not SDK errors", () => {
    expect(new Error("x") instanceof esm.OrqError).toBe(false);
    expect({ name: "APIError" } instanceof esm.APIError).toBe(false);
  });
});

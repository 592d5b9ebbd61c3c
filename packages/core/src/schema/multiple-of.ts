import * as spec from "../generated/schemas.js";

/**
 * A number as the exact decimal it was written as: `[digits, exponent]`, `digits × 10^exponent`.
 * JavaScript's `String(n)` is the shortest text that reads back as `n` (`0.07`, `1.5e-7`), the
 * literal a caller or a spec wrote; the binary double itself is not `0.07`.
 */
const asDecimal = (n: number): [bigint, number] => {
  const [, whole, fraction = "", exponent = "0"] = /^(-?\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(
    String(n),
  )!;
  return [BigInt(whole + fraction), Number(exponent) - fraction.length];
};

/**
 * `multipleOf` in decimal arithmetic: whether `value / step` is a whole number for the decimals
 * written. In binary floating point `19.99 / 0.01` is `1998.9999999999998`, and a margin
 * either refuses large valid amounts (`1234567.89`) or lets tiny wrong ones through (`1e-12`).
 * Behind its constant: a spec without `multipleOf` carries none of this.
 */
export const isMultipleOf = spec.usesMultipleOf
  ? (value: number, step: number): boolean => {
      const [a, aExponent] = asDecimal(value);
      const [b, bExponent] = asDecimal(step);
      const exponent = Math.min(aExponent, bExponent);
      const scaled = (digits: bigint, from: number) => digits * 10n ** BigInt(from - exponent);
      return scaled(a, aExponent) % scaled(b, bExponent) === 0n;
    }
  : undefined;

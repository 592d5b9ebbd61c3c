import type Ajv from "ajv";
import type { FuncKeywordDefinition, SchemaValidateFunction } from "ajv";
import Big from "big.js";

/**
 * `multipleOf` in decimal arithmetic, in place of ajv's own. ajv divides in binary floating
 * point, where `19.99 / 0.01` is `1998.9999999999998`, so ordinary prices were refused under
 * `multipleOf: 0.01` (its `multipleOfPrecision` margin would in turn refuse large amounts or let
 * tiny wrong ones through). big.js reads each number as the decimal JSON wrote (`String(n)`),
 * the same arithmetic the SDK checks with.
 */
export function useDecimalMultipleOf(ajv: Ajv): void {
  const validate: SchemaValidateFunction = (step: number, data: number) => {
    const ok = step > 0 && new Big(data).mod(step).eq(0);
    validate.errors = ok
      ? undefined
      : [
          {
            keyword: "multipleOf",
            message: `must be multiple of ${step}`,
            params: { multipleOf: step },
          },
        ];
    return ok;
  };
  const definition: FuncKeywordDefinition = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    errors: true,
    validate,
  };
  ajv.removeKeyword("multipleOf");
  ajv.addKeyword(definition);
}

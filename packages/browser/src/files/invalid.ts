import { ValidationError } from "@orq-sdk/core";

/**
 * Errors in an input are the caller's to fix, and nothing has been sent: a ValidationError. In a
 * call, core reports it at the field (`image: the canvas gave no image`).
 */
export const invalid = (helper: string, message: string): ValidationError =>
  new ValidationError(`${helper}()`, [{ path: "", message }]);

import type { Operation } from "../generated/contract.js";
import { isFileInput } from "../files/file-input.js";
import { ResponseValidationError } from "../errors/response-validation-error.js";
import { renameKeys } from "../schema/rename-keys.js";
import { validate, type Issue, type ValidateContext } from "../schema/validate.js";

const wireCtx: ValidateContext = { mode: "wire", isFile: isFileInput };

/**
 * A 2XX response as the SDK returns it: JSON parsed, checked for what the spec says is always
 * there, and renamed to camelCase. Fields the spec does not know are kept as they came.
 */
export function readResponse(
  op: Operation,
  operation: string,
  response: Response,
  text: string | undefined,
): unknown {
  const expected = op.response;
  if (!expected?.schema)
    return text === undefined || text === "" ? undefined : (tryJson(text) ?? text);

  const fail = (problem: string, issues: Issue[] = []) =>
    new ResponseValidationError(operation, response, text ?? "", problem, issues);
  if (text === undefined || text.trim() === "") throw fail("the body is empty");
  const isJson = /^application\/(.+\+)?json\b/.test(expected.mediaType);
  if (!isJson) return text;
  const type = response.headers.get("content-type") ?? "";
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw fail(
      `the body is not valid JSON (${type || "no content type"}): ${(error as Error).message}`,
    );
  }
  if (type && !/json/i.test(type)) throw fail(`expected ${expected.mediaType}, got ${type}`);
  const issues = validate(expected.schema, body, wireCtx);
  if (issues.length)
    throw fail(
      issues
        .slice(0, 5)
        .map((i) => i.message)
        .join("; "),
      issues,
    );
  return renameKeys(expected.schema, body, wireCtx);
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

import type { Operation } from "../generated/contract.js";
import { ResponseValidationError } from "../errors/response-validation-error.js";
import { isFileInput } from "../files/file-input.js";
import { readJsonSequence } from "./json-sequence.js";
import { isJsonType } from "./media-types.js";
import { checkAndRename, type Issue, type Pass } from "../schema/check-and-rename.js";
import { own } from "../schema/resolve.js";
import * as spec from "../generated/schemas.js";

/**
 * A 2XX response as the SDK returns it: JSON parsed, checked for what the spec says is always
 * there, and renamed to camelCase. Fields the spec does not know are kept as they came. (A
 * stream of server-sent events is read by `readEventStream`, each event the same way.)
 * `unchecked` (the caller's `validateResponses: false`): an answer that breaks the spec's rules
 * is returned all the same.
 */
export function readResponse(
  op: Operation,
  operation: string,
  response: Response,
  text: string,
  unchecked?: boolean,
): unknown {
  // An answer the spec lists beside the first 2XX one (a 202 with a job beside a 200, a 204
  // beside a 201) is read by its own entry: its status's, else the range's (`2XX`). (One
  // expression, so that a spec with one kind of 2XX answer per operation keeps none of it.)
  const expected = spec.usesOtherResponses
    ? (own(op.otherResponses, String(response.status)) ??
      (op.response?.status === String(response.status)
        ? op.response
        : own(op.otherResponses, "2XX")) ??
      op.response)
    : op.response;
  const schema = expected?.schema;
  // An answer the spec gives no body, or none we can read by (a status it does not list), is
  // read as it comes. JSON with no schema (any value) is still read as JSON, below: a body cut
  // off, or a proxy's page, is no answer.
  if (!expected || (!schema && !(spec.usesSchemalessJsonAnswers && isJsonType(expected.mediaType))))
    return text ? jsonOrText(text) : undefined;

  const fail = (problem: string, issues?: Issue[], value?: unknown) =>
    new ResponseValidationError(operation, response, text, problem, issues, value);
  const type = response.headers.get("content-type") ?? "";
  // NDJSON, JSON Lines: a JSON text per line, none for an empty list (a server that answers
  // plain JSON instead, as `Accept` allows, is read as JSON below). (Statements only: a minifier
  // drops them whole for a spec without such answers.)
  // (`application/stream+json`, Cohere's and Spring's name for NDJSON, has JSON's suffix.)
  if (
    spec.usesJsonSequenceAnswers &&
    expected.lines &&
    (!isJsonType(type.toLowerCase()) || /^application\/stream\+json/i.test(type))
  ) {
    let value: unknown;
    try {
      value = readJsonSequence(expected, text);
    } catch (error) {
      throw fail(`the body is not valid ${expected.mediaType} (${(error as Error).message})`);
    }
    return checked(schema!, value, fail, unchecked);
  }
  // Text is what it is, none too (an empty CSV export).
  if (!(isJsonType(expected.mediaType) || (spec.usesJsonSequenceAnswers && expected.lines)))
    return text;
  // So is the text a JSON answer may come as instead, when it comes (Groq's translations with
  // `response_format: "text"`). (A statement of its own: a minifier drops it for other specs.)
  if (
    spec.usesTextBesideJson &&
    (expected as { textToo?: string }).textToo
      ?.split(", ")
      .includes(type.split(";")[0]!.trim().toLowerCase())
  )
    return text;
  // Any JSON value may be none at all; a value of a schema may not.
  if (!text.trim()) {
    if (spec.usesSchemalessJsonAnswers && !schema) return;
    throw fail("the body is empty");
  }
  // Parsed once: JSON never parses to its own text (a string parses to what is between its
  // quotes), so getting the text back means it is not JSON. A body labelled as something else
  // (an HTML error page from a proxy) is not taken for JSON either, even when it happens to parse.
  const value = jsonOrText(text);
  if (value === text || !/json|^$/i.test(type))
    throw fail(
      // An answer the spec also offers as JSON lines (Ollama streams unless told not to).
      spec.usesJsonSequenceInstead && /ndjson|jsonl|json-?lines|json-seq|stream\+json/i.test(type)
        ? `the server answered ${type}, a JSON value per line, where this call reads one JSON answer: ask for one (an API that streams by default takes an option such as stream: false)`
        : `the body is not valid JSON (${type || "no content type"})`,
    );
  // (One expression, so that a spec without field selection keeps only the plain check.)
  return spec.usesSchemalessJsonAnswers && !schema
    ? value
    : spec.usesFieldSelection && (op as { partial?: boolean }).partial
      ? checked(schema!, value, fail, unchecked, {
          mode: "wire",
          isFile: isFileInput,
          issues: [],
          files: [],
          partial: true,
        })
      : checked(schema!, value, fail, unchecked);
}

/**
 * A parsed body (or event) checked by its schema and renamed; broken rules throw what `fail`
 * makes of them, unless the caller asked for answers `unchecked`: then the value is returned
 * renamed as far as the walk got (a value of the wrong type as it came, undeclared keys kept).
 */
export function checked(
  schema: NonNullable<NonNullable<Operation["response"]>["schema"]>,
  value: unknown,
  fail: (problem: string, issues?: Issue[], value?: unknown) => Error,
  unchecked?: boolean,
  pass: Pass = { mode: "wire", isFile: isFileInput, issues: [], files: [] },
): unknown {
  const renamed = checkAndRename(schema, value, pass);
  if (pass.issues.length && !unchecked)
    throw fail(
      pass.issues
        .slice(0, 5)
        .map((i) => i.message)
        .join("; "),
      pass.issues,
      value,
    );
  return renamed;
}

/** The text as JSON when it is JSON, else the text itself. */
export function jsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

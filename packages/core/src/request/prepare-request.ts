import type { Operation, SchemaNode } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";
import type { Runtime } from "../client/runtime.js";
import { OrqError } from "../errors/orq-error.js";
import { ValidationError } from "../errors/validation-error.js";
import type { FilePart } from "../files/file-part.js";
import { isFileInput } from "../files/file-input.js";
import { toFilePart } from "../files/to-file-part.js";
import type { ReplayableBody } from "../multipart/part.js";
import { addIssue, checkAndRename, isPlainObject, type Pass } from "../schema/check-and-rename.js";
import { own, resolve, withParts } from "../schema/resolve.js";
import { boundedSignal, raceSignal } from "./bounded-signal.js";
import { checkFormBody } from "./check-form-body.js";
import { encodeBody } from "./encode-body.js";
import { isJsonType, isRawBody } from "./media-types.js";
import { readParameters } from "./read-parameters.js";

/**
 * Everything that happens before a byte is sent: the caller's request is checked against the
 * spec (every rule, every file's real type and size) while it is renamed to wire names, and its
 * body made replayable. It resolves to the path (with its parameters) and the body; header
 * parameters and what the body needs (its content type) go into `headers`. A broken rule throws
 * a `ValidationError` naming every one, with field paths in the caller's names.
 */
export async function prepareRequest(
  op: Operation,
  operation: string,
  request: unknown,
  runtime: Runtime,
  headers: Headers,
  signal?: AbortSignal | null,
  timeoutMs = 0,
): Promise<[path: string, body: ReplayableBody | undefined]> {
  const pass: Pass = { mode: "sdk", isFile: isFileInput, issues: [], files: [], open: [] };
  let path = op.path;
  let bodyValue = request;
  let bodyPath = "";
  // (Statements only: a minifier drops them whole when the spec has no parameters.)
  if (spec.usesParameters && op.parameters?.length) {
    path = readParameters!(op, request, pass, headers);
    bodyPath = op.bodyKey ?? "requestBody";
    // (Own keys only: a body named `constructor` is not the object's constructor.)
    bodyValue = own(request as Record<string, unknown> | undefined, bodyPath);
  }

  const body = op.requestBody;
  let wire: unknown;
  // A multipart body the spec names no fields for is the caller's FormData, sent as it is:
  // only they know the field names the API reads (Jira's `file`). `fetch` writes it, with its
  // boundary. (A statement of its own: a minifier drops it for a spec without such bodies.)
  if (spec.usesFieldlessMultipart && body?.formData && bodyValue instanceof FormData) {
    if (pass.issues.length) throw new ValidationError(operation, pass.issues);
    return [path, { headers: {}, replayable: true, open: () => bodyValue as FormData }];
  }
  if (body && bodyValue !== undefined) {
    // Runtime-specific inputs (a canvas, a Deno file) become core inputs before any check.
    const value = await convertRuntimeInputs(
      body,
      bodyValue,
      runtime,
      operation,
      signal,
      timeoutMs,
      bodyPath,
    );
    wire = checkAndRename(body.schema, value, pass, bodyPath);
    // A field of one value that is its default goes with it when the call gives none: the
    // server may read its absence otherwise (Mistral's streaming twins answer JSON without
    // `stream: true`). (A statement of its own: a minifier drops it for a spec without such.)
    if (spec.usesFilledFields && body.fill && isPlainObject(wire) && !pass.isFile(wire))
      for (const [key, fixed] of Object.entries(body.fill))
        if (own(wire, key) === undefined) wire[key] = fixed;
    if (
      spec.usesFormBodies ||
      spec.usesFormEncodings ||
      spec.usesEmptyMultipartLists ||
      spec.usesJsonOrMultipart
    )
      checkFormBody!(body, value, pass, bodyPath);
    // A raw body is a file or text; an object has no one way to be written in, say, XML. (Said
    // only where the schema has not already said what goes there: "must be a file" and "must be
    // a file or text" beside it read as two rules; nor where the spec takes JSON beside the
    // bytes, which an object goes as.)
    if (
      spec.usesRawBodies &&
      isRawBody(body) &&
      !(spec.usesJsonOrBytes && body.json) &&
      typeof wire === "object" &&
      !pass.isFile(wire) &&
      !pass.issues.some((issue) => issue.path === bodyPath)
    )
      pass.issues.push({
        path: bodyPath,
        message: `${bodyPath || "request"}: a body sent as ${body.mediaType} must be a file or text (got ${wire === null ? "null" : Array.isArray(wire) ? "a list" : "an object"})`,
      });
    // A JSON sequence of an array's items has no form for anything but a list (a nullable
    // array's `null` would read back as `[null]`).
    if (spec.usesJsonSequences && body.lines === "each" && !Array.isArray(wire))
      pass.issues.push({
        path: bodyPath,
        message: `${bodyPath || "request"}: a ${body.mediaType} body is a list of values, one per line (got ${wire === null ? "null" : typeof wire})`,
      });
    // A multipart body is its named fields: one the spec gives none (a bare file, a list) has
    // no way to be written that a server would read (`Object.entries` of a Blob is nothing).
    if (
      spec.usesFieldlessMultipart &&
      body.mediaType === "multipart/form-data" &&
      (!isPlainObject(wire) || pass.isFile(wire))
    )
      pass.issues.push({
        path: bodyPath,
        message: `${bodyPath || "request"}: a multipart/form-data body is sent as named fields, and the spec names none for this one${body.formData ? ": pass a FormData with the fields the API reads" : ""}`,
      });
    // JSON has no form for a file (`JSON.stringify` writes `{}`, and the server never learns it
    // lost one): a file goes as a multipart field of its own, or as a raw body, nowhere else.
    if (spec.usesNestedFiles)
      for (const { path } of pass.files)
        if (
          !(spec.usesRawBodies && isRawBody(body) && path === bodyPath) &&
          !(
            body.mediaType === "multipart/form-data" &&
            /^[^.[\]]+(\[\d+\])?$/.test(bodyPath ? path.slice(bodyPath.length + 1) : path)
          )
        )
          addIssue(pass, path, ": a file can only be sent as a multipart field of its own");
  } else if (body?.required)
    pass.issues.push({ path: bodyPath, message: `${bodyPath || "request"} is required` });
  // `new Request` throws on TRACE (a forbidden method, Fetch § 2.2.1): said here, before
  // anything is sent, not as a retried connection failure. (A body on GET or HEAD, which it
  // throws on too, the generator leaves out of the operation.)
  if (spec.usesMethodsFetchRefuses && op.method === "trace")
    pass.issues.push({ path: "", message: "fetch cannot send TRACE requests" });

  // Only the first bytes of each file are read: its real media type, its size, whether empty.
  const files = new Map<unknown, FilePart>();
  if (!pass.issues.length)
    await Promise.all(
      pass.files.map(async ({ input, path, rules }) => {
        const part = await toFilePart(input, path, rules, runtime, operation);
        if ("message" in part) pass.issues.push(part);
        // One file given to two fields that would send it as different types (a WAV where one
        // lists `audio/x-wav`, the other `audio/wav`): parts are found by their file, so one
        // field's type went in both. (One expression, so that a spec whose bodies have one file
        // field keeps the plain `set`.)
        else if (
          spec.usesSeveralFileFields &&
          files.has(input) &&
          files.get(input)!.contentType !== part.contentType
        )
          pass.issues.push({
            path,
            message: `${path}: the same file is given to another field that sends it as ${files.get(input)!.contentType}, where this one sends ${part.contentType}: give each field its own copy`,
          });
        else files.set(input, part);
      }),
    );
  if (pass.issues.length) throw new ValidationError(operation, pass.issues);
  const encoded =
    wire === undefined ? undefined : encodeBody(body!, wire, files, runtime.encodeMultipart);
  for (const [name, value] of Object.entries(encoded?.headers ?? {}))
    // A raw body's `Content-Type` the caller gave wins (GitHub's release assets are stored as
    // the type sent, where the spec says only `application/octet-stream`), and so does a JSON
    // type given for a JSON body (LaunchDarkly's semantic patch is told from a plain one by
    // `application/json; domain-model=launchdarkly.semanticpatch` alone). Any other is the
    // SDK's, which writes the body (a multipart boundary). (One expression, so that a spec
    // without such bodies keeps the plain `set`.)
    if (!(
      (spec.usesRawBodies || spec.usesJsonBodies) &&
      name === "content-type" &&
      headers.has(name) &&
      ((spec.usesRawBodies && isRawBody(body!)) ||
        (spec.usesJsonBodies && isJsonType(value) && isJsonType(headers.get(name)!.toLowerCase())))
    ))
      headers.set(name, value);
  return [path, encoded];
}

/**
 * Only file fields are looked at: a prompt that happens to start with "data:" stays a prompt.
 * File fields are the ones a multipart body's `encoding` marks `file` (every field that can hold
 * a file is marked so: nothing else would put it in a file part).
 */
async function convertRuntimeInputs(
  body: NonNullable<Operation["requestBody"]>,
  value: unknown,
  runtime: Runtime,
  operation: string,
  signal: AbortSignal | null | undefined,
  timeoutMs: number,
  bodyPath: string,
): Promise<unknown> {
  const { isFileInput: isRuntimeInput, toFileInput } = runtime;
  if (!isRuntimeInput || !toFileInput) return value;
  // A failure is reported at the field, under the call's name: a canvas the page may not read, a
  // Response already read, a closed file. The SDK's own errors (a URL that cannot be fetched is a
  // ConnectionError; the caller's abort) stay what they are. A URL input's download is stopped
  // by the caller's signal, and by the call's timeout (as an attempt is: a server that never
  // answers would otherwise hold the call for ever).
  const convert = (input: unknown, path: string) => {
    if (!isRuntimeInput(input)) return input;
    const bounded = boundedSignal(signal, timeoutMs, operation);
    // Raced against the abort: not every conversion listens to a signal (a `Response`'s body
    // read, a canvas being encoded). One aborted already is not started. (The catch below
    // throws the abort's own error.)
    return (
      bounded.signal.aborted
        ? Promise.reject()
        : raceSignal(toFileInput(input, bounded.signal), bounded.signal)
    )
      .catch((error: unknown) => {
        throw bounded.signal.aborted
          ? bounded.signal.reason
          : error instanceof OrqError && !(error instanceof ValidationError)
            ? // (Said of the call and the field: which of 16 URLs could not be fetched.)
              Object.assign(error, { message: `${operation}: ${path}: ${error.message}` })
            : new ValidationError(operation, [
                {
                  path,
                  message: `${path || "request"}: ${
                    error instanceof ValidationError ? error.issues[0]!.message : String(error)
                  }`,
                },
              ]);
      })
      .finally(bounded.release);
  };
  // A raw body is the file itself: a runtime input is converted, anything else (a Blob, bytes)
  // is already what core takes, and is not an object of fields to copy.
  if (spec.usesRawBodies && isRawBody(body)) return convert(value, bodyPath);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = { ...value };
  const { names }: SchemaNode = resolve(body.schema);
  for (const [wire, how] of Object.entries(body.encoding ?? {})) {
    if (how !== "file") continue;
    // (The SDK's names in an `allOf`'s parts too, in a spec with such bodies: Discord's
    // `files[0]`, `files0` in the SDK, is declared in the second part of its message body.)
    const key =
      (spec.usesMultipartAllOf
        ? withParts(body.schema)
            .map((part) => own(part.names, wire))
            .find((name) => name)
        : own(names, wire)) ?? wire;
    const v = out[key];
    const path = bodyPath ? `${bodyPath}.${key}` : key;
    // Text in a field that takes a value besides a file is that value (Telegram's file_id),
    // not a URL to fetch. (Written where it is used: a flag that is off leaves nothing.)
    // A runtime input may stand for several files (a FileList): it spreads into the array.
    out[key] = Array.isArray(v)
      ? (
          await Promise.all(
            v.map((input, i) =>
              spec.usesFileOrValueFields &&
              typeof input === "string" &&
              body.valueToo?.includes(wire)
                ? input
                : convert(input, `${path}[${i}]`),
            ),
          )
        ).flat()
      : spec.usesFileOrValueFields && typeof v === "string" && body.valueToo?.includes(wire)
        ? v
        : await convert(v, path);
  }
  return out;
}

import type { Operation, SchemaNode } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";
import type { Runtime } from "../client/runtime.js";
import { ValidationError } from "../errors/validation-error.js";
import type { FilePart } from "../files/file-part.js";
import { isFileInput } from "../files/file-input.js";
import { toFilePart } from "../files/to-file-part.js";
import type { ReplayableBody } from "../multipart/part.js";
import { addIssue, checkAndRename, isPlainObject, type Pass } from "../schema/check-and-rename.js";
import { own, resolve, typesOf } from "../schema/resolve.js";
import { buildURL } from "./build-url.js";
import { encodeBody } from "./encode-body.js";

export interface PreparedRequest {
  readonly url: string;
  /** Header parameters, and what the body needs (its content type). */
  readonly headers: Record<string, string>;
  readonly body: ReplayableBody | undefined;
}

/**
 * Everything that happens before a byte is sent: the caller's request is checked against the
 * spec (every rule, every file's real type and size) while it is renamed to wire names, and its
 * body made replayable. A broken rule throws a `ValidationError` naming every one, with field
 * paths in the caller's names.
 */
export async function prepareRequest(
  op: Operation,
  request: unknown,
  runtime: Runtime,
  serverURL: string,
): Promise<PreparedRequest> {
  const pass: Pass = { mode: "sdk", isFile: isFileInput, issues: [], files: [] };
  const headers: Record<string, string> = {};
  let url = serverURL + op.path;
  let bodyValue = request;
  let bodyPath = "";
  if (spec.usesParameters && op.parameters?.length) {
    // With parameters, the request is `{ ...parameters, requestBody }`.
    if (request !== undefined && !isPlainObject(request))
      pass.issues.push({ path: "", message: "request must be an object" });
    const params = isPlainObject(request) ? request : {};
    const values = { path: {}, query: {}, cookie: {} } as Record<string, Record<string, unknown>>;
    for (const p of op.parameters) {
      const value = params[p.sdk];
      if (value === undefined) {
        if (p.required) addIssue(pass, p.sdk, " is required");
        continue;
      }
      const wire = checkAndRename(p.schema, value, pass, p.sdk);
      if (p.in === "header") headers[p.name] = String(value);
      else values[p.in]![p.name] = wire;
    }
    url = buildURL(serverURL, op.path, values.path!, values.query!);
    bodyValue = params.requestBody;
    bodyPath = "requestBody";
  }

  const body = op.requestBody;
  let wire: unknown;
  if (body && bodyValue === undefined && body.required)
    pass.issues.push({ path: bodyPath, message: `${bodyPath || "request"} is required` });
  if (body && bodyValue !== undefined) {
    // Runtime-specific inputs (a canvas, a Deno file) become core inputs before any check.
    const value = await convertRuntimeInputs(resolve(body.schema), bodyValue, runtime);
    wire = checkAndRename(body.schema, value, pass, bodyPath);
  }

  // Only the first bytes of each file are read: its real media type, its size, whether empty.
  const files = new Map<unknown, FilePart>();
  if (!pass.issues.length)
    await Promise.all(
      pass.files.map(async ({ input, path, rules }) => {
        const part = await toFilePart(input, path, rules, runtime);
        if ("message" in part) pass.issues.push(part);
        else files.set(input, part);
      }),
    );
  if (pass.issues.length) throw new ValidationError(`${op.sdkName}()`, pass.issues);
  const encoded =
    wire === undefined ? undefined : encodeBody(body!, wire, files, runtime.encodeMultipart);
  return { url, headers: { ...headers, ...encoded?.headers }, body: encoded };
}

/** Whether a field's schema is a file, an array of files, or a union of those. */
function isFileField(node: SchemaNode): boolean {
  return (
    !!typesOf(node)?.includes("file") ||
    (!!node.items && isFileField(resolve(node.items))) ||
    (node.oneOf ?? node.anyOf ?? []).some((branch) => isFileField(resolve(branch)))
  );
}

/** Only file fields are looked at: a prompt that happens to start with "data:" stays a prompt. */
async function convertRuntimeInputs(
  schema: SchemaNode,
  value: unknown,
  runtime: Runtime,
): Promise<unknown> {
  const { isFileInput: isRuntimeInput, toFileInput } = runtime;
  if (!isRuntimeInput || !toFileInput || !isPlainObject(value)) return value;
  const out: Record<string, unknown> = { ...value };
  const convert = (input: unknown) => (isRuntimeInput(input) ? toFileInput(input) : input);
  for (const [wire, property] of Object.entries(schema.properties ?? {})) {
    const key = own(schema.names, wire) ?? wire;
    const v = out[key];
    if (v === undefined || !isFileField(resolve(property))) continue;
    // A runtime input may stand for several files (a FileList): it spreads into the array.
    out[key] = Array.isArray(v) ? (await Promise.all(v.map(convert))).flat() : await convert(v);
  }
  return out;
}

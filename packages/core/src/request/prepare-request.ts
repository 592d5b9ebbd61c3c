import type { Operation, SchemaNode } from "../generated/contract.js";
import type { FilePart } from "../files/file-part.js";
import { isFileInput } from "../files/file-input.js";
import { toFilePart, type FileRules } from "../files/to-file-part.js";
import type { Runtime } from "../client/runtime.js";
import { resolve, typesOf } from "../schema/resolve.js";
import { renameKeys } from "../schema/rename-keys.js";
import { isPlainObject, validate, type Issue, type ValidateContext } from "../schema/validate.js";
import { propertyTable } from "../schema/property-table.js";
import type { ReplayableBody } from "../multipart/part.js";
import { encodeBody } from "./encode-body.js";

export interface PreparedRequest {
  readonly path: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly header: Record<string, string>;
  readonly body: ReplayableBody | undefined;
}

/**
 * Everything that happens before a byte is sent: the caller's request is checked against the
 * spec (every rule, every file's real type and size), renamed to wire names, and its body made
 * replayable. Broken rules come back as issues, with field paths in the caller's names.
 */
export async function prepareRequest(
  op: Operation,
  request: unknown,
  runtime: Runtime,
): Promise<PreparedRequest | Issue[]> {
  const ctx: ValidateContext = { mode: "sdk", isFile: isFileInput };
  const issues: Issue[] = [];
  const hasParams = !!op.parameters?.length;
  const params = hasParams ? (isPlainObject(request) ? request : {}) : {};
  const bodyValue = hasParams ? (params as Record<string, unknown>).requestBody : request;

  if (hasParams && request !== undefined && !isPlainObject(request))
    issues.push({ path: "", message: "request must be an object" });
  const out = { path: {}, query: {}, header: {} } as {
    path: Record<string, unknown>;
    query: Record<string, unknown>;
    header: Record<string, string>;
    cookie?: unknown;
  };
  for (const p of op.parameters ?? []) {
    const value = (params as Record<string, unknown>)[p.sdk];
    if (value === undefined) {
      if (p.required) issues.push({ path: p.sdk, message: `${p.sdk} is required` });
      continue;
    }
    issues.push(...validate(p.schema, value, ctx, p.sdk));
    if (p.in === "path" || p.in === "query") out[p.in][p.name] = renameKeys(p.schema, value, ctx);
    else if (p.in === "header") out.header[p.name] = String(value);
  }

  let body: ReplayableBody | undefined;
  if (op.requestBody) {
    const bodyPath = hasParams ? "requestBody" : "";
    if (bodyValue === undefined) {
      if (op.requestBody.required)
        issues.push({ path: bodyPath, message: `${bodyPath || "request"} is required` });
    } else {
      // Runtime-specific inputs (a canvas, a Deno file) become core inputs before any check.
      const value = await convertRuntimeInputs(resolve(op.requestBody.schema), bodyValue, runtime);
      const found = validate(op.requestBody.schema, value, ctx, bodyPath);
      issues.push(...found);
      if (!found.length) {
        const wire = renameKeys(op.requestBody.schema, value, ctx);
        const files = await prepareFiles(
          resolve(op.requestBody.schema),
          wire,
          value,
          bodyPath,
          issues,
        );
        if (!issues.length) body = encodeBody(op.requestBody, wire, files, runtime.encodeMultipart);
      }
    }
  }
  return issues.length ? issues : { ...out, body };
}

/**
 * Reads the first bytes of every file of a multipart body, to check its real media type, size
 * and emptiness against the field's rules. Fields are top-level, as multipart allows.
 */
async function prepareFiles(
  schema: SchemaNode,
  wire: unknown,
  sdkValue: unknown,
  bodyPath: string,
  issues: Issue[],
): Promise<Map<unknown, FilePart>> {
  const files = new Map<unknown, FilePart>();
  if (!isPlainObject(wire) || !isPlainObject(sdkValue)) return files;
  const table = propertyTable(schema, "wire");
  const jobs: Promise<void>[] = [];
  for (const [name, value] of Object.entries(wire)) {
    const property = table.get(name);
    if (!property) continue;
    const rules = fileRules(resolve(property.schema));
    if (!rules) continue;
    const fieldPath = bodyPath ? `${bodyPath}.${property.sdk}` : property.sdk;
    const list = Array.isArray(value) ? value : [value];
    list.forEach((input, i) => {
      const path = Array.isArray(value) ? `${fieldPath}[${i}]` : fieldPath;
      jobs.push(
        toFilePart(input, path, rules).then((part) => {
          if ("message" in part) issues.push(part);
          else files.set(input, part);
        }),
      );
    });
  }
  await Promise.all(jobs);
  return files;
}

/** The file rules of a field whose schema is a file, an array of files, or a union of those. */
function fileRules(node: SchemaNode): FileRules | undefined {
  if (typesOf(node)?.includes("file"))
    return { mediaTypes: node.mediaTypes, maxBytes: node.maxBytes };
  if (node.items !== undefined) return fileRules(resolve(node.items));
  for (const branch of node.oneOf ?? node.anyOf ?? []) {
    const rules = fileRules(resolve(branch));
    if (rules) return rules;
  }
  return undefined;
}

/** Only file fields are looked at: a prompt that happens to start with "data:" stays a prompt. */
async function convertRuntimeInputs(
  schema: SchemaNode,
  value: unknown,
  runtime: Runtime,
): Promise<unknown> {
  const { isFileInput: isRuntimeInput, toFileInput } = runtime;
  if (!isRuntimeInput || !toFileInput || !isPlainObject(value)) return value;
  const table = propertyTable(schema, "sdk");
  const out: Record<string, unknown> = { ...value };
  for (const [key, v] of Object.entries(value)) {
    const property = table.get(key);
    if (!property || !fileRules(resolve(property.schema))) continue;
    const convert = (input: unknown) => (isRuntimeInput(input) ? toFileInput(input) : input);
    // A runtime input may stand for several files (a FileList): it spreads into the array.
    out[key] = Array.isArray(v) ? (await Promise.all(v.map(convert))).flat() : await convert(v);
  }
  return out;
}

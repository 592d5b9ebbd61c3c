import { deref, isObject, type Document, type Json, type JsonObject } from "../document.js";
import { camelCase, identifier, resourceName } from "../names.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type Method = (typeof METHODS)[number];

export interface CollectedOperation {
  operationId: string;
  /** Identifier of the operation's table entry, e.g. `createImageEdit`. */
  ident: string;
  method: Method;
  path: string;
  /** e.g. ["router", "images", "edits", "create"] */
  sdkName: string[];
  parameters: JsonObject[];
  requestBody?: { mediaType: string; required: boolean; schema: Json; encoding?: JsonObject };
  response?: { status: string; mediaType: string; schema?: Json };
  summary?: string;
  deprecated: boolean;
}

/** Media types the runtime can send, most preferred first. */
const REQUEST_TYPES = ["application/json", "multipart/form-data", "application/x-www-form-urlencoded"];

/**
 * Every operation of the document (OpenAPI "Paths Object" § 4.8.8 and "Operation Object"
 * § 4.8.10), in a stable order (path, then method), each with its resolved parameters, the
 * request body the SDK sends and the 2XX response it returns.
 */
export function collectOperations(doc: Document): CollectedOperation[] {
  const paths = isObject(doc.paths) ? doc.paths : {};
  const ops: CollectedOperation[] = [];
  for (const path of Object.keys(paths).sort()) {
    const item = deref(doc, paths[path]);
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const operationId = typeof op.operationId === "string" ? op.operationId : camelCase(`${method} ${path}`);
      ops.push({
        operationId,
        ident: identifier(operationId),
        method,
        path,
        sdkName: resourceName(method, path),
        parameters: mergeParameters(doc, item.parameters, op.parameters),
        requestBody: pickRequestBody(doc, op.requestBody),
        response: pickResponse(doc, op.responses),
        summary: typeof op.summary === "string" ? op.summary : undefined,
        deprecated: op.deprecated === true,
      });
    }
  }
  disambiguate(ops);
  return ops;
}

/** Operation parameters override path-level ones with the same name and location. */
function mergeParameters(doc: Document, pathLevel: Json | undefined, opLevel: Json | undefined): JsonObject[] {
  const all = new Map<string, JsonObject>();
  for (const list of [pathLevel, opLevel]) {
    for (const raw of Array.isArray(list) ? list : []) {
      const p = deref(doc, raw);
      if (isObject(p) && typeof p.name === "string" && typeof p.in === "string") all.set(`${p.in}:${p.name}`, p);
    }
  }
  return [...all.values()];
}

function pickRequestBody(doc: Document, raw: Json | undefined): CollectedOperation["requestBody"] {
  const body = deref(doc, raw);
  if (!isObject(body) || !isObject(body.content)) return undefined;
  const types = Object.keys(body.content);
  const mediaType =
    REQUEST_TYPES.find((t) => types.includes(t)) ?? types.find((t) => /[/+]json\b/.test(t)) ?? types[0];
  if (!mediaType) return undefined;
  const media = body.content[mediaType];
  return {
    mediaType,
    required: body.required === true,
    schema: isObject(media) ? (media.schema ?? {}) : {},
    encoding: isObject(media) && isObject(media.encoding) ? media.encoding : undefined,
  };
}

function pickResponse(doc: Document, raw: Json | undefined): CollectedOperation["response"] {
  if (!isObject(raw)) return undefined;
  const statuses = Object.keys(raw)
    .filter((s) => /^2(\d\d|XX)$/i.test(s))
    .sort();
  for (const status of statuses) {
    const response = deref(doc, raw[status]);
    if (!isObject(response)) continue;
    const content = isObject(response.content) ? response.content : {};
    const types = Object.keys(content);
    const mediaType = types.find((t) => /^application\/(.+\+)?json\b/.test(t)) ?? types[0];
    if (!mediaType) return { status, mediaType: "" };
    const media = content[mediaType];
    return { status, mediaType, schema: isObject(media) ? media.schema : undefined };
  }
  return undefined;
}

/**
 * Two operations must not share a method name, and a method must not share its name with a
 * resource (`a.b` and `a.b.list`): the later ones, in stable order, take their operationId.
 */
function disambiguate(ops: CollectedOperation[]): void {
  const key = (n: string[]) => n.join(".");
  const taken = new Set<string>();
  const prefixes = new Set<string>();
  for (const op of ops) op.sdkName.slice(0, -1).forEach((_, i) => prefixes.add(key(op.sdkName.slice(0, i + 1))));
  for (const op of ops) {
    if (taken.has(key(op.sdkName)) || prefixes.has(key(op.sdkName))) {
      op.sdkName = [...op.sdkName.slice(0, -1), identifier(op.operationId)];
      let n = 2;
      while (taken.has(key(op.sdkName)) || prefixes.has(key(op.sdkName))) {
        op.sdkName = [...op.sdkName.slice(0, -1), `${identifier(op.operationId)}${n++}`];
      }
    }
    taken.add(key(op.sdkName));
  }
}

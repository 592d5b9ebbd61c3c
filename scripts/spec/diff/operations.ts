/**
 * The operations of a spec as the SDK presents them: the method users call (the generator's
 * `resourceName`), its parameters under their SDK names (`parameterNames`), and the request
 * body and response the generated function sends and returns. The choice of body and response
 * mirrors scripts/generate/transform/collect-operations.ts.
 */
import { parameterNames, resourceName } from "../../generate/names.js";
import { METHODS } from "../extract.js";
import { deref } from "../refs.js";
import { isObject, type Json, type JsonObject } from "../spec-file.js";

export interface SdkParameter {
  name: string;
  in: string;
  sdk: string;
  required: boolean;
  schema: Json | undefined;
  raw: JsonObject;
}

export interface SdkOperation {
  /** What operations are matched by between two specs: the operationId (or method and path). */
  key: string;
  /** `router.images.edits.create` */
  method: string;
  httpMethod: string;
  path: string;
  raw: JsonObject;
  parameters: SdkParameter[];
  body?: { mediaType: string; required: boolean; schema: Json };
  response?: { status: string; mediaType: string; schema?: Json };
}

const REQUEST_TYPES = [
  "application/json",
  "multipart/form-data",
  "application/x-www-form-urlencoded",
];
const JSON_TYPE = /^application\/([\w.+-]+\+)?json\b/;
const LOCATIONS = ["path", "query", "header", "cookie"];

export function sdkOperations(doc: JsonObject): Map<string, SdkOperation> {
  const ops = new Map<string, SdkOperation>();
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const path of Object.keys(paths).sort()) {
    const item = deref(doc, paths[path]);
    if (!item) continue;
    for (const httpMethod of METHODS) {
      const op = item[httpMethod];
      if (!isObject(op)) continue;
      const key = typeof op.operationId === "string" ? op.operationId : `${httpMethod} ${path}`;
      ops.set(key, {
        key,
        method: resourceName(httpMethod, path).join("."),
        httpMethod,
        path,
        raw: op,
        parameters: parameters(doc, item.parameters, op.parameters),
        body: requestBody(doc, op.requestBody),
        response: response(doc, op.responses),
      });
    }
  }
  return ops;
}

/** Operation parameters override path-level ones of the same name and location (§ 4.8.9.1). */
function parameters(doc: JsonObject, pathLevel: Json | undefined, opLevel: Json | undefined) {
  const all = new Map<string, JsonObject>();
  for (const list of [pathLevel, opLevel]) {
    for (const raw of Array.isArray(list) ? list : []) {
      const p = deref(doc, raw);
      if (p && typeof p.name === "string" && LOCATIONS.includes(p.in as string))
        all.set(`${p.in}:${p.name}`, p);
    }
  }
  const list = [...all.values()];
  const sdk = parameterNames(list.map((p) => ({ name: p.name as string, in: p.in as string })));
  return list.map((p, i): SdkParameter => ({
    name: p.name as string,
    in: p.in as string,
    sdk: sdk[i]!,
    required: p.required === true || p.in === "path",
    schema: p.schema ?? (isObject(p.content) ? firstSchema(p.content) : undefined),
    raw: p,
  }));
}

function firstSchema(content: JsonObject): Json | undefined {
  const media = Object.values(content)[0];
  return isObject(media) ? media.schema : undefined;
}

function requestBody(doc: JsonObject, raw: Json | undefined): SdkOperation["body"] {
  const body = deref(doc, raw);
  if (!body || !isObject(body.content)) return undefined;
  const types = Object.keys(body.content);
  const mediaType =
    REQUEST_TYPES.find((t) => types.includes(t)) ??
    types.find((t) => JSON_TYPE.test(t)) ??
    types[0];
  if (!mediaType) return undefined;
  const media = body.content[mediaType];
  return {
    mediaType,
    required: body.required === true,
    schema: isObject(media) && media.schema !== undefined ? media.schema : {},
  };
}

/** The first 2XX answer, by its JSON content if it has one. */
function response(doc: JsonObject, raw: Json | undefined): SdkOperation["response"] {
  if (!isObject(raw)) return undefined;
  const statuses = Object.keys(raw)
    .filter((s) => /^2(\d\d|XX)$/i.test(s))
    .sort();
  for (const status of statuses) {
    const answer = deref(doc, raw[status]);
    if (!answer) continue;
    const content = isObject(answer.content) ? answer.content : {};
    const types = Object.keys(content);
    const mediaType = types.find((t) => JSON_TYPE.test(t)) ?? types[0];
    if (!mediaType) return { status, mediaType: "" };
    const media = content[mediaType];
    return { status, mediaType, schema: isObject(media) ? media.schema : undefined };
  }
  return undefined;
}

/**
 * The operations of a spec as the SDK presents them: the method users call (the official SDK's
 * name, else `resourceName`'s), its parameters under their SDK names (`parameterNames`), and the request
 * body and response the generated function sends and returns: the generator's collection, so
 * the two can never disagree.
 */
import type { Document } from "../../generate/document.js";
import { collectOperations } from "../../generate/transform/collect-operations.js";
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
  /** What operations are matched by between two specs: the operationId (or one the generator
   * makes from method and path). */
  key: string;
  /** `router.images.edits.create` */
  method: string;
  httpMethod: string;
  path: string;
  raw: JsonObject;
  parameters: SdkParameter[];
  body?: { mediaType: string; required: boolean; schema: Json };
  response?: {
    status: string;
    mediaType: string;
    schema?: Json;
    /** Server-sent events: the event schema (see the generator's `collectOperations`). */
    stream?: { schema: Json; sentinel?: string };
  };
}

/**
 * The generator's own view of the operations (the same method names, with its collision
 * renaming, the same parameter names, body and response), plus the raw Operation and
 * Parameter objects, whose documentation fields the diff compares.
 */
export function sdkOperations(doc: JsonObject): Map<string, SdkOperation> {
  const ops = new Map<string, SdkOperation>();
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const op of collectOperations(doc as Document)) {
    const item = deref(doc, paths[op.path]) ?? {};
    const raw = deref(doc, item[op.method]) ?? {};
    const rawParameters = [item.parameters, raw.parameters]
      .flatMap((list) => (Array.isArray(list) ? list : []))
      .map((p) => deref(doc, p))
      .filter((p): p is JsonObject => p !== undefined);
    ops.set(op.operationId, {
      key: op.operationId,
      method: op.sdkName.join("."),
      httpMethod: op.method,
      path: op.path,
      raw,
      parameters: op.parameters.map((p) => ({
        ...p,
        // Operation-level parameters override path-level ones (§ 4.8.9.1): the last one wins.
        raw: rawParameters.filter((r) => r.name === p.name && r.in === p.in).pop() ?? {},
      })),
      body: op.requestBody && {
        mediaType: op.requestBody.mediaType,
        required: op.requestBody.required,
        schema: op.requestBody.schema,
      },
      response: op.response,
    });
  }
  return ops;
}

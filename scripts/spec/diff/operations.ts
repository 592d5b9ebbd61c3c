/**
 * The operations of a spec as the SDK presents them: the method users call (the official SDK's
 * name, else `resourceName`'s), its parameters under their SDK names (`parameterNames`), and the request
 * body and response the generated function sends and returns: the generator's collection, so
 * the two can never disagree.
 */
import { readFileSync } from "node:fs";
import type { Document } from "../../generate/document.js";
import { CONTRACT, errorClassesFor } from "../../generate/generate.js";
import { binaryAsStringInJson } from "../../generate/transform/binary-as-string.js";
import {
  collectOperations,
  type CollectedOperation,
} from "../../generate/transform/collect-operations.js";
import { normalize } from "../../generate/transform/normalize.js";
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
  /** The standalone function, `routerImagesEditsCreate`. */
  funcName: string;
  /** The base of the operation's exported types, `CreateImageEdit` (…RequestBody, …). */
  typeName: string;
  httpMethod: string;
  path: string;
  raw: JsonObject;
  parameters: SdkParameter[];
  /** With parameters, the request's key for the body (`requestBody`, or a named body's own). */
  bodyKey: string;
  /** The request's keys the method takes one by one, in order (see `collectOperations`). */
  positional?: string[];
  body?: {
    mediaType: string;
    required: boolean;
    schema: Json;
    encoding?: JsonObject;
  };
  response?: {
    status: string;
    mediaType: string;
    schema?: Json;
    /** Server-sent events: the event schema (see the generator's `collectOperations`). */
    stream?: { schema: Json; sentinel?: string };
  };
  /** The other 2XX answers, which the method's return type is a union with. */
  otherResponses: CollectedOperation["otherResponses"];
  /**
   * The error answers with a JSON body, by status (`404`, `5XX`), each with the class the SDK
   * throws it as (`…/models/errors`), if it has one.
   */
  errors: { status: string; schema: Json; className?: string }[];
  /** Where the key goes, and the credentials sent with it (see `collectOperations`). */
  auth: CollectedOperation["auth"];
  credentials: CollectedOperation["credentials"];
}

/**
 * A spec as the generator reads it (`normalize`, then `binaryAsStringInJson`: a `format: binary`
 * string only ever sent inside JSON is a string, not a file), with its operations. The diff
 * compares these, so that it judges what users get, not how the spec spells it.
 */
export function readAsGenerator(doc: JsonObject): {
  doc: JsonObject;
  collected: CollectedOperation[];
  classes: ErrorClasses;
  operations: Map<string, SdkOperation>;
} {
  const read = normalize(doc as Document);
  const collected = collectOperations(read);
  binaryAsStringInJson(read, collected);
  const classes = errorClassesOf(collected);
  return {
    doc: read as JsonObject,
    collected,
    classes,
    operations: toSdkOperations(read as JsonObject, collected, classes),
  };
}

/** The error classes the generator gives the operations' error answers (`errorClasses`). */
export type ErrorClasses = ReturnType<typeof errorClassesFor>;

function errorClassesOf(collected: CollectedOperation[]): ErrorClasses {
  return errorClassesFor(collected, readFileSync(CONTRACT, "utf8"));
}

/**
 * The generator's own view of the operations (the same method names, with its collision
 * renaming, the same parameter names, body and response), plus the raw Operation and
 * Parameter objects, whose documentation fields the diff compares.
 */
export function sdkOperations(doc: JsonObject): Map<string, SdkOperation> {
  const collected = collectOperations(doc as Document);
  return toSdkOperations(doc, collected, errorClassesOf(collected));
}

function toSdkOperations(
  doc: JsonObject,
  collected: CollectedOperation[],
  classes: ErrorClasses,
): Map<string, SdkOperation> {
  const ops = new Map<string, SdkOperation>();
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const op of collected) {
    const item = deref(doc, paths[op.path]) ?? {};
    const raw = deref(doc, item[op.method]) ?? {};
    const rawParameters = [item.parameters, raw.parameters]
      .flatMap((list) => (Array.isArray(list) ? list : []))
      .map((p) => deref(doc, p))
      .filter((p): p is JsonObject => p !== undefined);
    ops.set(op.operationId, {
      key: op.operationId,
      method: op.sdkName.join("."),
      funcName: op.funcName,
      typeName: op.typeName,
      httpMethod: op.method,
      path: op.path,
      raw,
      parameters: op.parameters.map((p) => ({
        ...p,
        // Operation-level parameters override path-level ones (§ 4.8.9.1): the last one wins.
        raw: rawParameters.filter((r) => r.name === p.name && r.in === p.in).pop() ?? {},
      })),
      bodyKey: op.bodyKey,
      positional: op.positional?.map((a) => a.key),
      body: op.requestBody && {
        mediaType: op.requestBody.mediaType,
        required: op.requestBody.required,
        schema: op.requestBody.schema,
        ...(op.requestBody.encoding ? { encoding: op.requestBody.encoding } : {}),
      },
      response: op.response,
      otherResponses: op.otherResponses,
      errors: op.errors.map((answer) => ({
        status: answer.status,
        schema: answer.schema,
        ...(classes.has(answer) ? { className: classes.get(answer)!.name } : {}),
      })),
      auth: op.auth,
      credentials: op.credentials,
    });
  }
  return ops;
}

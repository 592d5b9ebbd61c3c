/**
 * Every change between two specs, per operation, as users of the SDK feel it: operations added
 * (minor) or removed (major), then for each operation in both its parameters, request body and
 * response, compared by `SchemaDiff`. Operations are matched by operationId, which names the
 * SDK's types; one whose method name (from path and HTTP method) changed is renamed (major).
 */
import type { Change, ChangeKind, Level } from "./change.js";
import { sdkOperations, type SdkOperation } from "./operations.js";
import { SchemaDiff, type Side } from "./schema.js";
import { defaultServerURL } from "../../generate/transform/runtime-tables.js";
import type { JsonObject } from "../spec-file.js";

const OPERATION_DOCS = ["summary", "description", "tags", "externalDocs"];

export function classify(oldDoc: JsonObject, newDoc: JsonObject): Change[] {
  const changes: Change[] = [];
  const before = sdkOperations(oldDoc);
  const after = sdkOperations(newDoc);
  const names = (op: SdkOperation) => op.method;
  const keys = [...new Set([...after.keys(), ...before.keys()])].sort((a, b) => {
    const x = (after.get(a) ?? before.get(a))!;
    const y = (after.get(b) ?? before.get(b))!;
    return names(x) < names(y) ? -1 : names(x) > names(y) ? 1 : a < b ? -1 : 1;
  });
  for (const key of keys) {
    const o = before.get(key);
    const n = after.get(key);
    const operation = (n ?? o)!.method;
    const emit = (kind: ChangeKind, level: Level, path: string[], detail?: string) =>
      changes.push({ operation, path: render(path), kind, level, ...(detail ? { detail } : {}) });
    if (!o) emit("operation-added", "minor", [], `${n!.httpMethod.toUpperCase()} ${n!.path}`);
    else if (!n) emit("operation-removed", "major", [], `${o.httpMethod.toUpperCase()} ${o.path}`);
    else compareOperation(new SchemaDiff(oldDoc, newDoc, emit), o, n, emit);
  }
  // Calls that name no `serverURL` go to the spec's first server: where they go is news.
  const [oldServer, newServer] = [defaultServerURL(oldDoc), defaultServerURL(newDoc)];
  if (oldServer !== newServer)
    changes.push({
      operation: "*",
      path: "",
      kind: "server",
      level: "minor",
      detail: `requests go to ${newServer} by default (was ${oldServer})`,
    });
  // Nothing a user's code sees changed, yet the spec did (servers, info, key order…): the
  // regenerated files may differ, so it is still a release, a patch.
  if (changes.length === 0 && JSON.stringify(oldDoc) !== JSON.stringify(newDoc))
    changes.push({
      operation: "*",
      path: "",
      kind: "docs",
      level: "patch",
      detail: "the spec changed without changing any method or type (servers, info, order)",
    });
  return changes;
}

type EmitFn = (kind: ChangeKind, level: Level, path: string[], detail?: string) => void;

function compareOperation(diff: SchemaDiff, o: SdkOperation, n: SdkOperation, emit: EmitFn): void {
  if (diff.same(o.raw, n.raw) && o.path === n.path && o.httpMethod === n.httpMethod) return;
  if (o.method !== n.method)
    emit(
      "operation-renamed",
      "major",
      [],
      `renamed from orq.${o.method}() (${n.httpMethod.toUpperCase()} ${n.path})`,
    );
  const docs = OPERATION_DOCS.filter((k) => JSON.stringify(o.raw[k]) !== JSON.stringify(n.raw[k]));
  if (docs.length) emit("docs", "patch", [], `${docs.join(", ")} changed`);
  if (Boolean(o.raw.deprecated) !== Boolean(n.raw.deprecated))
    emit("docs", "patch", [], n.raw.deprecated ? "deprecated" : "no longer deprecated");

  // With parameters, the body goes under `requestBody`; without, it is the request itself.
  const oBodyAt = o.parameters.length ? ["request", "requestBody"] : ["request"];
  const nBodyAt = n.parameters.length ? ["request", "requestBody"] : ["request"];
  if (o.body && n.body && oBodyAt.length !== nBodyAt.length)
    emit("body", "major", ["request"], `the body moved to ${render(nBodyAt)}`);
  parameters(diff, o, n, emit);
  body(diff, o, n, nBodyAt, emit);
  response(diff, o, n, emit);
}

function parameters(diff: SchemaDiff, o: SdkOperation, n: SdkOperation, emit: EmitFn): void {
  const key = (p: { in: string; name: string }) => `${p.in}:${p.name}`;
  const olds = new Map(o.parameters.map((p) => [key(p), p]));
  for (const p of n.parameters) {
    const at = ["request", p.sdk];
    const was = olds.get(key(p));
    olds.delete(key(p));
    if (!was) {
      if (p.required) emit("property-added", "major", at, `required ${p.in} parameter`);
      else emit("property-added", "minor", at, `${p.in} parameter`);
      continue;
    }
    if (!was.required && p.required) emit("required", "major", at, "now required");
    if (was.required && !p.required) emit("optional", "minor", at, "now optional");
    const docs = ["description", "example", "examples"].filter(
      (k) => JSON.stringify(was.raw[k]) !== JSON.stringify(p.raw[k]),
    );
    if (docs.length) emit("docs", "patch", at, `${docs.join(", ")} changed`);
    diff.compare("request", was.schema, p.schema, at);
  }
  for (const p of olds.values())
    emit("property-removed", "major", ["request", p.sdk], `${p.in} parameter`);
}

function body(diff: SchemaDiff, o: SdkOperation, n: SdkOperation, at: string[], emit: EmitFn) {
  if (!o.body && !n.body) return;
  if (!o.body) {
    if (n.body!.required) emit("body", "major", at, "a request body is now required");
    else emit("body", "minor", at, "now takes a request body");
    return diff.compare("request", {}, n.body!.schema, at);
  }
  if (!n.body) return emit("body", "major", at, "no longer takes a request body");
  if (!o.body.required && n.body.required)
    emit("required", "major", at, "the body is now required");
  if (o.body.required && !n.body.required)
    emit("optional", "minor", at, "the body is now optional");
  if (o.body.mediaType !== n.body.mediaType)
    emit("body", "patch", at, `sent as ${n.body.mediaType} instead of ${o.body.mediaType}`);
  diff.compare("request", o.body.schema, n.body.schema, at);
}

function response(diff: SchemaDiff, o: SdkOperation, n: SdkOperation, emit: EmitFn) {
  events(diff, o, n, emit);
  const at = ["response"];
  const a = o.response?.schema;
  const b = n.response?.schema;
  if (a === undefined && b === undefined) return;
  if (a === undefined) return emit("body", "minor", at, "now returns a typed body");
  if (b === undefined) return emit("body", "major", at, "no longer returns a typed body");
  diff.compare("response" satisfies Side, a, b, at);
}

/**
 * An answer of server-sent events: its events compare as a response does. A stream that comes
 * or goes changes what the method resolves to (`EventStream<…>`, or a union with it): major.
 */
function events(diff: SchemaDiff, o: SdkOperation, n: SdkOperation, emit: EmitFn) {
  const at = ["events"];
  const a = o.response?.stream?.schema;
  const b = n.response?.stream?.schema;
  if (a === undefined && b === undefined) return;
  if (a === undefined) return emit("body", "major", at, "may now answer with a stream of events");
  if (b === undefined)
    return emit("body", "major", at, "no longer answers with a stream of events");
  diff.compare("response" satisfies Side, a, b, at);
}

/** ["request", "fallbacks", "[]", "model"] → "request.fallbacks[].model" */
export function render(path: string[]): string {
  let out = "";
  for (const segment of path) out += segment === "[]" ? "[]" : out ? `.${segment}` : segment;
  return out;
}

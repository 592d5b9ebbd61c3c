/**
 * Every change between two specs, per operation, as users of the SDK feel it: operations added
 * (minor) or removed (major), then for each operation in both its names, credentials,
 * parameters, request body and answers, compared by `SchemaDiff`. Both specs are read as the
 * generator reads them (`readAsGenerator`). Operations are matched by operationId, which names
 * the SDK's types, else by method and path (an operationId that changed renames the types).
 * Last, `generatedSurface` compares what the generator makes of each: a change there that no
 * rule named is still reported, as breaking.
 */
import type { Change, ChangeKind, Level } from "./change.js";
import { generatedSurface, type GeneratedSurface } from "./generated-surface.js";
import { readAsGenerator, type SdkOperation } from "./operations.js";
import { SchemaDiff, canonical, type Side } from "./schema.js";
import { checkDocument } from "./check-document.js";
import type { Document } from "../../generate/document.js";
import { multipartEncoding } from "../../generate/transform/multipart-encoding.js";
import { serverURLs } from "../../generate/transform/runtime-tables.js";
import { isObject, type JsonObject } from "../spec-file.js";
import { sdkNames } from "./types.js";

const OPERATION_DOCS = ["summary", "description", "tags", "externalDocs"];

/** A spec read for comparison: as the generator reads it, and what it generates. */
interface Read {
  doc: JsonObject;
  operations: Map<string, SdkOperation>;
  surface: GeneratedSurface;
}

function read(doc: JsonObject, which: string): Read {
  try {
    checkDocument(doc);
    const { doc: asRead, collected, classes, operations } = readAsGenerator(doc);
    return {
      doc: asRead,
      operations,
      surface: generatedSurface(asRead as Document, collected, classes),
    };
  } catch (error) {
    throw new Error(`${which}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function classify(oldDoc: JsonObject, newDoc: JsonObject): Change[] {
  const changes: Change[] = [];
  const a = read(oldDoc, "old spec");
  const b = read(newDoc, "new spec");
  const pairs = pairOperations(a.operations, b.operations);
  for (const [o, n] of pairs) {
    const operation = (n ?? o)!.method;
    const emit = (kind: ChangeKind, level: Level, path: string[], detail?: string) =>
      changes.push({ operation, path: render(path), kind, level, ...(detail ? { detail } : {}) });
    if (!o) emit("operation-added", "minor", [], `${n!.httpMethod.toUpperCase()} ${n!.path}`);
    else if (!n) emit("operation-removed", "major", [], `${o.httpMethod.toUpperCase()} ${o.path}`);
    else {
      const before = changes.length;
      compareOperation(new SchemaDiff(a.doc, b.doc, emit), o, n, emit);
      // The safety net: a part of what the SDK sends and checks for this method changed, and
      // no rule above said a word about that part. Breaking until someone reads the generated
      // diff and says otherwise.
      const said = changes.slice(before);
      surfaceChanges(a.surface.operations.get(o.key), b.surface.operations.get(n.key), emit, {
        said,
        // (A renamed method's line names its new path and method already.)
        renamed: said.some((change) => change.kind === "operation-renamed"),
      });
    }
  }
  // Every error class is exported from `…/models/errors` (`import { DeleteAgentResponseBody }`).
  const classesOf = (r: Read) =>
    new Set(
      [...r.operations.values()].flatMap((op) => op.errors.flatMap((e) => e.className ?? [])),
    );
  const classesBefore = classesOf(a);
  const classesAfter = classesOf(b);
  for (const name of [...classesBefore].sort())
    if (!classesAfter.has(name))
      changes.push({
        operation: "*",
        path: `models/errors.${name}`,
        kind: "export-removed",
        level: "major",
        detail: "no longer exported (no error answer is thrown as it any more)",
      });
  // Every component schema is an exported type (`import type { Thing }`): one that goes, or is
  // renamed, breaks the code that names it. (One that becomes an error body leaves its name to
  // the class, whose instances are another type.)
  for (const [name, component] of [...a.surface.componentTypes].sort(([x], [y]) =>
    x < y ? -1 : 1,
  )) {
    const now = b.surface.componentTypes.get(name);
    if (now !== undefined && now !== component)
      changes.push({
        operation: "*",
        path: `models.${name}`,
        kind: "type",
        level: "major",
        detail: `now the type of the schema ${now} (was ${component}'s)`,
      });
    if (now === undefined)
      changes.push({
        operation: "*",
        path: `models.${name}`,
        kind: "export-removed",
        level: "major",
        detail: classesAfter.has(name)
          ? `now the error class of that name (models/errors), its body's type ${name}Data`
          : classesBefore.has(name.replace(/Data$/, "")) &&
              b.surface.componentTypes.has(name.replace(/Data$/, ""))
            ? `the body type of the error class ${name.replace(/Data$/, "")}, which is gone: the schema's type is ${name.replace(/Data$/, "")} again`
            : `no longer exported (the spec has no schema of that name any more${renamedTo(a, b, component)})`,
      });
  }
  changes.push(...serverChanges(serverURLs(a.doc), serverURLs(b.doc)));
  // Nothing a rule names changed, yet the spec did: the regenerated files may differ (their
  // comments, the order of fields), so it is still a release, a patch. A spec that only has its
  // keys in another order is the same spec.
  if (changes.length === 0 && canonical(oldDoc) !== canonical(newDoc))
    changes.push({
      operation: "*",
      path: "",
      kind: "docs",
      level: "patch",
      detail:
        "the spec changed, but neither the methods, their types nor what they send and check " +
        "(documentation, examples, info, or parts the SDK does not read)",
    });
  return changes;
}

/**
 * Operations paired across the two specs, in the order of their method names: by operationId,
 * then the ones left over by HTTP method and path (an operationId that changed). An operation
 * with no pair was added or removed.
 */
function pairOperations(
  before: Map<string, SdkOperation>,
  after: Map<string, SdkOperation>,
): [SdkOperation | undefined, SdkOperation | undefined][] {
  const pairs: [SdkOperation | undefined, SdkOperation | undefined][] = [];
  const lost = new Map<string, SdkOperation>();
  for (const [key, o] of before) {
    if (after.has(key)) pairs.push([o, after.get(key)]);
    else lost.set(`${o.httpMethod} ${o.path}`, o);
  }
  for (const [key, n] of after) {
    if (before.has(key)) continue;
    const where = `${n.httpMethod} ${n.path}`;
    const o = lost.get(where);
    lost.delete(where);
    pairs.push([o, n]);
  }
  for (const o of lost.values()) pairs.push([o, undefined]);
  const name = ([o, n]: (typeof pairs)[number]) => `${(n ?? o)!.method} ${(n ?? o)!.key}`;
  return pairs.sort((x, y) => (name(x) < name(y) ? -1 : name(x) > name(y) ? 1 : 0));
}

type EmitFn = (kind: ChangeKind, level: Level, path: string[], detail?: string) => void;

/** Fields of a table entry that say only how something is written on the wire. */
const WIRE_ONLY: Record<string, readonly string[]> = {
  parameters: ["style", "explode", "allowReserved", "content"],
  requestBody: ["mediaType", "encoding"],
  response: ["status", "mediaType"],
};

/**
 * An operation's table entries, old and new, where no rule reported anything: each field that
 * differs, at the level its kind allows. Where and how a request goes (its path, method, the
 * wire form of its parameters, body and answer, where the key goes) the SDK does by itself: a
 * patch. Its server and timeout: minor, as the default server is. Anything else it sends or
 * checks: breaking, since no rule can say it is not.
 */
function surfaceChanges(
  old: Map<string, string> | undefined,
  next: Map<string, string> | undefined,
  emit: EmitFn,
  {
    said,
    renamed,
  }: {
    /** What the rules said about the method: the parts of its entry they spoke of are theirs. */
    said: Change[];
    renamed: boolean;
  },
): void {
  if (!old || !next) return;
  const fields = [...new Set([...old.keys(), ...next.keys()])].filter(
    (field) => old.get(field) !== next.get(field),
  );
  const unknown: string[] = [];
  for (const field of fields) {
    const [a, b] = [old.get(field), next.get(field)];
    const shown = (v: string | undefined) => (v === undefined ? "none" : JSON.parse(v));
    if (renamed && (field === "path" || field === "method")) continue;
    // Said by `credentials`, in words.
    if (field === "auth") continue;
    if (field === "path" || field === "method")
      emit(
        "docs",
        "patch",
        [],
        `${field} is now ${JSON.stringify(shown(b))} (the SDK sends it so itself)`,
      );
    else if (field === "server" || field === "timeoutMs")
      emit(
        "constraint",
        "minor",
        [],
        `${field} ${JSON.stringify(shown(a))} → ${JSON.stringify(shown(b))}`,
      );
    // (Where a rule spoke of this part, what follows is what it said, in the table's words.)
    else if (said.some((change) => speaksOf(change, field))) continue;
    else if (
      WIRE_ONLY[field] &&
      withoutWireForm(a, WIRE_ONLY[field]) === withoutWireForm(b, WIRE_ONLY[field])
    )
      emit(
        "docs",
        "patch",
        [],
        `${field} is written differently on the wire (the SDK does it itself)`,
      );
    else unknown.push(field);
  }
  if (unknown.length)
    emit(
      "unclassified",
      "major",
      [],
      `what the SDK sends or checks changed (${unknown.join(", ")}) in a way spec:diff does ` +
        `not classify: taken as breaking; read the generated diff`,
    );
}

/**
 * Whether a rule's change is about a part of the operation's table entry: its request (the
 * parameters, the body and its key), its answers, its errors, its credentials, its arguments
 * or its names. A word about the operation's own docs (a summary) is about none of them.
 */
function speaksOf(change: Change, field: string): boolean {
  const { path, kind } = change;
  const under = (...roots: string[]) =>
    roots.some(
      // (`response[]…`: an answer that is a list, an item of it; `request[]…` likewise.)
      (root) =>
        path === root ||
        path.startsWith(`${root}.`) ||
        path.startsWith(`${root}(`) ||
        path.startsWith(`${root}[`),
    );
  switch (field) {
    case "parameters":
    case "requestBody":
    case "bodyKey":
      return under("request");
    case "response":
    case "otherResponses":
      return under("response", "events");
    case "errors":
      return under("error");
    case "credentials":
      return under("credentials");
    case "positional":
      return kind === "arguments";
    case "operationId":
    case "sdkName":
      return kind === "operation-renamed";
    default:
      return false;
  }
}

/** A field's canonical JSON without the keys that only say how it is written. */
function withoutWireForm(value: string | undefined, keys: readonly string[]): string | undefined {
  if (value === undefined) return undefined;
  const strip = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(strip)
      : v && typeof v === "object"
        ? Object.fromEntries(Object.entries(v).filter(([k]) => !keys.includes(k)))
        : v;
  return JSON.stringify(strip(JSON.parse(value)));
}

function compareOperation(diff: SchemaDiff, o: SdkOperation, n: SdkOperation, emit: EmitFn): void {
  // Names first: a neighbour added to the spec can rename an operation that did not change
  // (the generator renames the later of two names that collide).
  if (o.method !== n.method)
    emit(
      "operation-renamed",
      "major",
      [],
      `renamed from orq.${o.method}() (${n.httpMethod.toUpperCase()} ${n.path})`,
    );
  else if (o.funcName !== n.funcName)
    emit("operation-renamed", "major", [], `its function is now ${n.funcName} (was ${o.funcName})`);
  if (o.typeName !== n.typeName)
    emit(
      "operation-renamed",
      "major",
      [],
      o.key === n.key
        ? `its types are now named ${n.typeName}… (were ${o.typeName}…)`
        : `operationId ${o.key} → ${n.key}: its types are now named ${n.typeName}… (were ${o.typeName}…)`,
    );
  credentials(o, n, emit);
  // (Before the check below: the document's `x-speakeasy-max-method-params` changes them too.)
  positionalArguments(o, n, emit);
  optionsFirst(o, n, emit);
  if (diff.same(o.raw, n.raw) && o.path === n.path && o.httpMethod === n.httpMethod) return;
  const docs = OPERATION_DOCS.filter((k) => canonical(o.raw[k]) !== canonical(n.raw[k]));
  if (docs.length) emit("docs", "patch", [], `${docs.join(", ")} changed`);
  if (Boolean(o.raw.deprecated) !== Boolean(n.raw.deprecated))
    emit("docs", "patch", [], n.raw.deprecated ? "deprecated" : "no longer deprecated");

  // With parameters, the body goes under its key (`requestBody`, or a named body's own);
  // without, it is the request itself.
  const oBodyAt = o.parameters.length ? ["request", o.bodyKey] : ["request"];
  const nBodyAt = n.parameters.length ? ["request", n.bodyKey] : ["request"];
  if (o.body && n.body && render(oBodyAt) !== render(nBodyAt))
    emit("body", "major", ["request"], `the body moved to ${render(nBodyAt)}`);
  parameters(diff, o, n, emit);
  body(diff, o, n, nBodyAt, emit);
  response(diff, o, n, emit);
  otherResponses(diff, o, n, emit);
  errorAnswers(diff, o, n, emit);
}

/**
 * The arguments a method takes one by one (`x-speakeasy-max-method-params`): a call written for
 * the old list passes its values in the old places. Any change breaks one: even a new optional
 * argument at the end takes the place of the options (`update(body, key, { timeoutMs })` would
 * send the options as that argument).
 */
function positionalArguments(o: SdkOperation, n: SdkOperation, emit: EmitFn): void {
  const [was, is] = [o.positional, n.positional];
  if (canonical(was ?? null) === canonical(is ?? null)) return;
  const list = (keys: string[]) => `(${keys.join(", ")}, options)`;
  emit(
    "arguments",
    "major",
    [],
    !was
      ? `now takes its arguments one by one: ${list(is!)}`
      : !is
        ? `now takes one request object (was ${list(was)})`
        : `its arguments are now ${list(is)} (were ${list(was)})`,
  );
}

/**
 * A method that takes no request takes its options first (`orq.models.list({ timeoutMs })`, and
 * `modelsList(core, options)`): once it takes a request, even an optional one, that first
 * argument is the request, and those calls break (the options are refused as unknown fields).
 */
function optionsFirst(o: SdkOperation, n: SdkOperation, emit: EmitFn): void {
  const takesRequest = (op: SdkOperation) => op.parameters.length > 0 || op.body !== undefined;
  if (!takesRequest(o) && takesRequest(n))
    emit(
      "arguments",
      "major",
      [],
      `now takes a request first: calls that pass their options first (orq.${n.method}({ timeoutMs })) break`,
    );
  else if (takesRequest(o) && !takesRequest(n))
    emit("arguments", "major", [], "now takes no request: its first argument is the options");
}

/**
 * The credentials a call needs besides the key (`credentials`), and where the key goes (`auth`):
 * one newly required refuses every call made without it; the rest the SDK does by itself.
 */
function credentials(o: SdkOperation, n: SdkOperation, emit: EmitFn): void {
  const was = canonical(o.credentials ?? null);
  const is = canonical(n.credentials ?? null);
  if (was !== is) {
    // A client is given credentials by scheme name; a call is refused when no set it may send
    // is complete. Breaking: a client complete for an old set is complete for no new one (a
    // scheme renamed, or added to every set it fits).
    const names = (set: { securityScheme: string }[]) => set.map((c) => c.securityScheme);
    const stillSent = (old: string[]) =>
      n.credentials!.sets.some((set) => names([...set]).every((name) => old.includes(name)));
    if (n.credentials?.required && !o.credentials?.required)
      emit("required", "major", ["credentials"], "now needs credentials besides the key");
    else if (
      n.credentials?.required &&
      o.credentials!.sets.some((set) => !stillSent(names([...set])))
    )
      emit(
        "required",
        "major",
        ["credentials"],
        `now needs ${n.credentials.sets.map((set) => names([...set]).join(" + ")).join(", or ")} (was ${o.credentials!.sets.map((set) => names([...set]).join(" + ")).join(", or ")})`,
      );
    else emit("constraint", "minor", ["credentials"], "the credentials it takes changed");
  }
  if (canonical(o.auth ?? null) !== canonical(n.auth ?? null)) {
    // The SDK places the key itself: a patch, said once, in words.
    const detail =
      n.auth === false
        ? "no longer sends the key: the operation takes none"
        : o.auth === false
          ? `now sends the key, in ${keyPlace(n.auth)}`
          : `the key now goes in ${keyPlace(n.auth)} (was ${keyPlace(o.auth)}); the SDK places it itself`;
    emit("docs", "patch", [], detail);
  }
}

/**
 * `; now X, the same schema`, when a model that is gone has a twin the new spec adds under
 * another name (a component renamed): the line then says what to import instead.
 */
function renamedTo(a: Read, b: Read, component: string): string {
  const schemaOf = (r: Read, name: string) => {
    const schemas = (r.doc.components as JsonObject | undefined)?.schemas;
    return isObject(schemas) ? schemas[name] : undefined;
  };
  const was = schemaOf(a, component);
  if (was === undefined) return "";
  const twins = [...b.surface.componentTypes]
    .filter(([model]) => !a.surface.componentTypes.has(model))
    .filter(([, name]) => canonical(schemaOf(b, name) ?? null) === canonical(was))
    .map(([model]) => model);
  return twins.length === 1 ? `; now ${twins[0]}, the same schema` : "";
}

function keyPlace(auth: SdkOperation["auth"]): string {
  if (!auth) return "Authorization: Bearer";
  if (auth.scheme === "basic") return "Authorization: Basic";
  return `the ${auth.in} ${auth.name}`;
}

function parameters(diff: SchemaDiff, o: SdkOperation, n: SdkOperation, emit: EmitFn): void {
  const key = (p: { in: string; name: string }) => `${p.in}:${p.name}`;
  const olds = new Map(o.parameters.map((p) => [key(p), p]));
  const added: SdkOperation["parameters"] = [];
  const compare = (was: SdkOperation["parameters"][number], p: typeof was) => {
    const at = ["request", p.sdk];
    if (was.sdk !== p.sdk)
      emit("property-renamed", "major", at, `renamed from request.${was.sdk} (${p.in} ${p.name})`);
    if (key(was) !== key(p))
      emit(
        "docs",
        "patch",
        at,
        `now sent as the ${p.in} parameter ${p.name} (was ${was.in} ${was.name})`,
      );
    if (!was.required && p.required) emit("required", "major", at, "now required");
    if (was.required && !p.required) emit("optional", "minor", at, "now optional");
    const docs = ["description", "example", "examples"].filter(
      (k) => canonical(was.raw[k]) !== canonical(p.raw[k]),
    );
    if (docs.length) emit("docs", "patch", at, `${docs.join(", ")} changed`);
    diff.compare("request", was.schema, p.schema, at, p.required);
  };
  for (const p of n.parameters) {
    const was = olds.get(key(p));
    if (!was) added.push(p);
    else {
      olds.delete(key(p));
      compare(was, p);
    }
  }
  // A parameter whose wire name or location changed and whose SDK name did not: the same
  // request, written differently on the wire (`page_size` → `pageSize`, query → header).
  for (const p of added) {
    const was = [...olds.values()].find((w) => w.sdk === p.sdk);
    if (was) {
      olds.delete(key(was));
      compare(was, p);
      continue;
    }
    const at = ["request", p.sdk];
    if (p.required) emit("property-added", "major", at, `required ${p.in} parameter`);
    else emit("property-added", "minor", at, `${p.in} parameter`);
  }
  for (const p of olds.values())
    emit("property-removed", "major", ["request", p.sdk], `${p.in} parameter`);
}

function body(diff: SchemaDiff, o: SdkOperation, n: SdkOperation, at: string[], emit: EmitFn) {
  if (!o.body && !n.body) return;
  // A body that comes or goes is the whole of it: its fields are news, not each a change.
  if (!o.body) {
    if (n.body!.required) emit("body", "major", at, "a request body is now required");
    else emit("body", "minor", at, "now takes a request body");
    return;
  }
  if (!n.body) return emit("body", "major", at, "no longer takes a request body");
  if (!o.body.required && n.body.required)
    emit("required", "major", at, "the body is now required");
  if (o.body.required && !n.body.required)
    emit("optional", "minor", at, "the body is now optional");
  if (o.body.mediaType !== n.body.mediaType)
    emit("body", "patch", at, `sent as ${n.body.mediaType} instead of ${o.body.mediaType}`);
  if (n.body.mediaType === "multipart/form-data") fileTypes(diff, o, n, at, emit);
  diff.compare("request", o.body.schema, n.body.schema, at);
}

/**
 * The media types each multipart file field takes, as the generator reads them (the
 * `encoding`'s `contentType`, else 3.1's `contentMediaType`; octet-stream or none: any), which
 * the SDK checks a file's real type against before sending: one the field took and no longer
 * does (`image/png, image/jpeg` → `image/png`) is breaking, one more (or a wildcard that covers
 * it: `image/*`, any) compatible.
 */
function fileTypes(
  diff: SchemaDiff,
  o: SdkOperation,
  n: SdkOperation,
  at: string[],
  emit: EmitFn,
): void {
  const rules = (doc: JsonObject, op: SdkOperation) =>
    op.body?.mediaType === "multipart/form-data"
      ? multipartEncoding(doc as Document, op.body.schema, op.body.encoding).files
      : {};
  const [was, now] = [rules(diff.oldDoc, o), rules(diff.newDoc, n)];
  const schema = n.body!.schema;
  const names = isObject(schema) ? sdkNames(schema) : new Map<string, string>();
  const takes = (types: readonly string[] | undefined, type: string) =>
    !types ||
    types.some(
      (t) => t === type || t === "*/*" || (t.endsWith("/*") && type.startsWith(t.slice(0, -1))),
    );
  for (const field of [...new Set([...Object.keys(was), ...Object.keys(now)])].sort()) {
    const [before, after] = [was[field]?.mediaTypes, now[field]?.mediaTypes];
    const lost = before ? before.filter((t) => !takes(after, t)) : after ? ["any"] : [];
    const gained = after ? after.filter((t) => !takes(before, t)) : before ? ["any"] : [];
    if (!lost.length && !gained.length) continue;
    const list = (types: readonly string[] | undefined) => types?.join(", ") ?? "any";
    const detail = `files may be ${list(after)} (were ${list(before)})`;
    const path = [...at, names.get(field) ?? field];
    if (lost.length) emit("constraint-tightened", "major", path, detail);
    else emit("constraint-loosened", "minor", path, detail);
  }
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
 * The other 2XX answers, which the method's return type is a union with: one more is a new
 * shape callers must handle (major); one fewer only narrows what comes back (minor).
 */
function otherResponses(diff: SchemaDiff, o: SdkOperation, n: SdkOperation, emit: EmitFn) {
  const olds = new Map(o.otherResponses.map((r) => [r.status, r]));
  for (const answer of n.otherResponses) {
    const at = [`response(${answer.status})`];
    const was = olds.get(answer.status);
    olds.delete(answer.status);
    if (!was) emit("body", "major", at, `may now answer ${answer.status} (${answer.mediaType})`);
    else if (was.schema !== undefined || answer.schema !== undefined)
      diff.compare("response", was.schema ?? {}, answer.schema ?? {}, at);
  }
  for (const gone of olds.values())
    emit("body", "minor", [`response(${gone.status})`], `no longer answers ${gone.status}`);
}

/**
 * The error answers with a JSON body, each thrown as its class (`…/models/errors`) with the body
 * as `data$`. One more is a narrower class for what was an `APIError`, which code written for
 * the old SDK still catches (minor); one fewer is thrown as an `APIError` again, which code
 * testing for its class no longer sees (major; a class gone from the SDK is reported once, for
 * all its operations, in `classify`). Another class for the same status (an inline body's name
 * moves when an answer is added before it) breaks `instanceof` (major). The body compares as a
 * response does: `data$` is read as an answer is.
 */
function errorAnswers(diff: SchemaDiff, o: SdkOperation, n: SdkOperation, emit: EmitFn) {
  const olds = new Map(o.errors.map((e) => [e.status, e]));
  // Error classes come from `…/models/errors`: an inline body's class has the official SDK's
  // name, which may also be a success model's (`CreateImageEditResponseBody`).
  const named = (e: SdkOperation["errors"][number]) =>
    e.className ? `models/errors.${e.className}` : "an APIError";
  for (const answer of n.errors) {
    const at = [`error(${answer.status})`];
    const was = olds.get(answer.status);
    olds.delete(answer.status);
    if (!was) {
      if (answer.className)
        emit("body", "minor", at, `a ${answer.status} answer is now thrown as ${named(answer)}`);
      continue;
    }
    if (was.className !== answer.className)
      emit(
        "body",
        was.className ? "major" : "minor",
        at,
        `a ${answer.status} answer is now thrown as ${named(answer)} (was ${named(was)})`,
      );
    else if (answer.className) diff.compare("response", was.schema, answer.schema, at);
  }
  for (const gone of olds.values())
    if (gone.className)
      emit(
        "body",
        "major",
        [`error(${gone.status})`],
        `a ${gone.status} answer is no longer thrown as ${gone.className}, but as an APIError`,
      );
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

/**
 * The spec's servers, which the client's `serverIdx` picks by position. Calls that name none go
 * to the first: where they go is news (minor). A server added at the end is a new choice
 * (minor). Any other index that now picks another server, or none (a client with that
 * `serverIdx` is then refused), breaks code that named it (major).
 */
function serverChanges(before: string[], after: string[]): Change[] {
  const server = (detail: string, level: Change["level"]): Change => ({
    operation: "*",
    path: "",
    kind: "server",
    level,
    detail,
  });
  const changes: Change[] = [];
  // Where no `serverURL` is given: a first server that is no absolute http(s) URL (none, or
  // relative, `/`) makes `new Orq()` refuse to start in Node and Deno.
  const absolute = (url: string | undefined) => url !== undefined && /^https?:\/\/[^/]/i.test(url);
  if (before[0] !== after[0])
    changes.push(
      absolute(before[0]) && !absolute(after[0])
        ? server(
            after[0] === undefined
              ? `the spec has no server any more (was ${before[0]}): new Orq() needs a serverURL`
              : `requests go to ${after[0]} by default (was ${before[0]}), which is no absolute URL: new Orq() needs a serverURL in Node and Deno`,
            "major",
          )
        : server(`requests go to ${after[0]} by default (was ${before[0]})`, "minor"),
    );
  for (let i = 1; i < Math.max(before.length, after.length); i++) {
    if (before[i] === after[i]) continue;
    if (before[i] === undefined)
      changes.push(server(`serverIdx ${i} picks ${after[i]}, a new server`, "minor"));
    else if (after[i] === undefined)
      changes.push(server(`serverIdx ${i} picks no server (was ${before[i]}): refused`, "major"));
    else changes.push(server(`serverIdx ${i} picks ${after[i]} (was ${before[i]})`, "major"));
  }
  return changes;
}

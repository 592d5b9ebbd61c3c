/**
 * Compares two versions of a schema, in a request or in a response, and reports each change at
 * its SDK property path with the semver level a user of the SDK feels:
 *
 * | change                               | in a request               | in a response         |
 * | ------------------------------------ | -------------------------- | --------------------- |
 * | property added                       | minor (major if required)  | minor                 |
 * | property removed                     | major                      | major                 |
 * | property made required / optional    | major / minor              | minor / major         |
 * | type widened / narrowed / changed    | minor / major / major      | major / minor / major |
 * | enum value added / removed           | minor / major              | major / minor         |
 * | constraint tightened / loosened      | major / minor              | patch                 |
 * | description, example, default, title | patch                      | patch                 |
 *
 * A request that takes more is compatible, one that takes less breaks callers; a response that
 * can hold more breaks exhaustive handling, one that holds less does not.
 */
import type { ChangeKind, Level } from "./change.js";
import { covers, enumValues, flatten, sdkNames, typeName, typeSet, variantsOf } from "./types.js";
import { refsIn, resolvePointer } from "../refs.js";
import { isObject, type Json, type JsonObject } from "../spec-file.js";

export type Side = "request" | "response";

export type Emit = (kind: ChangeKind, level: Level, path: string[], detail?: string) => void;

/** Keywords that only document a schema: a change to one is a patch. */
const DOCS = ["title", "description", "example", "examples", "default", "externalDocs", "xml"];

/**
 * Keywords that limit values, and which way is tighter: a higher minimum, a lower maximum; for
 * "set" ones (pattern, format…) adding one tightens, removing one loosens, and changing one is
 * taken as tightening, since it may refuse what was accepted.
 */
const CONSTRAINTS: [string, "higher" | "lower" | "set"][] = [
  ["minimum", "higher"],
  ["exclusiveMinimum", "higher"],
  ["minLength", "higher"],
  ["minItems", "higher"],
  ["minProperties", "higher"],
  ["maximum", "lower"],
  ["exclusiveMaximum", "lower"],
  ["maxLength", "lower"],
  ["maxItems", "lower"],
  ["maxProperties", "lower"],
  ["x-max-bytes", "lower"],
  ["pattern", "set"],
  ["multipleOf", "set"],
  ["format", "set"],
  ["uniqueItems", "set"],
  ["contentMediaType", "set"],
];

const show = (v: Json | undefined) => JSON.stringify(v);
const list = (values: Json[]) => values.map(show).join(", ");

export class SchemaDiff {
  private readonly active = new Set<string>();
  private readonly sameRefMemo = new Map<string, boolean>();

  constructor(
    readonly oldDoc: JsonObject,
    readonly newDoc: JsonObject,
    private readonly emit: Emit,
  ) {}

  compare(side: Side, old: Json | undefined, next: Json | undefined, path: string[]): void {
    if (this.same(old, next)) return;
    // A recursive schema compared with itself again: what is below was or will be reported.
    const key = `${refOf(old)}|${refOf(next)}`;
    if (key !== "|" && this.active.has(key)) return;
    this.active.add(key);
    try {
      this.compareResolved(side, flatten(this.oldDoc, old), flatten(this.newDoc, next), path);
    } finally {
      this.active.delete(key);
    }
  }

  /** Whether two values are the same, refs included: equal JSON, and every ref they hold
   * points at equal JSON in both documents (followed through). */
  same(old: Json | undefined, next: Json | undefined): boolean {
    if (JSON.stringify(old) !== JSON.stringify(next)) return false;
    return old === undefined || refsIn(old).every((ref) => this.sameRef(ref));
  }

  private sameRef(ref: string): boolean {
    const known = this.sameRefMemo.get(ref);
    if (known !== undefined) return known;
    this.sameRefMemo.set(ref, true); // while in progress: a cycle is judged by the rest of it
    const a = resolvePointer(this.oldDoc, ref);
    const b = resolvePointer(this.newDoc, ref);
    const same =
      JSON.stringify(a) === JSON.stringify(b) &&
      (a === undefined || refsIn(a).every((r) => this.sameRef(r)));
    this.sameRefMemo.set(ref, same);
    return same;
  }

  private compareResolved(side: Side, o: JsonObject, n: JsonObject, path: string[]): void {
    this.docs(o, n, path);
    const ov = variantsOf(o);
    const nv = variantsOf(n);
    if (ov || nv) return this.variants(side, o, n, ov, nv, path);
    this.types(side, o, n, path);
    this.enums(side, o, n, path);
    this.constraints(side, o, n, path);
    this.properties(side, o, n, path);
    if (o.items !== undefined || n.items !== undefined)
      this.compare(side, o.items ?? {}, n.items ?? {}, [...path, "[]"]);
    this.additional(side, o, n, path);
  }

  private docs(o: JsonObject, n: JsonObject, path: string[]): void {
    const changed = [...new Set([...DOCS, ...Object.keys(o), ...Object.keys(n)])].filter(
      (k) =>
        (DOCS.includes(k) || (k.startsWith("x-") && k !== "x-max-bytes")) &&
        k !== "default" &&
        show(o[k]) !== show(n[k]),
    );
    const parts = changed.length ? [`${changed.join(", ")} changed`] : [];
    if (show(o.default) !== show(n.default))
      parts.push(`default ${show(o.default) ?? "none"} → ${show(n.default) ?? "none"}`);
    if (parts.length) this.emit("docs", "patch", path, parts.join("; "));
    if (Boolean(o.deprecated) !== Boolean(n.deprecated))
      this.emit("docs", "patch", path, n.deprecated ? "deprecated" : "no longer deprecated");
  }

  /**
   * `oneOf`/`anyOf` (or a plain schema on one side): variants are paired, equal ones first, then
   * by the types they accept; a variant left over is one that was taken away or added.
   */
  private variants(
    side: Side,
    o: JsonObject,
    n: JsonObject,
    ov: Json[] | undefined,
    nv: Json[] | undefined,
    path: string[],
  ): void {
    const strip = (s: JsonObject) => {
      const { oneOf, anyOf, ...rest } = s;
      return Object.fromEntries(Object.entries(rest).filter(([k]) => !DOCS.includes(k)));
    };
    const olds = ov ?? [strip(o)];
    const news = nv ?? [strip(n)];
    const pairs: [Json, Json][] = [];
    const freeOld = [...olds];
    const freeNew = [...news];
    const pair = (match: (a: Json, b: Json) => boolean) => {
      for (const a of [...freeOld]) {
        const b = freeNew.find((x) => match(a, x));
        if (b === undefined) continue;
        pairs.push([a, b]);
        freeOld.splice(freeOld.indexOf(a), 1);
        freeNew.splice(freeNew.indexOf(b), 1);
      }
    };
    pair((a, b) => this.same(a, b));
    const types = (doc: JsonObject, v: Json) => typeName(typeSet(doc, v));
    pair((a, b) => types(this.oldDoc, a) === types(this.newDoc, b));
    if (freeOld.length === 1 && freeNew.length === 1) pair(() => true);
    for (const [a, b] of pairs) this.compare(side, a, b, path);
    const describe = (doc: JsonObject, v: Json) => refName(v) ?? types(doc, v);
    for (const v of freeOld) {
      const what = describe(this.oldDoc, v);
      if (side === "request") this.emit("type", "major", path, `no longer accepts ${what}`);
      else this.emit("type", "minor", path, `no longer returns ${what}`);
    }
    for (const v of freeNew) {
      const what = describe(this.newDoc, v);
      if (side === "request") this.emit("type", "minor", path, `also accepts ${what}`);
      else this.emit("type", "major", path, `may also be ${what}`);
    }
  }

  private types(side: Side, o: JsonObject, n: JsonObject, path: string[]): void {
    const a = typeSet(this.oldDoc, o);
    const b = typeSet(this.newDoc, n);
    const wider = covers(b, a);
    const narrower = covers(a, b);
    if (wider && narrower) return;
    const detail = `type ${typeName(a)} → ${typeName(b)}`;
    // Wider: a request takes more (compatible), a response can hold more (breaking).
    if (wider) this.emit("type", side === "request" ? "minor" : "major", path, detail);
    else if (narrower) this.emit("type", side === "request" ? "major" : "minor", path, detail);
    else this.emit("type", "major", path, detail);
  }

  private enums(side: Side, o: JsonObject, n: JsonObject, path: string[]): void {
    const a = enumValues(o);
    const b = enumValues(n);
    if (!a && !b) return;
    if (a && b) {
      const removed = a.filter((v) => !b.some((w) => show(w) === show(v)));
      const added = b.filter((v) => !a.some((w) => show(w) === show(v)));
      if (removed.length) {
        if (side === "request")
          this.emit("enum-value-removed", "major", path, `no longer accepts ${list(removed)}`);
        else this.emit("enum-value-removed", "minor", path, `no longer returns ${list(removed)}`);
      }
      if (added.length) {
        if (side === "request")
          this.emit("enum-value-added", "minor", path, `also accepts ${list(added)}`);
        else this.emit("enum-value-added", "major", path, `may also be ${list(added)}`);
      }
      return;
    }
    if (b) {
      // Now limited to a list of values.
      if (side === "request")
        this.emit("constraint-tightened", "major", path, `only accepts ${list(b)}`);
      else this.emit("constraint", "minor", path, `is now one of ${list(b)}`);
    } else {
      if (side === "request")
        this.emit("constraint-loosened", "minor", path, `accepts any value, not only ${list(a!)}`);
      else this.emit("enum-value-added", "major", path, `may be any value, not only ${list(a!)}`);
    }
  }

  private constraints(side: Side, o: JsonObject, n: JsonObject, path: string[]): void {
    for (const [keyword, tighter] of CONSTRAINTS) {
      const a = o[keyword];
      const b = n[keyword];
      if (show(a) === show(b)) continue;
      // binary ↔ text is a change of type, reported there.
      if (keyword === "format" && (a === "binary" || b === "binary")) continue;
      // uniqueItems: false says what absence says.
      if (keyword === "uniqueItems" && !a && !b) continue;
      let tightened: boolean;
      let detail: string;
      if (a === undefined || a === false) {
        tightened = true;
        detail = `${keyword} ${show(b)} added`;
      } else if (b === undefined || b === false) {
        tightened = false;
        detail = `${keyword} ${show(a)} removed`;
      } else {
        tightened =
          typeof a === "number" && typeof b === "number"
            ? tighter === "higher"
              ? b > a
              : b < a
            : true; // a changed pattern or format may refuse what was accepted
        detail = `${keyword} ${show(a)} → ${show(b)}`;
      }
      if (side === "response") this.emit("constraint", "patch", path, detail);
      else if (tightened) this.emit("constraint-tightened", "major", path, detail);
      else this.emit("constraint-loosened", "minor", path, detail);
    }
  }

  private properties(side: Side, o: JsonObject, n: JsonObject, path: string[]): void {
    const op = isObject(o.properties) ? o.properties : {};
    const np = isObject(n.properties) ? n.properties : {};
    const oreq = new Set(Array.isArray(o.required) ? o.required : []);
    const nreq = new Set(Array.isArray(n.required) ? n.required : []);
    const onames = sdkNames(o);
    const nnames = sdkNames(n);
    const keys = [...new Set([...Object.keys(np), ...Object.keys(op)])];
    for (const key of keys) {
      const at = [...path, nnames.get(key) ?? onames.get(key) ?? key];
      const inOld = Object.hasOwn(op, key);
      const inNew = Object.hasOwn(np, key);
      if (!inOld) {
        if (side === "request" && nreq.has(key))
          this.emit("property-added", "major", at, "required");
        else this.emit("property-added", "minor", at);
        continue;
      }
      if (!inNew) {
        this.emit("property-removed", "major", at);
        continue;
      }
      const was = oreq.has(key);
      const is = nreq.has(key);
      if (!was && is) {
        if (side === "request") this.emit("required", "major", at, "now required");
        else this.emit("required", "minor", at, "now always present");
      } else if (was && !is) {
        if (side === "request") this.emit("optional", "minor", at, "now optional");
        else this.emit("optional", "major", at, "now optional: may be missing");
      }
      this.compare(side, op[key], np[key], at);
    }
  }

  /** `additionalProperties`: a map's values, or whether other keys are allowed at all. */
  private additional(side: Side, o: JsonObject, n: JsonObject, path: string[]): void {
    const a = o.additionalProperties;
    const b = n.additionalProperties;
    if (show(a) === show(b)) return;
    if (isObject(a) && isObject(b)) return this.compare(side, a, b, [...path, "*"]);
    const closed = (v: Json | undefined) => v === false;
    if (closed(a) === closed(b)) {
      // schema ↔ true/absent: the values' type changed
      return this.compare(side, isObject(a) ? a : {}, isObject(b) ? b : {}, [...path, "*"]);
    }
    if (side === "response")
      return this.emit("constraint", "patch", path, "additionalProperties changed");
    if (closed(b))
      this.emit("constraint-tightened", "major", path, "no longer accepts other properties");
    else this.emit("constraint-loosened", "minor", path, "now accepts other properties");
  }
}

function refOf(value: Json | undefined): string {
  return isObject(value) && typeof value.$ref === "string" ? value.$ref : "";
}

function refName(value: Json): string | undefined {
  const ref = refOf(value);
  return ref ? decodeURIComponent(ref.slice(ref.lastIndexOf("/") + 1)) : undefined;
}

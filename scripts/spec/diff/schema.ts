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
 * | default                              | minor                      | patch                 |
 * | description, example, title          | patch                      | patch                 |
 *
 * A request field's `default` is what the server does when a call leaves the field out: a call
 * that did not change gets another result, so it is said apart from the documentation (minor,
 * as a new behaviour is). In an answer it only documents: the SDK returns what the server sent.
 *
 * A request that takes more is compatible, one that takes less breaks callers; a response that
 * can hold more breaks exhaustive handling, one that holds less does not.
 */
import type { ChangeKind, Level } from "./change.js";
import { covers, enumValues, flatten, sdkNames, typeName, typeSet, variantsOf } from "./types.js";
import { readsAsDate } from "../../generate/transform/schema-nodes.js";
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
  ["minLength", "higher"],
  ["minItems", "higher"],
  ["minProperties", "higher"],
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

/**
 * JSON text with every object's keys in order: two values that differ only in key order (an
 * `example` or `default` written again) are the same value. The lists under the keys in
 * `unordered` are put in order too (a table's `required` and `enum`, whose order means nothing).
 */
export function canonical(
  value: unknown,
  unordered: ReadonlySet<string> = new Set(),
): string | undefined {
  return JSON.stringify(value, (key, v: unknown) =>
    Array.isArray(v) && unordered.has(key)
      ? [...v].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
      : v && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
  );
}

const show = (value: Json | undefined) => canonical(value);

/** Rules compared whole (see `SchemaDiff.rules`). */
const RULES = [
  "not",
  "if",
  "then",
  "else",
  "prefixItems",
  "contains",
  "minContains",
  "maxContains",
  "dependentRequired",
  "dependentSchemas",
  "propertyNames",
  "patternProperties",
  "unevaluatedProperties",
  "unevaluatedItems",
  "discriminator",
];
const list = (values: Json[]) => values.map(show).join(", ");

export class SchemaDiff {
  private readonly active = new Set<string>();
  private readonly sameRefMemo = new Map<string, boolean>();

  constructor(
    readonly oldDoc: JsonObject,
    readonly newDoc: JsonObject,
    private readonly emit: Emit,
  ) {}

  /** `required`: the value is always given (a required property or parameter), so a default
   * says nothing a call can see. */
  compare(
    side: Side,
    old: Json | undefined,
    next: Json | undefined,
    path: string[],
    required = false,
  ): void {
    if (this.same(old, next)) return;
    // A recursive schema compared with itself again: what is below was or will be reported.
    const key = `${refOf(old)}|${refOf(next)}`;
    if (key !== "|" && this.active.has(key)) return;
    this.active.add(key);
    try {
      this.compareResolved(
        side,
        flatten(this.oldDoc, old),
        flatten(this.newDoc, next),
        path,
        required,
      );
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

  private compareResolved(
    side: Side,
    o: JsonObject,
    n: JsonObject,
    path: string[],
    required: boolean,
  ): void {
    o = exclusiveBounds(o);
    n = exclusiveBounds(n);
    this.docs(side, o, n, path, required);
    this.rules(side, o, n, path);
    const ov = variantsOf(o);
    const nv = variantsOf(n);
    if (ov || nv) {
      this.variants(side, o, n, ov, nv, path);
      // Properties beside the union are the same object's: compared as an object's are. Where
      // one side is no union, its properties were compared as its one variant's, above: again
      // here only against properties the other side's union has beside it (a `$ref` that
      // became `anyOf: [$ref, null]` lost none of its own).
      const beside = (x: JsonObject) => isObject(x.properties) || x.required !== undefined;
      if (ov && nv ? beside(o) || beside(n) : beside(ov ? o : n)) this.properties(side, o, n, path);
      return;
    }
    this.types(side, o, n, path);
    this.enums(side, o, n, path);
    this.constraints(side, o, n, path);
    this.properties(side, o, n, path);
    // Items only where both are lists: a value that becomes a list is a change of type, above.
    const lists = (x: JsonObject, doc: JsonObject) =>
      x.items !== undefined || typeSet(doc, x).has("array");
    if (lists(o, this.oldDoc) && lists(n, this.newDoc))
      this.compare(side, o.items ?? {}, n.items ?? {}, [...path, "[]"]);
    this.additional(side, o, n, path);
  }

  /**
   * The rarer rules the SDK checks before sending (`not`, `if`/`then`/`else`, `prefixItems`,
   * `dependentRequired`, …) and a discriminator's tags, compared whole: in a request, one added
   * or changed may refuse what was sent (major), one removed takes more (minor). In an answer,
   * the types follow a discriminator's tags (major); the other rules are not checked (patch).
   */
  private rules(side: Side, o: JsonObject, n: JsonObject, path: string[]): void {
    for (const keyword of RULES) {
      const a = o[keyword];
      const b = n[keyword];
      if (this.same(a, b)) continue;
      const what = a === undefined ? "added" : b === undefined ? "removed" : "changed";
      const detail = `${keyword} ${what}`;
      if (keyword === "discriminator" || side === "request") {
        if (what === "removed" && keyword !== "discriminator")
          this.emit("constraint-loosened", "minor", path, detail);
        else this.emit("constraint-tightened", "major", path, detail);
      } else this.emit("constraint", "patch", path, detail);
    }
  }

  private docs(side: Side, o: JsonObject, n: JsonObject, path: string[], required: boolean): void {
    const changed = [...new Set([...DOCS, ...Object.keys(o), ...Object.keys(n)])].filter(
      (k) =>
        (DOCS.includes(k) || (k.startsWith("x-") && k !== "x-max-bytes")) &&
        k !== "default" &&
        show(o[k]) !== show(n[k]),
    );
    const parts = changed.length ? [`${changed.join(", ")} changed`] : [];
    if (show(o.default) !== show(n.default)) {
      const was = show(o.default) ?? "none";
      const now = show(n.default) ?? "none";
      if (side === "request" && !required)
        this.emit(
          "default",
          "minor",
          path,
          n.default === undefined
            ? `default ${was} → none: a call that leaves it out no longer gets ${was}`
            : `default ${was} → ${now}: a call that leaves it out gets ${now}`,
        );
      else parts.push(`default ${was} → ${now}`);
    }
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
        // TypeScript refuses a comparison with a value the type no longer has (TS2367, and
        // TS2678 for a `case`): code that handled the old value stops compiling.
        else
          this.emit(
            "enum-value-removed",
            "major",
            path,
            `no longer returns ${list(removed)}: code comparing with it stops compiling`,
          );
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
      // A string type becomes a union of literals: comparing with any other value stops
      // compiling (TS2367), as when an enum value is removed.
      else
        this.emit(
          "constraint",
          "major",
          path,
          `is now one of ${list(b)}: code comparing with another value stops compiling`,
        );
    } else {
      if (side === "request")
        this.emit("constraint-loosened", "minor", path, `accepts any value, not only ${list(a!)}`);
      else this.emit("enum-value-added", "major", path, `may be any value, not only ${list(a!)}`);
    }
  }

  private constraints(side: Side, o: JsonObject, n: JsonObject, path: string[]): void {
    this.bounds(side, o, n, path);
    const files = typeSet(this.oldDoc, o).has("file") || typeSet(this.newDoc, n).has("file");
    for (const [keyword, tighter] of CONSTRAINTS) {
      const a = o[keyword];
      const b = n[keyword];
      if (show(a) === show(b)) continue;
      // binary ↔ text, and Date ↔ text, are changes of type, reported there; a file's media type
      // is no rule of text.
      if (
        keyword === "format" &&
        (a === "binary" ||
          b === "binary" ||
          readsAsDate(this.oldDoc, o) !== readsAsDate(this.newDoc, n))
      )
        continue;
      if (keyword === "contentMediaType" && files) continue;
      // uniqueItems: false says what absence says, and so does a minimum of 0 (`minLength: 0`).
      if (keyword === "uniqueItems" && !a && !b) continue;
      if (tighter === "higher" && !a && !b) continue;
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
          keyword === "multipleOf" && typeof a === "number" && typeof b === "number"
            ? !isMultiple(a, b) // looser only when every multiple of the old step is one of the new
            : typeof a === "number" && typeof b === "number" && tighter !== "set"
              ? tighter === "higher"
                ? b > a
                : b < a
              : // Every int32 is an int64 (the runtime checks int32's bounds, no other's).
                !(keyword === "format" && a === "int32" && b === "int64"); // a changed pattern or format may refuse what was accepted
        detail = `${keyword} ${show(a)} → ${show(b)}`;
      }
      if (side === "response") this.emit("constraint", "patch", path, detail);
      else if (tightened) this.emit("constraint-tightened", "major", path, detail);
      else this.emit("constraint-loosened", "minor", path, detail);
    }
  }

  /**
   * A number's lower and upper bound, each a value and whether it is exclusive (after
   * `exclusiveBounds`, `exclusiveMinimum: 5` or `minimum: 5`): a bound that lets fewer numbers
   * through is tighter, whichever keyword says it.
   */
  private bounds(side: Side, o: JsonObject, n: JsonObject, path: string[]): void {
    for (const [inclusive, exclusive, lower] of [
      ["minimum", "exclusiveMinimum", true],
      ["maximum", "exclusiveMaximum", false],
    ] as const) {
      const bound = (s: JsonObject): [number, boolean] | undefined => {
        const x = s[exclusive];
        const i = s[inclusive];
        if (typeof x === "number" && (typeof i !== "number" || (lower ? x >= i : x <= i)))
          return [x, true];
        return typeof i === "number" ? [i, false] : undefined;
      };
      const a = bound(o);
      const b = bound(n);
      if (show(a) === show(b)) continue;
      const text = (v: [number, boolean] | undefined) =>
        v ? `${v[1] ? exclusive : inclusive} ${v[0]}` : "none";
      // Tighter: a bound appears, or moves inward, or becomes exclusive at the same value.
      const tightened =
        !a ||
        (b !== undefined && (lower ? b[0] > a[0] : b[0] < a[0])) ||
        (b !== undefined && b[0] === a[0] && b[1] && !a[1]);
      const detail = a && b && a[1] === b[1] ? `${text(a)} → ${b[0]}` : `${text(a)} → ${text(b)}`;
      if (side === "response") this.emit("constraint", "patch", path, detail);
      else if (tightened) this.emit("constraint-tightened", "major", path, detail);
      else this.emit("constraint-loosened", "minor", path, detail);
    }
  }

  private properties(side: Side, o: JsonObject, n: JsonObject, path: string[]): void {
    // A property `readOnly` in a request, or `writeOnly` in an answer, is not there for users
    // (`?: never`): one that gets the mark is taken away, one that loses it is new.
    const hidden = side === "request" ? "readOnly" : "writeOnly";
    const shown = (s: JsonObject, doc: JsonObject) =>
      Object.fromEntries(
        Object.entries(isObject(s.properties) ? s.properties : {}).filter(
          ([, schema]) => flatten(doc, schema)[hidden] !== true,
        ),
      );
    const op = shown(o, this.oldDoc);
    const np = shown(n, this.newDoc);
    // Declared, shown or not: a property missing from `op`/`np` that is declared was hidden.
    const declared = (s: JsonObject, key: string) =>
      isObject(s.properties) && Object.hasOwn(s.properties, key);
    const oreq = new Set(Array.isArray(o.required) ? o.required : []);
    const nreq = new Set(Array.isArray(n.required) ? n.required : []);
    // Names as the generator gives them, from every property (a hidden one still takes its name).
    const onames = sdkNames(o);
    const nnames = sdkNames(n);
    const sdk = (names: Map<string, string>, key: string) => names.get(key) ?? key;
    const oldBySdk = new Map(Object.keys(op).map((key) => [sdk(onames, key), key]));
    const seen = new Set<string>();
    for (const key of [...new Set([...Object.keys(np), ...Object.keys(op)])]) {
      if (seen.has(key)) continue;
      seen.add(key);
      const name = sdk(nnames, key);
      let was: string | undefined = Object.hasOwn(op, key) ? key : undefined;
      const inNew = Object.hasOwn(np, key);
      if (inNew && was !== undefined && sdk(onames, key) !== sdk(nnames, key)) {
        // The same wire name under another SDK name (a new property took its name).
        this.emit(
          "property-renamed",
          "major",
          [...path, sdk(nnames, key)],
          `renamed from ${sdk(onames, key)} (sent as ${key})`,
        );
      }
      // A wire name that changed while the SDK name did not (`foo_bar` → `fooBar`).
      if (inNew && was === undefined) {
        const other = oldBySdk.get(name);
        if (other !== undefined && !Object.hasOwn(np, other)) {
          was = other;
          seen.add(other);
          this.emit("docs", "patch", [...path, name], `now sent as ${key} (was ${other})`);
        }
      }
      const at = [...path, inNew ? name : sdk(onames, key)];
      if (was === undefined) {
        const detail = declared(o, key) ? `no longer ${hidden}` : undefined;
        if (side === "request" && nreq.has(key))
          this.emit("property-added", "major", at, detail ? `required, ${detail}` : "required");
        else this.emit("property-added", "minor", at, detail);
        continue;
      }
      if (!inNew) {
        this.emit("property-removed", "major", at, declared(n, key) ? `now ${hidden}` : undefined);
        continue;
      }
      const wasRequired = oreq.has(was);
      const is = nreq.has(key);
      if (!wasRequired && is) {
        if (side === "request") this.emit("required", "major", at, "now required");
        else this.emit("required", "minor", at, "now always present");
      } else if (wasRequired && !is) {
        if (side === "request") this.emit("optional", "minor", at, "now optional");
        else this.emit("optional", "major", at, "now optional: may be missing");
      }
      this.compare(side, op[was], np[key], at, is);
    }
  }

  /** `additionalProperties`: a map's values, or whether other keys are allowed at all. */
  private additional(side: Side, o: JsonObject, n: JsonObject, path: string[]): void {
    // What the SDK checks before sending: an object that declares properties takes no other
    // key unless `additionalProperties` says so (its absence is `false`, not JSON Schema's
    // "anything"). Adding `false` to it changes nothing; adding a schema takes more.
    const sent = (x: JsonObject): Json | undefined =>
      x.additionalProperties ??
      (side === "request" && isObject(x.properties) && Object.keys(x.properties).length
        ? false
        : undefined);
    const a = sent(o);
    const b = sent(n);
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

/** Whether `step` divides `value`, for decimal steps too (`0.01` divides `0.03`). */
function isMultiple(value: number, step: number): boolean {
  const ratio = value / step;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9 * Math.max(1, Math.abs(ratio));
}

/**
 * OpenAPI 3.0's boolean `exclusiveMinimum: true` beside `minimum: 0` written as 3.1 writes it,
 * `exclusiveMinimum: 0`, so that the two spellings compare equal.
 */
function exclusiveBounds(s: JsonObject): JsonObject {
  if (typeof s.exclusiveMinimum !== "boolean" && typeof s.exclusiveMaximum !== "boolean") return s;
  const out: JsonObject = { ...s };
  for (const [exclusive, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (typeof out[exclusive] !== "boolean") continue;
    if (out[exclusive] === true && typeof out[bound] === "number") {
      out[exclusive] = out[bound];
      delete out[bound];
    } else delete out[exclusive];
  }
  return out;
}

import RandExp from "randexp";
import {
  isObject,
  unescapePointerSegment,
  type JsonObject,
  type SpecDocument,
} from "./document.js";
import { pinnedTagValues } from "./discriminator-view.js";
import { accessOf, skippedIn } from "./read-write-only.js";
import { ofDeclaredType } from "./schema-info.js";
import { setOwn } from "./styles.js";
import type { Validators } from "./validate.js";

/** Hard stop for nesting: past it every value is the smallest one of its type. */
const MAX_DEPTH = 12;
/** Optional properties are filled in this close to the root (deeper, only required ones). */
const OPTIONAL_DEPTH = 3;
/** Arrays get one element this close to the root (deeper, only `minItems`). */
const ARRAY_DEPTH = 8;

const FORMAT_SAMPLES: Record<string, string> = {
  "date-time": "2025-01-01T00:00:00.000Z",
  date: "2025-01-01",
  time: "00:00:00Z",
  "iso-time": "00:00:00Z",
  "iso-date-time": "2025-01-01T00:00:00.000Z",
  duration: "P1D",
  email: "user@example.com",
  "idn-email": "user@example.com",
  uri: "https://example.com",
  url: "https://example.com",
  iri: "https://example.com",
  "uri-reference": "https://example.com",
  "iri-reference": "https://example.com",
  "uri-template": "https://example.com/{id}",
  hostname: "example.com",
  "idn-hostname": "example.com",
  ipv4: "127.0.0.1",
  ipv6: "::1",
  uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
  ulid: "01ARZ3NDEKTSV4RRFFQ69G5FAV",
  byte: "c3RyaW5n",
  binary: "string",
  password: "password",
  regex: "^.*$",
  "json-pointer": "/a",
  "relative-json-pointer": "0",
  int32: "0",
  int64: "0",
  uint32: "0",
  float: "0",
  double: "0",
};

const NUMERIC_FORMATS = new Set(["int32", "int64", "uint32", "float", "double"]);
// Keywords that only describe: a schema made of these adds nothing to a oneOf branch.
const ANNOTATIONS = new Set([
  "description",
  "title",
  "discriminator",
  "example",
  "examples",
  "default",
  "readOnly",
  "writeOnly",
  "deprecated",
  "externalDocs",
  "xml",
  "$comment",
]);

/**
 * Makes one value for a schema. Values come from `const`, `example`/`examples`, `default` and
 * `enum` where the schema gives them, else from the type and its constraints. In `strict` mode
 * every example and oneOf/anyOf branch is checked against its schema (with ajv) before use.
 */
export class SchemaSampler {
  private readonly allOfMerges = new WeakMap<JsonObject, JsonObject>();
  private readonly branchMerges = new WeakMap<JsonObject, Map<number, unknown>>();
  private seed = 0x2f6b1d3;

  constructor(
    private readonly doc: SpecDocument,
    private readonly validators: Validators,
    /** Second pass: check examples and oneOf/anyOf branches before using them. */
    private readonly strict: boolean,
  ) {}

  value(node: unknown, depth: number, stack: readonly string[]): unknown {
    if (node === false) return undefined;
    if (!isObject(node)) return "string";
    if (typeof node.$ref === "string") {
      const { value: target, refs } = this.doc.deref(node);
      if (!isObject(target)) return "string";
      const repeats = stack.filter((r) => r === node.$ref).length;
      if (repeats >= 2 || depth > MAX_DEPTH) return this.minimal(target);
      return this.value(target, depth, [...stack, ...refs]);
    }
    const s = node;
    if ("const" in s) return s.const;
    const example = this.exampleOf(s);
    if (example !== undefined) return structuredClone(example);
    if (Array.isArray(s.enum) && s.enum.length > 0) {
      const allowed = typed(s, s.enum);
      return allowed.find((v) => v !== null) ?? allowed[0];
    }
    if (Array.isArray(s.allOf) && s.allOf.length > 0)
      return this.value(this.mergeAllOf(s), depth, stack);
    const branches = Array.isArray(s.oneOf) && s.oneOf.length > 0 ? s.oneOf : s.anyOf;
    if (Array.isArray(branches) && branches.length > 0)
      return this.choose(s, branches, depth, stack);
    if (depth > MAX_DEPTH) return this.minimal(s);
    const subtype = this.mappedSubtype(s, depth, stack);
    if (subtype !== undefined) return subtype;
    return this.meetWholeValueRules(s, this.ofType(s, depth, stack), depth, stack);
  }

  /**
   * `contains`, `if`/`then`/`else` and `not` judge a value as a whole, which sampling by type does
   * not see: when the value sampled breaks them, the values they suggest are tried in turn (an
   * array with the item `contains` asks for, the object with `then` or `else` merged in, a value
   * of another type), and the first that passes the whole schema is taken.
   */
  private meetWholeValueRules(
    s: JsonObject,
    sampled: unknown,
    depth: number,
    stack: readonly string[],
  ): unknown {
    if (s.contains === undefined && s.if === undefined && s.not === undefined) return sampled;
    const items: unknown[] | undefined = Array.isArray(sampled) ? sampled : undefined;
    const validate = this.validators.forSchema(s);
    if (!validate || validate(sampled)) return sampled;
    const { contains, if: _if, then, else: otherwise, not, ...rest } = s;
    const tries: (() => unknown)[] = [];
    if (contains !== undefined && items) {
      const need = typeof s.minContains === "number" ? s.minContains : 1;
      const room = typeof s.maxItems === "number" ? s.maxItems : Infinity;
      tries.push(() => [
        ...items.slice(0, Math.max(0, room - need)),
        ...Array.from({ length: need }, () => this.value(contains, depth + 1, stack)),
      ]);
    }
    for (const branch of [then, otherwise])
      if (isObject(branch))
        tries.push(() => this.value(mergeSchemas({ ...rest, not }, branch), depth, stack));
    if (not !== undefined)
      for (const type of ["string", "integer", "number", "boolean", "object", "array", "null"])
        if (!s.type || [s.type].flat().includes(type))
          tries.push(() => this.ofType({ ...rest, type }, depth, stack));
    for (const next of tries) {
      const candidate = next();
      if (validate(candidate)) return candidate;
    }
    return sampled;
  }

  /** A value of the schema's type, from its constraints alone. */
  private ofType(s: JsonObject, depth: number, stack: readonly string[]): unknown {
    switch (typeOf(s)) {
      case "object":
        return this.object(s, depth, stack);
      case "array":
        return this.array(s, depth, stack);
      case "integer":
        return numberFor(s, true);
      case "number":
        return numberFor(s, false);
      case "boolean":
        return true;
      case "null":
        return null;
      default:
        return this.string(s);
    }
  }

  private exampleOf(s: JsonObject): unknown {
    const candidates: unknown[] = [];
    if (s.example !== undefined) candidates.push(s.example);
    if (Array.isArray(s.examples) && s.examples.length > 0) candidates.push(s.examples[0]);
    if (s.default !== undefined) candidates.push(s.default);
    for (const candidate of candidates) {
      if (!this.strict) return candidate;
      const validate = this.validators.forSchema(s);
      if (!validate || validate(candidate)) return candidate;
    }
    return undefined;
  }

  private choose(
    s: JsonObject,
    branches: unknown[],
    depth: number,
    stack: readonly string[],
  ): unknown {
    // Prefer a branch that is not just `null`: a real value shows more of the response.
    const order = branches
      .map((branch, index) => ({ index, isNull: typeOf(this.doc.schema(branch)) === "null" }))
      .sort((a, b) => Number(a.isNull) - Number(b.isNull))
      .map((entry) => entry.index);
    let fallback: unknown;
    for (const index of order) {
      const candidate = this.withDiscriminator(
        s,
        branches[index],
        this.value(this.branch(s, branches, index), depth, stack),
      );
      if (!this.strict) return candidate;
      if (index === order[0]) fallback = candidate;
      const validate = this.validators.forSchema(s);
      if (!validate || validate(candidate)) return candidate;
    }
    return fallback;
  }

  /** A oneOf/anyOf branch together with the keywords next to the oneOf (they apply too). */
  private branch(s: JsonObject, branches: unknown[], index: number): unknown {
    const rest = Object.fromEntries(
      Object.entries(s).filter(
        ([k]) => k !== "oneOf" && k !== "anyOf" && !ANNOTATIONS.has(k) && !k.startsWith("x-"),
      ),
    );
    if (Object.keys(rest).length === 0) return branches[index];
    let merges = this.branchMerges.get(s);
    if (!merges) this.branchMerges.set(s, (merges = new Map()));
    let merged = merges.get(index);
    if (merged === undefined) {
      merged = this.mergeAllOf({ allOf: [rest, branches[index]] });
      merges.set(index, merged);
    }
    return merged;
  }

  /**
   * A base schema whose discriminator maps its tags to subtypes (§ 4.8.25, inheritance: each
   * subtype is `allOf` the base) stands for one of them: its own tag property is only a string,
   * and no tag value. The first subtype is sampled, with its tag. Inside a subtype (one of the
   * mapped schemas is on the way here) the base is sampled as it is.
   */
  private mappedSubtype(s: JsonObject, depth: number, stack: readonly string[]): unknown {
    const discriminator = s.discriminator;
    if (!isObject(discriminator) || typeof discriminator.propertyName !== "string")
      return undefined;
    // Only an object has a tag: a discriminator written beside `type: array` (Gladia's lists,
    // whose items are the union) made the list one subtype's object (probe78).
    if (s.type !== undefined && ![s.type].flat().includes("object")) return undefined;
    if (!isObject(discriminator.mapping)) return undefined;
    const mapped = Object.entries(discriminator.mapping).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    );
    if (!mapped.length || mapped.some(([, ref]) => stack.includes(ref))) return undefined;
    const [tag, ref] = mapped[0]!;
    const value = this.value({ $ref: ref }, depth + 1, stack);
    if (!isObject(value)) return undefined;
    setOwn(value, discriminator.propertyName, tag);
    return value;
  }

  private withDiscriminator(s: JsonObject, branch: unknown, value: unknown): unknown {
    const discriminator = s.discriminator;
    if (!isObject(discriminator) || typeof discriminator.propertyName !== "string") return value;
    if (!isObject(value) || !isObject(branch) || typeof branch.$ref !== "string") return value;
    const mapping = isObject(discriminator.mapping) ? discriminator.mapping : {};
    // A mapping names a schema by `$ref` or by its bare component name; a branch it does not
    // name is tagged with its component's name (§ 4.8.25's implicit mapping).
    const component = /^#\/components\/schemas\/([^/]+)$/.exec(branch.$ref)?.[1];
    // (A branch whose tag property has values of its own keeps the one sampled from them.)
    const key =
      Object.entries(mapping).find(
        ([, ref]) => ref === branch.$ref || (component !== undefined && ref === component),
      )?.[0] ??
      (component === undefined || this.tagHasValues(branch, discriminator.propertyName)
        ? undefined
        : unescapePointerSegment(component));
    if (key !== undefined) setOwn(value, discriminator.propertyName, key);
    return value;
  }

  /**
   * Whether a branch's own (or its allOf parts') `tag` property lists its values (`const`,
   * `enum`, or a union of them, as discriminator-view.ts reads them).
   */
  private tagHasValues(branch: unknown, tag: string): boolean {
    return pinnedTagValues(this.doc, branch, tag) !== undefined;
  }

  private mergeAllOf(s: JsonObject): JsonObject {
    let merged = this.allOfMerges.get(s);
    if (merged) return merged;
    const { allOf, ...rest } = s;
    merged = rest;
    for (const part of Array.isArray(allOf) ? allOf : []) {
      let schema = this.doc.schema(part);
      if (Array.isArray(schema.allOf)) schema = this.mergeAllOf(schema);
      merged = mergeSchemas(merged, schema);
    }
    this.allOfMerges.set(s, merged);
    return merged;
  }

  /**
   * Property names are read and written as own members only: `key in out` found `constructor` on
   * Object.prototype and left a required `constructor` out of the answer, and `out.__proto__ = …`
   * set the prototype instead of a property.
   */
  private object(s: JsonObject, depth: number, stack: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const properties = isObject(s.properties) ? s.properties : {};
    const required = Array.isArray(s.required)
      ? s.required.filter((r): r is string => typeof r === "string")
      : [];
    // A request has no `readOnly` property (the server sets it), a response no `writeOnly` one.
    const skipped = skippedIn(this.validators.direction);
    for (const [key, propSchema] of Object.entries(properties)) {
      if (accessOf(this.doc, propSchema) === skipped) continue;
      if (!required.includes(key)) {
        const prop = this.doc.schema(propSchema);
        const pinned = "const" in prop || (Array.isArray(prop.enum) && prop.enum.length === 1);
        // Optional properties that pin a value (const, one-value enum) are kept at any depth:
        // they are what tells oneOf branches apart.
        if (depth >= OPTIONAL_DEPTH && !pinned) continue;
        if (propSchema === false) continue;
        if (
          isObject(propSchema) &&
          typeof propSchema.$ref === "string" &&
          stack.includes(propSchema.$ref)
        )
          continue;
      }
      const value = this.value(propSchema, depth + 1, stack);
      if (value !== undefined) setOwn(out, key, value);
    }
    for (const key of required) {
      if (Object.hasOwn(out, key)) continue;
      if (Object.hasOwn(properties, key) && accessOf(this.doc, properties[key]) === skipped)
        continue;
      const value = this.value(this.extraPropertySchema(s, key), depth + 1, stack);
      setOwn(out, key, value === undefined ? "string" : value);
    }
    const minProperties = typeof s.minProperties === "number" ? s.minProperties : 0;
    for (let i = 1; Object.keys(out).length < minProperties; i++) {
      const key = `property${i}`;
      if (!Object.hasOwn(out, key))
        setOwn(
          out,
          key,
          this.value(this.extraPropertySchema(s, key), depth + 1, stack) ?? "string",
        );
    }
    if (typeof s.maxProperties === "number") {
      for (const key of Object.keys(out).reverse()) {
        if (Object.keys(out).length <= s.maxProperties) break;
        if (!required.includes(key)) delete out[key];
      }
    }
    return out;
  }

  /** The schema of a property that `properties` does not list. */
  private extraPropertySchema(s: JsonObject, key: string): unknown {
    if (isObject(s.patternProperties)) {
      for (const [pattern, schema] of Object.entries(s.patternProperties)) {
        if (safeRegExp(pattern)?.test(key)) return schema;
      }
    }
    return isObject(s.additionalProperties) ? s.additionalProperties : {};
  }

  private array(s: JsonObject, depth: number, stack: readonly string[]): unknown[] {
    const min = typeof s.minItems === "number" ? s.minItems : 0;
    const max = typeof s.maxItems === "number" ? s.maxItems : Infinity;
    const prefix = Array.isArray(s.prefixItems) ? s.prefixItems : [];
    const items = s.items;
    const recursive =
      isObject(items) && typeof items.$ref === "string" && stack.includes(items.$ref);
    let count = Math.min(Math.max(min, depth < ARRAY_DEPTH && !recursive ? 1 : 0), max);
    if (items === false) count = Math.min(count, prefix.length);
    const out: unknown[] = [];
    for (let i = 0; i < count; i++) {
      const value = this.value(i < prefix.length ? prefix[i] : (items ?? {}), depth + 1, stack);
      out.push(value === undefined ? null : value);
    }
    if (s.uniqueItems === true) makeUnique(out);
    return out;
  }

  private string(s: JsonObject): string {
    const minLength = typeof s.minLength === "number" ? s.minLength : 0;
    const maxLength = typeof s.maxLength === "number" ? s.maxLength : Infinity;
    let value =
      (typeof s.format === "string" && Object.hasOwn(FORMAT_SAMPLES, s.format)
        ? FORMAT_SAMPLES[s.format]
        : undefined) ?? "string";
    if (s.contentEncoding === "base64") value = "c3RyaW5n";
    const pattern = typeof s.pattern === "string" ? safeRegExp(s.pattern) : undefined;
    const fits = (v: string) =>
      v.length >= minLength && v.length <= maxLength && (!pattern || pattern.test(v));
    if (fits(value)) return value;
    if (pattern) {
      const generated = this.fromPattern(s.pattern as string, fits);
      if (generated !== undefined) return generated;
    }
    if (value.length < minLength) value = value.padEnd(minLength, "x");
    if (value.length > maxLength) value = value.slice(0, maxLength);
    return value;
  }

  private fromPattern(pattern: string, fits: (v: string) => boolean): string | undefined {
    let generator: RandExp;
    try {
      generator = new RandExp(pattern);
    } catch {
      return undefined;
    }
    generator.max = 6;
    // Seeded, so that a spec always yields the same responses.
    generator.randInt = (a: number, b: number) => a + Math.floor(this.random() * (b - a + 1));
    for (let attempt = 0; attempt < 50; attempt++) {
      const candidate = generator.gen();
      if (fits(candidate)) return candidate;
    }
    return undefined;
  }

  private random(): number {
    // mulberry32
    this.seed = (this.seed + 0x6d2b79f5) | 0;
    let t = this.seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** The smallest value of a schema's type, where nesting must stop. */
  private minimal(s: JsonObject): unknown {
    if ("const" in s) return s.const;
    if (Array.isArray(s.enum) && s.enum.length > 0) return typed(s, s.enum)[0];
    switch (typeOf(s)) {
      case "object":
        return {};
      case "array":
        return [];
      case "integer":
        return numberFor(s, true);
      case "number":
        return numberFor(s, false);
      case "boolean":
        return true;
      case "null":
        return null;
      default:
        return this.string(s);
    }
  }
}

/**
 * The values of an `enum` its schema's `type` allows too: a value of another type is listed in
 * vain (Plaid's `type: string, enum: [4.1, 4, "3_lite"]` takes only "3_lite"). All of them when
 * none fits, for validation to report.
 */
function typed(s: JsonObject, values: unknown[]): unknown[] {
  if (s.type === undefined) return values;
  const fits = values.filter((value) => ofDeclaredType(value, [s.type].flat()));
  return fits.length ? fits : values;
}

function typeOf(s: JsonObject): string {
  if (typeof s.type === "string") return s.type;
  if (Array.isArray(s.type))
    return (s.type.find((t) => t !== "null") as string | undefined) ?? "null";
  if (
    isObject(s.properties) ||
    s.additionalProperties !== undefined ||
    s.patternProperties !== undefined ||
    Array.isArray(s.required) ||
    s.minProperties !== undefined
  )
    return "object";
  if (s.items !== undefined || s.prefixItems !== undefined || s.minItems !== undefined)
    return "array";
  if (typeof s.format === "string" && NUMERIC_FORMATS.has(s.format)) return "number";
  if (
    s.minimum !== undefined ||
    s.maximum !== undefined ||
    s.exclusiveMinimum !== undefined ||
    s.exclusiveMaximum !== undefined ||
    s.multipleOf !== undefined
  )
    return "number";
  return "string";
}

function numberFor(s: JsonObject, integer: boolean): number {
  let lo = -Infinity;
  let hi = Infinity;
  let loExclusive = false;
  let hiExclusive = false;
  if (typeof s.minimum === "number") lo = s.minimum;
  if (typeof s.exclusiveMinimum === "number" && s.exclusiveMinimum >= lo) {
    lo = s.exclusiveMinimum;
    loExclusive = true;
  }
  if (typeof s.maximum === "number") hi = s.maximum;
  if (typeof s.exclusiveMaximum === "number" && s.exclusiveMaximum <= hi) {
    hi = s.exclusiveMaximum;
    hiExclusive = true;
  }
  const step = Number.isFinite(hi - lo) ? Math.min(1, (hi - lo) / 2) : 1;
  let value = 0;
  if (value < lo || (loExclusive && value <= lo)) value = loExclusive ? lo + step : lo;
  else if (value > hi || (hiExclusive && value >= hi)) value = hiExclusive ? hi - step : hi;
  if (integer) {
    value = Math.ceil(value);
    if (value > hi || (hiExclusive && value >= hi)) value = Math.floor(hi - (hiExclusive ? 1 : 0));
  }
  if (typeof s.multipleOf === "number" && s.multipleOf > 0) {
    const m = s.multipleOf;
    let snapped = Math.ceil(value / m) * m;
    if (snapped > hi || (hiExclusive && snapped >= hi)) snapped = Math.floor(value / m) * m;
    value = Number(snapped.toPrecision(12));
  }
  return value;
}

const LOWER_BOUNDS = new Set([
  "minimum",
  "exclusiveMinimum",
  "minLength",
  "minItems",
  "minProperties",
]);
const UPPER_BOUNDS = new Set([
  "maximum",
  "exclusiveMaximum",
  "maxLength",
  "maxItems",
  "maxProperties",
]);

/** allOf merging: properties and required are combined, conflicting property schemas nest an allOf. */
function mergeSchemas(a: JsonObject, b: JsonObject): JsonObject {
  const out: JsonObject = { ...a };
  for (const [key, value] of Object.entries(b)) {
    if (key === "properties" && isObject(value) && isObject(a.properties)) {
      const properties: JsonObject = { ...a.properties };
      // Own names only (a property named `constructor` is no clash with Object.prototype's).
      for (const [name, schema] of Object.entries(value)) {
        setOwn(
          properties,
          name,
          Object.hasOwn(properties, name) ? { allOf: [properties[name], schema] } : schema,
        );
      }
      out.properties = properties;
    } else if (key === "required" && Array.isArray(value) && Array.isArray(a.required)) {
      out.required = [...new Set([...a.required, ...value])];
    } else if (key === "type" && a.type !== undefined) {
      const left = Array.isArray(a.type) ? a.type : [a.type];
      const right = Array.isArray(value) ? value : [value];
      const both = left.filter((t) => right.includes(t));
      out.type = both.length === 1 ? both[0] : both.length > 0 ? both : value;
    } else if (key === "allOf" && Array.isArray(value) && Array.isArray(a.allOf)) {
      out.allOf = [...a.allOf, ...value];
    } else if (key === "enum" && Array.isArray(value) && Array.isArray(a.enum)) {
      const both = a.enum.filter((v) => value.some((w) => JSON.stringify(w) === JSON.stringify(v)));
      out.enum = both.length > 0 ? both : value;
    } else if (LOWER_BOUNDS.has(key) && typeof value === "number" && typeof a[key] === "number") {
      out[key] = Math.max(a[key], value);
    } else if (UPPER_BOUNDS.has(key) && typeof value === "number" && typeof a[key] === "number") {
      out[key] = Math.min(a[key], value);
    } else if (!Object.hasOwn(a, key)) {
      out[key] = value;
    }
  }
  return out;
}

function makeUnique(values: unknown[]): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    let key = JSON.stringify(value);
    if (!seen.has(key)) {
      seen.add(key);
      return;
    }
    if (typeof value === "string") values[i] = `${value}${i}`;
    else if (typeof value === "number") values[i] = value + i;
    key = JSON.stringify(values[i]);
    seen.add(key);
  });
}

function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, "u");
  } catch {
    try {
      return new RegExp(pattern);
    } catch {
      return undefined;
    }
  }
}

import {
  componentName,
  componentRef,
  componentSchemas,
  deref,
  followRef,
  isObject,
  type Document,
  type Json,
  type JsonObject,
} from "../document.js";
import { objectEntry } from "../emit/code.js";
import { identifier, propertyNames, uniqueName } from "../names.js";
import { accessOf } from "./read-write-only.js";
import { unicodePattern } from "./unicode-pattern.js";

/** Rules a multipart encoding gives the files of one field. */
export interface FileRules {
  mediaTypes?: string[];
}

/** Keywords that say nothing about which values are valid. */
export const ANNOTATIONS: ReadonlySet<string> = new Set([
  "description",
  "title",
  "summary",
  "example",
  "examples",
  "deprecated",
  "externalDocs",
  "$comment",
]);

/**
 * Keywords beside a `$ref` that are not rules of its value: `readOnly`/`writeOnly` mark the
 * property on its object (`accessOf`), `default` is what the server assumes, and `nullable`
 * is not a 3.1 keyword.
 */
const NOT_BESIDE_REF: ReadonlySet<string> = new Set([
  "readOnly",
  "writeOnly",
  "default",
  "nullable",
]);

/** Keywords the runtime checks, copied as they are (after the 3.0 → 3.1 fixes below). */
const COPIED = [
  "enum",
  "const",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
] as const;

/** The bounds of the sized integer formats (the OpenAPI Format Registry's). */
const INTEGER_RANGES: Record<string, readonly [number, number | undefined]> = {
  int8: [-(2 ** 7), 2 ** 7 - 1],
  int16: [-(2 ** 15), 2 ** 15 - 1],
  int32: [-(2 ** 31), 2 ** 31 - 1],
  uint8: [0, 2 ** 8 - 1],
  uint16: [0, 2 ** 16 - 1],
  uint32: [0, 2 ** 32 - 1],
  uint64: [0, undefined],
};

/**
 * A day that exists (RFC 3339 § 5.7, as ajv-formats' full mode checks it): 30 days in April,
 * June, September and November, 28 in February, 29 in a leap year (divisible by 4, and by 400
 * if by 100). Regex source, for the patterns below.
 */
const CALENDAR_DATE =
  "(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))" +
  "|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)";

/**
 * The string formats the runtime checks, by the patterns ajv-formats uses (the mock server's,
 * and what servers commonly check). The spec's other formats are documentation only.
 */
const FORMAT_PATTERNS: Record<string, string> = {
  email:
    "/^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i",
  uuid: "/^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i",
  date: `/^${CALENDAR_DATE}$/`,
  "date-time": `/^${CALENDAR_DATE}[t\\s]([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d+)?(z|[+-]([01]\\d|2[0-3]):?[0-5]\\d)$/i`,
  uri: "/^[a-z][a-z0-9+.-]*:[^\\s]*$/i",
  // Four numbers up to 255, without leading zeros (`010` reads as octal to some parsers).
  ipv4: "/^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$/",
  // Base64 text (RFC 4648 § 4), padded, no line breaks.
  byte: "/^(?:[A-Za-z\\d+/]{4})*(?:[A-Za-z\\d+/]{2}==|[A-Za-z\\d+/]{3}=)?$/",
};

/**
 * The rarer rules, each behind a constant in the generated code saying whether the spec uses
 * it: the runtime checks a rule only when its constant is true, so a bundle carries no code for
 * the rules its spec never uses. Constant name → the keywords that make it true.
 */
/**
 * Not a keyword: marks a node with a union beside properties of its own (`{ properties,
 * required, oneOf: [{ required: [...] }] }`, or a schema for other keys), whose branches the
 * runtime checks with those merged in.
 */
const UNION_BESIDE_PROPERTIES = "oneOf/anyOf beside properties";
/** Not a keyword: a union with two or more branches that may be objects (told apart by more than type). */
const OBJECT_UNION = "oneOf/anyOf of objects";
/**
 * Not a keyword: a union whose branches take values of different types (Stripe's `trial_end`:
 * `"now"` or an integer): a value no branch takes is told what every type's branch allows.
 */
const MIXED_UNION = "oneOf/anyOf of several types";
/**
 * Not a keyword: a discriminator on a base with no `oneOf`/`anyOf`, which subtypes extend with
 * `allOf` (§ 4.8.25): the runtime lets the tag pick the subtype.
 */
const INHERITANCE = "discriminator on a base";
/**
 * Not a keyword: a file rule naming a family of media types (`audio/*`, Deepgram's raw body;
 * `image/*`), which takes its own kind only: a PNG is no audio, and no audio file is empty.
 */
const MEDIA_FAMILY = "mediaTypes with a type/*";
/** Not a keyword: an `enum` of nothing (how a `false` schema is written), which nothing passes. */
const EMPTY_ENUM = "enum: []";
/** Not a keyword: an `enum` or `const` with an object or array value, compared by content. */
const STRUCTURED_VALUE = "enum/const of objects or arrays";
/**
 * Not a keyword: an `enum` whose values a message must quote to be read: one allowing `""`
 * (Stripe's way to clear a field) or texts beside numbers (Plaid's `[4.1, "3_lite"]`).
 */
const QUOTED_VALUE = "enum of an empty text, or of texts and other values";
/**
 * Not a keyword: an object whose properties the SDK renames and which takes other keys as well
 * (`additionalProperties`, `unevaluatedProperties`): a key written as a renamed property's wire
 * name would pass as an other key, unchecked, and meet that property on the wire.
 */
const RENAMED_BESIDE_EXTRA = "renamed properties beside other keys";
/**
 * Not a keyword: a property the SDK names in other letters' case alone (Notion's `Status` is
 * `status`), beside which an answer may hold an undeclared key of that name: renamed, one of the
 * two values would be lost.
 */
const CASE_ONLY_RENAME = "properties renamed by case alone";
/**
 * Not a keyword: a property an object declares again in an `allOf` part, or that two parts
 * declare (Spotify's pages: `items` a list of anything in the base, of tracks in the part): the
 * runtime renames it by the declaration that says what is inside.
 */
const REDECLARED_PROPERTY = "a property declared again by an allOf part";
/**
 * Not a keyword: an object with a `content` property, which a value shaped as a named file
 * (`{ fileName, content }`) may be: read as the object it is asked for (Replicate's uploads,
 * probe78), not as a file.
 */
const CONTENT_PROPERTY = "a property named content";

export const RULE_FLAGS: Record<string, readonly string[]> = {
  usesConst: ["const"],
  usesExclusiveBounds: ["exclusiveMinimum", "exclusiveMaximum"],
  usesMultipleOf: ["multipleOf"],
  usesStringLength: ["minLength", "maxLength"],
  usesPattern: ["pattern"],
  usesUniqueItems: ["uniqueItems"],
  usesPropertyCount: ["minProperties", "maxProperties"],
  usesAllOf: ["allOf"],
  usesAnyOf: ["anyOf"],
  usesDiscriminator: ["discriminator"],
  usesUnionsBesideProperties: [UNION_BESIDE_PROPERTIES],
  usesObjectUnions: [OBJECT_UNION],
  usesMixedTypeUnions: [MIXED_UNION],
  usesReadWriteOnly: ["readOnly", "writeOnly"],
  usesInheritance: [INHERITANCE],
  usesEmptyEnums: [EMPTY_ENUM],
  usesStructuredValues: [STRUCTURED_VALUE],
  usesQuotedEnumValues: [QUOTED_VALUE],
  usesRenamedBesideExtraKeys: [RENAMED_BESIDE_EXTRA],
  usesCaseOnlyRenames: [CASE_ONLY_RENAME],
  usesRedeclaredProperties: [REDECLARED_PROPERTY],
  usesContentProperties: [CONTENT_PROPERTY],
  usesPrefixItems: ["prefixItems"],
  usesPatternProperties: ["patternProperties"],
  usesDependentRequired: ["dependentRequired"],
  usesNot: ["not"],
  usesIfThenElse: ["if"],
  usesContains: ["contains"],
  usesPropertyNames: ["propertyNames"],
  usesDependentSchemas: ["dependentSchemas"],
  usesUnevaluatedProperties: ["unevaluatedProperties"],
  usesDates: ["asDate"],
  usesMediaFamilies: [MEDIA_FAMILY],
};

/**
 * Turns OpenAPI Schema Objects (§ 4.8.24; JSON Schema 2020-12 in 3.1, its 3.0 subset with
 * `nullable`) into the runtime's `SchemaNode` literals. Each component schema becomes one named
 * constant; `$ref`s become thunks to it, so cycles and tree-shaking both work.
 */
export class SchemaNodeEmitter {
  /** Component name → [constant name, code], in the order first referenced. */
  readonly components = new Map<string, { ident: string; code: string }>();
  /** Every keyword written into a node so far (and the shapes `RULE_FLAGS` names). */
  readonly keywords = new Set<string>();
  /** The checked string formats written so far, with their patterns (a regex literal each). */
  readonly formats = new Map<string, string>();
  private readonly idents: Set<string>;

  /** `taken`: identifiers the component constants must not take (the operations' own). */
  constructor(
    private readonly doc: Document,
    taken: Iterable<string> = [],
  ) {
    this.idents = new Set(taken);
  }

  /** Code for the node of `schema`. */
  node(schema: Json | undefined): string {
    return this.emit(schema, undefined, new Set());
  }

  /**
   * Code for a multipart body's root object, whose file fields carry the media types of the
   * body's `encoding`. A root `$ref` is inlined: the rules belong to this body, not to the type.
   */
  multipartBody(schema: Json | undefined, fieldFiles: Record<string, FileRules>): string {
    return this.emit(schema, undefined, new Set(), fieldFiles);
  }

  /**
   * Code for a body offered as multipart or as JSON of other fields (see `pickRequestBody`'s
   * `either`): the union of the two, the multipart one with its fields' file rules.
   */
  eitherBody(form: Json, json: Json, fieldFiles: Record<string, FileRules>): string {
    this.keywords.add(OBJECT_UNION);
    return `{ oneOf: [${this.emit(form, undefined, new Set(), fieldFiles)}, ${this.emit(json, undefined, new Set())}] }`;
  }

  /**
   * Code for a raw request body: a file there must be of one of the media types the spec offers
   * the body in, or of their families (`image/png`, `audio/*`), unless one of them takes any
   * bytes (`application/octet-stream`, or the wildcard of every type).
   */
  rawBody(schema: Json | undefined, mediaTypes: string[]): string {
    return this.emit(schema, takesAnyBytes(mediaTypes) ? undefined : { mediaTypes }, new Set());
  }

  /**
   * An `allOf` one of whose parts is a union and nothing more (`allOf: [Base, { $ref: Method }]`
   * with `Method: { oneOf: [Card, Bank], discriminator }`; TGI's `Message`; utoipa's and
   * Pydantic's `allOf: [$ref Union]` that adds a description or `nullable`), written as the
   * union beside the other parts: `{ allOf: [Base], oneOf: [Card, Bank], discriminator }`, the
   * same schema (JSON Schema 2020-12 § 10.2.1). The runtime then checks and renames each branch
   * with the other parts' properties merged in, as it does a union beside properties; as a part
   * of its own, each branch was checked alone against the whole object ("role is not a known
   * field") and none was renamed. `undefined` when the schema is not of that shape.
   */
  private liftedUnion(schema: JsonObject): JsonObject | undefined {
    if (!Array.isArray(schema.allOf) || schema.oneOf || schema.anyOf) return undefined;
    const unions = schema.allOf.filter((part) => {
      const target = this.resolved(part);
      return (
        isObject(target) &&
        (Array.isArray(target.oneOf) || Array.isArray(target.anyOf)) &&
        Object.keys(target).every(
          (key) =>
            key === "oneOf" ||
            key === "anyOf" ||
            key === "discriminator" ||
            // (Box's `SkillCard: { type: object, oneOf: [...] }`: kept beside the union.)
            key === "type" ||
            ANNOTATIONS.has(key) ||
            key.startsWith("x-"),
        )
      );
    });
    if (unions.length !== 1) return undefined;
    const union = this.resolved(unions[0]!) as JsonObject;
    const rest = schema.allOf.filter((part) => part !== unions[0]);
    const { allOf: _, ...own } = schema;
    // A `type` on both that is not the same one: not lifted (checked as parts, as before).
    if (
      union.type !== undefined &&
      own.type !== undefined &&
      JSON.stringify(union.type) !== JSON.stringify(own.type)
    )
      return undefined;
    return {
      ...own,
      ...(union.type !== undefined ? { type: union.type } : {}),
      ...(rest.length ? { allOf: rest } : {}),
      ...(union.oneOf ? { oneOf: union.oneOf } : { anyOf: union.anyOf! }),
      ...(union.discriminator !== undefined ? { discriminator: union.discriminator } : {}),
    };
  }

  /** `deref`, with `undefined` for a ref that leads nowhere or only to itself. */
  private resolved(schema: Json): Json | undefined {
    try {
      return deref(this.doc, schema);
    } catch {
      return undefined;
    }
  }

  private emit(
    schema: Json | undefined,
    files: FileRules | undefined,
    inlining: Set<string>,
    fieldFiles?: Record<string, FileRules>,
  ): string {
    if (schema === true || schema === undefined) return "{}";
    if (schema === false) return this.written(["enum", EMPTY_ENUM], "{ enum: [] }");
    if (!isObject(schema)) return "{}";

    if (typeof schema.$ref === "string") {
      // In 3.1 (JSON Schema 2020-12 § 8.2.3.1) the keywords beside a `$ref` apply with it:
      // `{ $ref: Name, maxLength: 3 }` is both. 3.0 ignores them (§ 4.7.24, Reference Object).
      const { $ref, ...beside } = schema;
      const rules = Object.keys(beside).filter(
        (key) => !ANNOTATIONS.has(key) && !NOT_BESIDE_REF.has(key) && !key.startsWith("x-"),
      );
      if (rules.length && !files && !fieldFiles && /^3\.1\./.test(String(this.doc.openapi))) {
        const own = Object.fromEntries(rules.map((key) => [key, beside[key]!]));
        const parts = Array.isArray(own.allOf) ? own.allOf : [];
        return this.emit({ ...own, allOf: [{ $ref }, ...parts] }, files, inlining, fieldFiles);
      }
      const name = componentName(schema.$ref);
      // A file rule is the field's, not the component's: such a component is inlined.
      if (name !== undefined && !files && !fieldFiles)
        return `() => ${this.component(this.aliasTarget(name))}`;
      if (inlining.has(schema.$ref)) return "{}";
      return this.emit(
        followRef(this.doc, schema.$ref),
        files,
        new Set([...inlining, schema.$ref]),
        fieldFiles,
      );
    }

    const lifted = this.liftedUnion(schema);
    if (lifted) return this.emit(lifted, files, inlining, fieldFiles);

    // OpenAPI 3.0 `nullable: true` on a schema without `type` (`allOf: [$ref]`, a bare `enum`),
    // or beside the parts of a composition (Plaid's `type: object, nullable: true, allOf:
    // [$ref]`, whose parts would refuse the null the keyword allows): read as openapi-typescript
    // reads it, "this, or null".
    if (schema.nullable === true && (schema.type === undefined || composes(schema))) {
      const { nullable: _, ...rest } = schema;
      const node = this.emit(rest, files, inlining, fieldFiles);
      return this.written(["anyOf", "type"], `{ anyOf: [${node}, { type: "null" }] }`);
    }

    const out: string[] = [];
    const put = (key: string, code: string) => {
      this.keywords.add(key);
      out.push(`${key}: ${code}`);
    };
    const types = typeList(schema);
    const isFile = isBinary(schema);
    if (isFile) {
      const rest = types.filter((t) => t !== "string");
      put("type", JSON.stringify(rest.length ? ["file", ...rest] : "file"));
      if (files?.mediaTypes?.length) put("mediaTypes", JSON.stringify(files.mediaTypes));
      if (files?.mediaTypes?.some(isMediaFamily)) this.keywords.add(MEDIA_FAMILY);
      if (typeof schema["x-max-bytes"] === "number") put("maxBytes", String(schema["x-max-bytes"]));
    } else if (types.length) {
      put("type", JSON.stringify(types.length === 1 ? types[0] : types));
    }
    if (readsAsDate(this.doc, schema)) put("asDate", "true");

    for (const key of COPIED) {
      if (isFile && (key === "format" || key === "maxLength" || key === "minLength")) continue;
      const value =
        key === "pattern" && typeof schema.pattern === "string"
          ? unicodePattern(schema.pattern)
          : schema[key];
      if (value === undefined || (typeof value === "boolean" && key.startsWith("exclusive")))
        continue;
      // Written below, with what `items: false` adds to it.
      if (key === "maxItems" && schema.items === false) continue;
      if (key === "enum" && Array.isArray(value) && !value.length) this.keywords.add(EMPTY_ENUM);
      if (
        key === "enum" &&
        Array.isArray(value) &&
        (value.includes("") ||
          (value.some((v) => typeof v === "string") &&
            value.some((v) => typeof v === "number" || typeof v === "boolean")))
      )
        this.keywords.add(QUOTED_VALUE);
      if (
        (key === "enum" && Array.isArray(value) && value.some(isStructured)) ||
        (key === "const" && isStructured(value))
      )
        this.keywords.add(STRUCTURED_VALUE);
      if (
        (key === "minimum" || key === "maximum") &&
        schema[`exclusive${key === "minimum" ? "Min" : "Max"}imum`] === true
      )
        continue;
      if (
        key === "enum" &&
        schema.nullable === true &&
        Array.isArray(value) &&
        !value.includes(null)
      ) {
        put(key, JSON.stringify([...value, null]));
      } else {
        put(key, JSON.stringify(value));
      }
      if (key === "format" && typeof value === "string" && Object.hasOwn(FORMAT_PATTERNS, value))
        this.formats.set(value, FORMAT_PATTERNS[value]!);
    }
    // `format: int32` is a range (OpenAPI's data types: "signed 32 bits"), which servers and the
    // mock refuse a bigger number for: said as the bounds the runtime checks anyway, where the
    // spec gives none of its own. So are the other sized integers of the format registry
    // (Recraft's `uint32` took -1, probe67); `uint64` only at 0, its top past a double's reach.
    const range =
      typeof schema.format === "string" && Object.hasOwn(INTEGER_RANGES, schema.format)
        ? INTEGER_RANGES[schema.format]!
        : undefined;
    if (range && (types.includes("integer") || types.includes("number")))
      for (const [bound, exclusive, limit] of [
        ["minimum", "exclusiveMinimum", range[0]],
        ["maximum", "exclusiveMaximum", range[1]],
      ] as const)
        if (limit !== undefined && schema[bound] === undefined && schema[exclusive] === undefined)
          put(bound, String(limit));
    // OpenAPI 3.0: `exclusiveMinimum: true` turns `minimum` exclusive; 3.1 (JSON Schema 2020-12)
    // writes the bound itself as `exclusiveMinimum`, the runtime's form.
    if (schema.exclusiveMinimum === true && typeof schema.minimum === "number")
      put("exclusiveMinimum", String(schema.minimum));
    if (schema.exclusiveMaximum === true && typeof schema.maximum === "number")
      put("exclusiveMaximum", String(schema.maximum));

    // 2020-12 tuples: `prefixItems` for the first positions, `items` for the rest. `items: false`
    // (no more than those) is written as the `maxItems` it amounts to: the caller is then told
    // "3 items, at most 2" rather than that an item is not allowed.
    const prefix = asList(schema.prefixItems);
    if (prefix.length)
      put("prefixItems", `[${prefix.map((s) => this.emit(s, files, inlining)).join(", ")}]`);
    if (schema.items === false) {
      const max = typeof schema.maxItems === "number" ? schema.maxItems : Infinity;
      put("maxItems", String(Math.min(max, prefix.length)));
    } else if (schema.items !== undefined && !Array.isArray(schema.items))
      put("items", this.emit(schema.items, files, inlining));
    // At least `minContains` (default 1), at most `maxContains` items pass `contains`; the two
    // bounds mean nothing without it.
    if (schema.contains !== undefined) {
      put("contains", this.emit(schema.contains, files, inlining));
      for (const key of ["minContains", "maxContains"] as const)
        if (typeof schema[key] === "number") put(key, String(schema[key]));
    }

    if (isObject(schema.properties)) {
      const properties = schema.properties;
      const wires = Object.keys(properties);
      const names = propertyNames(wires);
      const props = wires.map((w) =>
        objectEntry(w, this.emit(properties[w], fieldFiles?.[w], inlining)),
      );
      put("properties", `{ ${props.join(", ")} }`);
      const renamed = wires
        .filter((w) => names.get(w) !== w)
        .map((w) => objectEntry(w, JSON.stringify(names.get(w))));
      if (renamed.length) put("names", `{ ${renamed.join(", ")} }`);
      if (wires.some((w) => names.get(w) !== w && names.get(w)!.toLowerCase() === w.toLowerCase()))
        this.keywords.add(CASE_ONLY_RENAME);
      if (wires.includes("content")) this.keywords.add(CONTENT_PROPERTY);
      // Listed on the object, where `required` is: the runtime asks "is this required here, in
      // this direction" without resolving each property's schema.
      for (const marker of ["readOnly", "writeOnly"] as const) {
        const marked = wires.filter((w) => accessOf(this.doc, properties[w]) === marker);
        if (marked.length) put(marker, JSON.stringify(marked));
      }
    }
    if (Array.isArray(schema.required) && schema.required.length) {
      put("required", JSON.stringify(schema.required));
      // A schema that requires properties without declaring them, as a union branch beside the
      // object that does (DigitalOcean's "at least one of": `allOf: [rules, anyOf: [{ required:
      // [inbound_rules] }, { required: [outbound_rules] }]]`), still names them as the SDK's
      // caller writes them: without this, `inboundRules` was "inbound_rules is required".
      if (!isObject(schema.properties)) {
        const wires = schema.required.filter((w): w is string => typeof w === "string");
        const names = propertyNames(wires);
        const renamed = wires
          .filter((w) => names.get(w) !== w)
          .map((w) => objectEntry(w, JSON.stringify(names.get(w))));
        if (renamed.length) put("names", `{ ${renamed.join(", ")} }`);
      }
    }
    if (isObject(schema.patternProperties)) {
      // (A pattern the runtime cannot compile is left out: the keys it names are then checked
      // as any other undeclared key.)
      const patterns = Object.entries(schema.patternProperties).flatMap(([pattern, s]) => {
        const readable = unicodePattern(pattern);
        return readable === undefined
          ? []
          : [objectEntry(readable, this.emit(s, undefined, inlining))];
      });
      if (patterns.length) put("patternProperties", `{ ${patterns.join(", ")} }`);
    }
    if (isObject(schema.dependentRequired) && Object.keys(schema.dependentRequired).length)
      put("dependentRequired", JSON.stringify(schema.dependentRequired));
    // Applies when its property is given; its properties (a file field among them) are then the
    // object's, so it gets the body's field files as an allOf part does.
    if (isObject(schema.dependentSchemas)) {
      const dependent = Object.entries(schema.dependentSchemas).map(([wire, s]) =>
        objectEntry(wire, this.emit(s, files, inlining, fieldFiles)),
      );
      if (dependent.length) put("dependentSchemas", `{ ${dependent.join(", ")} }`);
    }
    // A string schema for every key; `true` (any key) says nothing.
    if (schema.propertyNames !== undefined && schema.propertyNames !== true)
      put("propertyNames", this.emit(schema.propertyNames, undefined, inlining));
    for (const key of ["additionalProperties", "unevaluatedProperties"] as const) {
      const extra = schema[key];
      if (extra !== undefined && extra !== false && out.some((entry) => entry.startsWith("names:")))
        this.keywords.add(RENAMED_BESIDE_EXTRA);
      if (extra !== undefined)
        put(
          key,
          typeof extra === "boolean" ? String(extra) : this.emit(extra, undefined, inlining),
        );
    }

    if (Array.isArray(schema.allOf) && redeclares(this.doc, schema))
      this.keywords.add(REDECLARED_PROPERTY);
    for (const key of ["oneOf", "anyOf", "allOf"] as const) {
      const list = schema[key];
      if (Array.isArray(list) && list.length) {
        put(
          key,
          `[${list.map((s) => this.emit(s, files, inlining, key === "allOf" ? fieldFiles : undefined)).join(", ")}]`,
        );
      }
    }
    if (schema.not !== undefined) put("not", this.emit(schema.not, undefined, inlining));
    // `then` and `else` mean nothing without `if`, and `if` nothing without one of them
    // (JSON Schema 2020-12 § 10.2.2). They may declare the object's properties, as allOf parts do.
    if (schema.if !== undefined && (schema.then !== undefined || schema.else !== undefined)) {
      put("if", this.emit(schema.if, undefined, inlining));
      for (const key of ["then", "else"] as const)
        if (schema[key] !== undefined)
          put(key, this.emit(schema[key], files, inlining, fieldFiles));
    }
    if (
      (isObject(schema.properties) ||
        Array.isArray(schema.required) ||
        asList(schema.allOf).length ||
        (schema.additionalProperties !== undefined && schema.additionalProperties !== false)) &&
      (asList(schema.oneOf).length || asList(schema.anyOf).length)
    )
      this.keywords.add(UNION_BESIDE_PROPERTIES);
    const branches = [...asList(schema.oneOf), ...asList(schema.anyOf)].map((branch) =>
      isObject(branch) && typeof branch.$ref === "string"
        ? followRef(this.doc, branch.$ref)
        : branch,
    );
    const branchTypes = branches.map((target) => (isObject(target) ? typeList(target) : []));
    const mayBeObjects = branchTypes.filter((types) => !types.length || types.includes("object"));
    if (mayBeObjects.length > 1) this.keywords.add(OBJECT_UNION);
    // Branches of different scalar types, a branch of values alone (`{ const: 1 }` beside
    // `{ type: string }`) being of its values' types. (A file, a binary string, is not text here:
    // a file or a list of files is told apart by type alone, and the message says so.)
    const scalarTypes = branches.map((target, i) =>
      isObject(target) && isBinary(target)
        ? ""
        : (branchTypes[i]!.length ? branchTypes[i]! : valueTypes(target))
            .filter((t) => t !== "object" && t !== "array" && t !== "null")
            .sort()
            .join(),
    );
    if (new Set(scalarTypes.filter(Boolean)).size > 1) this.keywords.add(MIXED_UNION);
    if (isObject(schema.discriminator) && typeof schema.discriminator.propertyName === "string") {
      const written = this.discriminator(schema, schema.discriminator, inlining);
      if (written) put("discriminator", written);
    }
    return `{ ${out.join(", ")} }`;
  }

  /**
   * `code`, a node written whole rather than key by key with `put`, with its `keywords`
   * recorded: the generated `uses*` flags are read from what is recorded, and the runtime skips
   * a keyword whose flag is off.
   */
  private written(keywords: string[], code: string): string {
    for (const keyword of keywords) this.keywords.add(keyword);
    return code;
  }

  /**
   * § 4.8.25 "Discriminator Object": `mapping` values are `$ref`s or bare component names, and a
   * branch `$ref` to a component that no mapping value names is matched by the component's name
   * (implicit mapping). Both become thunks, so the runtime picks the branch by the tag alone.
   */
  private discriminator(
    schema: JsonObject,
    discriminator: JsonObject,
    inlining: Set<string>,
  ): string | undefined {
    const explicit = isObject(discriminator.mapping) ? discriminator.mapping : {};
    const targets = new Map<string, string>();
    for (const [tag, ref] of Object.entries(explicit)) {
      if (typeof ref !== "string") continue;
      const target = ref.includes("/") || ref.startsWith("#") ? ref : componentRef(ref);
      // A value that points nowhere (PagerDuty's, a pointer through a `$ref`) maps nothing: the
      // tag's branch is then found as any union branch is, by its own rules.
      if (resolves(this.doc, target)) targets.set(tag, target);
    }
    const mapped = new Set(targets.values());
    const branches = [...asList(schema.oneOf), ...asList(schema.anyOf)];
    const implicit = (ref: string, name: string) => {
      if (!mapped.has(ref) && !targets.has(name)) targets.set(name, ref);
    };
    for (const branch of branches) {
      const ref = isObject(branch) && typeof branch.$ref === "string" ? branch.$ref : undefined;
      const name = ref === undefined ? undefined : componentName(ref);
      if (ref && name !== undefined) implicit(ref, name);
    }
    // A base that subtypes extend: its candidates are the components whose allOf reaches it,
    // then the base itself (the implicit rule names every schema by its component name; the
    // tag property's own `enum` or `const`, checked as usual, can still rule the base out).
    // A base nothing extends and no mapping names (appcenter's `Log`, whose `type` is an enum of
    // its kinds) tells nothing apart: its tag is its property, checked as any other. (Read as
    // a base, it took its own name alone as the tag, and refused every real one.)
    const base = branches.length ? undefined : this.nameOf(schema);
    if (base !== undefined) {
      const subtypes = subtypesOf(this.doc, base);
      if (!subtypes.length && !targets.size) return undefined;
      this.keywords.add(INHERITANCE);
      for (const name of subtypes) implicit(componentRef(name), name);
      implicit(componentRef(base), base);
    }
    const entries = [...targets].map(([tag, ref]) =>
      objectEntry(tag, this.emit({ $ref: ref }, undefined, inlining)),
    );
    const mapping = entries.length ? `, mapping: { ${entries.join(", ")} }` : "";
    return `{ propertyName: ${JSON.stringify(discriminator.propertyName)}${mapping} }`;
  }

  /** The component name `schema` is defined under, when it is one (found by identity). */
  private nameOf(schema: JsonObject): string | undefined {
    return Object.entries(componentSchemas(this.doc)).find(([, s]) => s === schema)?.[0];
  }

  /**
   * The component a chain of aliases ends at (Asana's `AttachmentBase: { $ref: AttachmentCompact }`):
   * a reference goes there directly. An alias of its own would be a thunk to a thunk, which is
   * no `SchemaNode` (it did not type-check), and which the runtime resolves only one step of.
   */
  private aliasTarget(name: string): string {
    const schemas = componentSchemas(this.doc);
    const seen = new Set<string>();
    let at = name;
    while (!seen.has(at)) {
      seen.add(at);
      const schema = schemas[at];
      if (!isObject(schema) || typeof schema.$ref !== "string") break;
      if (
        Object.keys(schema).some(
          (key) => key !== "$ref" && !ANNOTATIONS.has(key) && !key.startsWith("x-"),
        )
      )
        break;
      const next = componentName(schema.$ref);
      if (next === undefined || !Object.hasOwn(schemas, next)) break;
      at = next;
    }
    return at;
  }

  private component(name: string): string {
    const known = this.components.get(name);
    if (known) return known.ident;
    const schemas = componentSchemas(this.doc);
    if (!Object.hasOwn(schemas, name))
      throw new Error(`$ref "${componentRef(name)}" does not resolve`);
    const ident = uniqueName(`${identifier(name, "pascal")}Schema`, this.idents);
    const entry = { ident, code: "{}" };
    this.components.set(name, entry); // before emitting: a cycle finds the name
    entry.code = this.emit(schemas[name], undefined, new Set());
    return ident;
  }
}

/**
 * The components that extend `base`: those whose `allOf` has a `$ref` to it, or to another such
 * component (`SeaBird: allOf: [$ref Bird]`, `Bird: allOf: [$ref Animal]`), in document order.
 */
function subtypesOf(doc: Document, base: string): string[] {
  const schemas = componentSchemas(doc);
  const extendsBase = (name: string, seen: Set<string>): boolean =>
    asList(isObject(schemas[name]) ? schemas[name].allOf : undefined).some((part) => {
      const ref = isObject(part) && typeof part.$ref === "string" ? part.$ref : undefined;
      const parent = ref === undefined ? undefined : componentName(ref);
      if (parent === undefined || seen.has(parent)) return false;
      return parent === base || extendsBase(parent, new Set([...seen, parent]));
    });
  return Object.keys(schemas).filter((name) => name !== base && extendsBase(name, new Set([name])));
}

function asList(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

/** Whether an object and its `allOf` parts (through `$ref`s) declare a property name twice. */
function redeclares(doc: Document, schema: JsonObject): boolean {
  const names: string[] = [];
  const seen = new Set<Json>();
  const collect = (node: Json | undefined): void => {
    const s = deref(doc, node);
    if (!isObject(s) || seen.has(s)) return;
    seen.add(s);
    if (isObject(s.properties)) names.push(...Object.keys(s.properties));
    asList(s.allOf).forEach(collect);
  };
  collect(schema);
  return new Set(names).size < names.length;
}

/** Whether other schemas decide the value too (`allOf`, `oneOf`, `anyOf`). */
function composes(schema: JsonObject): boolean {
  return schema.allOf !== undefined || schema.oneOf !== undefined || schema.anyOf !== undefined;
}

/** `type` as a list; OpenAPI 3.0's `nullable: true` adds "null". */
export function typeList(schema: JsonObject): string[] {
  const raw = schema.type;
  const types =
    typeof raw === "string"
      ? [raw]
      : Array.isArray(raw)
        ? raw.filter((t): t is string => typeof t === "string")
        : [];
  if (schema.nullable === true && types.length && !types.includes("null")) types.push("null");
  return types;
}

/** The types of the values a schema of values alone pins (its `const`, or its `enum`'s). */
function valueTypes(schema: Json): string[] {
  if (!isObject(schema)) return [];
  const values = schema.const !== undefined ? [schema.const] : asList(schema.enum);
  return values.map((value) =>
    value === null
      ? "null"
      : Array.isArray(value)
        ? "array"
        : Number.isInteger(value)
          ? "integer"
          : typeof value,
  );
}

/**
 * Whether the SDK reads an answer's string here as a `Date`, and types it so in both directions
 * (a request takes a `Date`, or the text), as the official SDK does: a `date-time` that may be
 * a string (`type: [string, integer]` too: only its strings are read) and that no `enum` or
 * `const` pins to given texts; or an `allOf` built on one (3.0's way to describe a `$ref`), or
 * 3.1's `$ref` to one with keywords beside it, whatever those say (openapi-typescript types it
 * as the `$ref`). Not where a `oneOf`/`anyOf` on the same schema decides the value. The types
 * (`openapiTypes`) and the runtime tables (`asDate`) both ask this, so they agree.
 * (`format: date`, a calendar day, stays text: a `Date` is an instant, and would shift it.)
 */
export function readsAsDate(
  doc: Document,
  schema: Json | undefined,
  seen = new Set<Json>(),
): boolean {
  if (!isObject(schema) || seen.has(schema)) return false;
  seen.add(schema);
  if (schema.oneOf !== undefined || schema.anyOf !== undefined) return false;
  const types = typeList(schema);
  if (schema.format === "date-time")
    return types.includes("string") && schema.enum === undefined && !("const" in schema);
  if (types.some((t) => t !== "string" && t !== "null")) return false;
  const parts = [
    ...(typeof schema.$ref === "string" && Object.keys(schema).length > 1
      ? [{ $ref: schema.$ref }]
      : []),
    ...asList(schema.allOf),
  ];
  return parts.some((part) => {
    try {
      return readsAsDate(doc, deref(doc, part), seen);
    } catch {
      return false;
    }
  });
}

/**
 * Whether the runtime takes `null` here, as the types must say: `nullable: true` with no `type`
 * (its check wraps the schema in an `anyOf` with null); otherwise a `type` that lists null, and
 * every part the value must also match (a `$ref`, with keywords beside it or not, and each
 * `allOf` part) taking null too. `{ $ref: Ts, type: [string, "null"] }` is Ts's string alone, as
 * JSON Schema reads it and the runtime and the mock check it.
 */
export function admitsNull(
  doc: Document,
  schema: Json | undefined,
  seen = new Set<Json>(),
): boolean {
  if (!isObject(schema) || seen.has(schema)) return true;
  seen.add(schema);
  if (schema.nullable === true && (schema.type === undefined || composes(schema))) return true;
  const types = typeList(schema);
  if (types.length && !types.includes("null")) return false;
  const parts = [
    ...(typeof schema.$ref === "string" ? [{ $ref: schema.$ref }] : []),
    ...asList(schema.allOf),
  ];
  return parts.every((part) => {
    try {
      return admitsNull(doc, deref(doc, part), seen);
    } catch {
      return true;
    }
  });
}

/**
 * A file upload: `format: binary` (3.0 and 3.1), 3.1's `contentMediaType` that is not text, or
 * `contentEncoding: binary` (RFC 2045's raw octets, as Discord writes its `files[n]` parts).
 */
export function isBinary(schema: JsonObject): boolean {
  const types = typeList(schema);
  if (types.length && !types.includes("string")) return false;
  if (schema.format === "binary" || isRawEncoding(schema.contentEncoding)) return true;
  const media = schema.contentMediaType;
  return (
    typeof media === "string" &&
    schema.contentEncoding === undefined &&
    !/^(text\/|application\/(.+\+)?json)/.test(media)
  );
}

/** `contentEncoding: binary`: the bytes as they are, no text encoding (RFC 2045 § 6.2). */
export function isRawEncoding(encoding: Json | undefined): boolean {
  return typeof encoding === "string" && encoding.toLowerCase() === "binary";
}

function resolves(doc: Document, ref: string): boolean {
  try {
    followRef(doc, ref);
    return true;
  } catch {
    return false;
  }
}

/** An object or an array (not null): a value JSON compares by content. */
function isStructured(value: unknown): boolean {
  return typeof value === "object" && value !== null;
}

/** A family of media types (`audio/*`), not the wildcard of every type. */
export function isMediaFamily(type: string): boolean {
  return /^[^*/]+\/\*$/.test(type);
}

/**
 * Whether a file rule of these media types takes any bytes, and so is no rule:
 * `application/octet-stream`, or the wildcard of every type, is among them.
 */
export function takesAnyBytes(mediaTypes: readonly string[]): boolean {
  return mediaTypes.some((type) => type === "application/octet-stream" || type === "*/*");
}

/**
 * The one value a schema allows: its `const`, or the value of an `enum` of one (Cartesia's
 * `Cartesia-Version: { enum: ["2025-11-04"] }`); `undefined` where it allows more.
 */
export function oneAllowedValue(schema: JsonObject): Json | undefined {
  return schema.const !== undefined
    ? schema.const
    : Array.isArray(schema.enum) && schema.enum.length === 1
      ? schema.enum[0]
      : undefined;
}

import { selectByDiscriminator } from "./discriminator-view.js";
import { plainValueOneOfAsAnyOf } from "./plain-value-one-of.js";
import { nestedObjectOneOfAsAnyOf } from "./nested-object-one-of.js";
import type { ErrorObject, KeywordDefinition, SchemaValidateFunction, ValidateFunction } from "ajv";
import type { DataValidationCxt } from "ajv/dist/types/index.js";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { escapePointerSegment, isObject, type JsonObject, type SpecDocument } from "./document.js";
import { useDecimalMultipleOf } from "./multiple-of.js";
import { directionView, type Direction } from "./read-write-only.js";
import type { Operation, Parameter } from "./routes.js";
import {
  IGNORED_HEADER_PARAMS,
  readParameters,
  type ParameterSources,
  type ParameterValues,
} from "./request-parameters.js";
import { arrayItemSchemas, possibleTypes, propertySchema } from "./schema-info.js";
import { DATA_KEYWORDS, NAME_MAPS } from "./schema-keys.js";
import { FILE_PLACEHOLDER } from "./decode.js";
import { decodeScalar } from "./text-value.js";
import type { ValidationErrorDetail } from "./types.js";

/** The id the whole OpenAPI document is registered under, so `#/components/...` refs resolve. */
export const DOC_ID = "https://orq-mock.invalid/openapi.json";

/** An ajv with the document registered: `view`, the document as one direction reads it. */
function createAjv(view: JsonObject, coerce: false | true | "array"): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    // Unknown vendor formats (e.g. "field-mask") are then ignored silently instead of logged.
    logger: false,
    // The document as a whole is not a JSON Schema; its schemas are checked when compiled.
    validateSchema: false,
    coerceTypes: coerce,
    // Only a value's own members are its properties: without this, ajv read `toString`,
    // `valueOf` or `constructor` from Object.prototype, and refused `{"name":"x"}` where an
    // optional `valueOf: string` is declared ("/valueOf must be string"), or took a missing
    // required `toString` for present.
    ownProperties: true,
    code: { regExp: lenientRegExp },
  });
  addFormats(ajv);
  ajv.addKeyword(filePartKeyword);
  useDecimalMultipleOf(ajv);
  ajv.addFormat("ulid", /^[0-9A-HJKMNP-TV-Z]{26}$/i);
  // `url` (no standard format; specs mean a web address) as a browser reads one: ajv-formats'
  // pattern wants a dotted host, and refused `https://cdn/a.mp3` and `http://localhost:8080/hook`
  // (probe65, AssemblyAI's `audio_url`), which the SDK sends as given.
  ajv.addFormat("url", (value: string) => URL.canParse(value));
  // `uri` as the SDK checks it, a scheme and no white space: ajv-formats' RFC 3986 grammar
  // refused IRIs and unescaped characters servers take (`…/wiki/Köln`, `?q=a|b`), so a request
  // the SDK sent, and the API takes, failed against the mock (probe85: Firecrawl).
  ajv.addFormat("uri", /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
  ajv.addSchema(view, DOC_ID);
  return ajv;
}

/**
 * Patterns as JSON Schema reads them (Unicode regexes), and as other engines read the ones a
 * Unicode regex refuses for a needless escape (DigitalOcean's `^[a-zA-Z0-9_\-\:]+$`): without
 * this, ajv could not compile such a schema, and the operation went unchecked.
 */
const lenientRegExp = Object.assign(
  (pattern: string, flags: string): RegExp => {
    try {
      return new RegExp(pattern, flags);
    } catch {
      try {
        return new RegExp(pattern, flags.replace("u", ""));
      } catch {
        // Not JavaScript at all (PCRE's `(?i)`): this one pattern goes unchecked, as in the SDK,
        // not the whole schema around it (ajv would not compile it).
        return new RegExp("");
      }
    }
  },
  { code: "new RegExp" },
);

/** Marks a `format: binary` schema in the view multipart bodies are checked against. */
const FILE_PART = "x-mock-file-part";

/**
 * The view with each `format: binary` made the `FILE_PART` check. In a multipart body a field of
 * its own, or an item of a field sent as repeated parts, is a file only as a file part: a text
 * part there is no file, so a field that is "a file or a URL" (`oneOf: [binary, { format: uri }]`)
 * matches one branch with a URL, where any string matched both and was refused. Deeper, inside a
 * part read as JSON, a binary field is the text JSON carries (as the SDK sends it).
 */
function asFileParts(view: JsonObject): JsonObject {
  const marked = new Map<object, unknown>();
  const mark = (node: unknown): unknown => {
    if (typeof node !== "object" || node === null) return node;
    const done = marked.get(node);
    if (done !== undefined) return done;
    if (Array.isArray(node)) {
      const copy: unknown[] = [];
      marked.set(node, copy);
      for (const item of node) copy.push(mark(item));
      return copy;
    }
    const copy: JsonObject = {};
    marked.set(node, copy);
    for (const [key, value] of Object.entries(node)) {
      if (
        (key === "format" && value === "binary") ||
        (key === "contentEncoding" && typeof value === "string" && value.toLowerCase() === "binary")
      )
        copy[FILE_PART] = true;
      else copy[key] = mark(value);
    }
    return copy;
  };
  return mark(view) as JsonObject;
}

/** True where a multipart body's value stands for a part: a field, or one of a field's items. */
function isPartPosition(cxt: DataValidationCxt): boolean {
  const { parentData, rootData } = cxt;
  if (parentData === rootData) return true;
  if (!Array.isArray(parentData) || !isObject(rootData)) return false;
  return Object.values(rootData).includes(parentData);
}

const filePartKeyword: KeywordDefinition = {
  keyword: FILE_PART,
  schemaType: "boolean",
  errors: true,
  validate: filePart,
};

function filePart(...[, data, , cxt]: Parameters<SchemaValidateFunction>): boolean {
  if (typeof data !== "string" || !cxt || !isPartPosition(cxt)) return true;
  if (data.startsWith(FILE_PLACEHOLDER)) return true;
  (filePart as SchemaValidateFunction).errors = [
    { keyword: "format", message: "must be a file part", params: { format: "binary" } },
  ];
  return false;
}

/** A `$ref` to a location in the document, e.g. `/paths/~1v2~1x/post/requestBody/...`. */
export function refTo(pointer: string): string {
  return DOC_ID + "#" + pointer.split("/").map(encodeURIComponent).join("/");
}

export class Validators {
  private readonly ajv: Ajv2020;
  private readonly paramsAjv: Ajv2020;
  private paramsScalarAjv: Ajv2020 | undefined;
  private multipartAjv: Ajv2020 | undefined;
  private readonly byMultipartPointer = new Map<string, ValidateFunction | null>();
  private readonly view: JsonObject;
  private readonly byPointer = new Map<string, ValidateFunction | null>();
  private readonly byObject = new WeakMap<object, ValidateFunction | null>();
  private readonly byOperation = new Map<Operation, ValidateFunction | null>();
  private readonly byOperationScalars = new Map<Operation, ValidateFunction | null>();
  private readonly byOperationUncoerced = new Map<Operation, ValidateFunction | null>();
  readonly compileErrors: string[] = [];

  /**
   * `direction`: what the values checked are. Requests and responses read `readOnly` and
   * `writeOnly` properties differently (see `directionView`).
   */
  constructor(
    private readonly doc: SpecDocument,
    readonly direction: Direction,
  ) {
    // One copy of the document for both: ajv only reads what it is given.
    const view = directionView(doc, doc.raw, direction);
    selectByDiscriminator(view);
    plainValueOneOfAsAnyOf(view);
    nestedObjectOneOfAsAnyOf(view);
    this.view = view;
    this.ajv = createAjv(view, false);
    this.paramsAjv = createAjv(view, "array");
  }

  /** The validator for the schema at a document pointer (undefined if it cannot be compiled). */
  at(pointer: string): ValidateFunction | undefined {
    let fn = this.byPointer.get(pointer);
    if (fn === undefined) {
      fn = this.compile(this.ajv, { $ref: refTo(pointer) }, pointer);
      this.byPointer.set(pointer, fn);
    }
    return fn ?? undefined;
  }

  /**
   * The validator for a schema object taken from the document (or built from its parts): its
   * local `#/...` refs are pointed at the registered document first.
   */
  forSchema(schema: object): ValidateFunction | undefined {
    let fn = this.byObject.get(schema);
    if (fn === undefined) {
      const seen = directionView(this.doc, schema, this.direction);
      fn = this.compile(this.ajv, absolutizeRefs(seen) as JsonObject, "(inline schema)");
      this.byObject.set(schema, fn);
    }
    return fn ?? undefined;
  }

  validateBody(pointer: string, value: unknown, multipart = false): ValidationErrorDetail[] {
    const fn = multipart ? this.multipartAt(pointer) : this.at(pointer);
    if (!fn || fn(value)) return [];
    return (fn.errors ?? []).map((e) => toDetail("body", e));
  }

  /** The validator for a multipart body's schema (see `asFileParts`). */
  private multipartAt(pointer: string): ValidateFunction | undefined {
    this.multipartAjv ??= createAjv(asFileParts(this.view), false);
    let fn = this.byMultipartPointer.get(pointer);
    if (fn === undefined) {
      fn = this.compile(this.multipartAjv, { $ref: refTo(pointer) }, pointer);
      this.byMultipartPointer.set(pointer, fn);
    }
    return fn ?? undefined;
  }

  /**
   * Reads each parameter by its style and checks it against its schema (scalars coerced from
   * text). `values` are the parameters as read, typed where the schema says.
   */
  validateParams(
    operation: Operation,
    sources: ParameterSources,
  ): { errors: ValidationErrorDetail[]; values: ParameterValues } {
    const { values, errors } = readParameters(this.doc, operation.parameters, sources);
    if (operation.parameters.length === 0) return { errors, values };
    decodeStructuredItems(this.doc, operation.parameters, values);
    // First with scalars coerced and nothing else: a text that one `oneOf` branch takes as it
    // is (`string`) must not also match another as a one-item array (`array` of strings).
    this.paramsScalarAjv ??= createAjv(this.view, true);
    const scalarsOnly = this.paramsValidator(
      this.byOperationScalars,
      this.paramsScalarAjv,
      operation,
    );
    const typed = structuredClone(values);
    if (scalarsOnly?.(typed) && !nulledByCoercion(values, typed)) return { errors, values: typed };
    // Then each text typed as its schema reads it (a string where a string goes, else a number
    // or a boolean), checked as it is: coerced, the text `161335` matched both branches of
    // `oneOf: [integer, string]` (GitHub's `workflow_id`), and so neither.
    const decoded = decodeTexts(this.doc, operation.parameters, values);
    const strict = this.paramsValidator(this.byOperationUncoerced, this.ajv, operation);
    if (strict?.(decoded)) return { errors, values: decoded };
    // Then with a lone value also taken as a one-item array, where a schema wants an array.
    const fn = this.paramsValidator(this.byOperation, this.paramsAjv, operation);
    const texts = structuredClone(values);
    // ajv coerces in place: after this, `values` hold numbers and booleans where due.
    if (!fn) return { errors, values };
    if (fn(values))
      return { errors: [...errors, ...emptiedOptionals(operation, texts, values)], values };
    // A value that broke its style was left out: it is reported once, not also as missing.
    const broken = new Set(errors.map((e) => `${e.location}${e.instancePath}`));
    for (const e of fn.errors ?? []) {
      const [, location = "query", ...rest] = e.instancePath.split("/");
      const missing =
        e.keyword === "required"
          ? `/${escapePointerSegment(String(e.params.missingProperty))}`
          : "";
      const instancePath = rest.length > 0 ? "/" + rest.join("/") : "";
      if (broken.has(`${location}${instancePath}${missing}`)) continue;
      errors.push(toDetail(location as ValidationErrorDetail["location"], { ...e, instancePath }));
    }
    return { errors, values };
  }

  private paramsValidator(
    cache: Map<Operation, ValidateFunction | null>,
    ajv: Ajv2020,
    operation: Operation,
  ): ValidateFunction | null {
    let fn = cache.get(operation);
    if (fn === undefined) {
      fn = this.compile(ajv, paramsSchema(operation.parameters), operation.pointer);
      cache.set(operation, fn);
    }
    return fn;
  }

  private compile(ajv: Ajv2020, schema: JsonObject, where: string): ValidateFunction | null {
    try {
      return ajv.compile(schema);
    } catch (error) {
      // A schema ajv cannot compile (say, a regex JavaScript does not support) must not take
      // the whole mock down: that part simply goes unvalidated.
      this.compileErrors.push(`${where}: ${(error as Error).message}`);
      return null;
    }
  }
}

/**
 * A list's items that are objects or lists (Box's `mdfilters`, a list of filter objects) come as
 * JSON text, one item each, as the SDK writes them (OpenAPI gives them no form): read back as
 * that JSON, in place, before any check.
 */
function decodeStructuredItems(
  doc: SpecDocument,
  parameters: Parameter[],
  values: ParameterValues,
): void {
  for (const p of parameters) {
    const section = values[p.in];
    const list = section?.[p.name];
    if (!Array.isArray(list) || p.contentType !== undefined) continue;
    const items = doc.schema(p.schema).items;
    if (items === undefined) continue;
    const types = possibleTypes(doc, items);
    if (!types.has("object") && !types.has("array")) continue;
    section![p.name] = list.map((item) =>
      typeof item === "string" ? decodeScalar(doc, items, item, "", []) : item,
    );
  }
}

/** The parameters' values with each lone text typed by its schema (`decodeScalar`). */
function decodeTexts(
  doc: SpecDocument,
  parameters: Parameter[],
  values: ParameterValues,
): ParameterValues {
  const decoded = structuredClone(values);
  for (const p of parameters) {
    const section = decoded[p.in];
    if (p.contentType !== undefined || !section || !Object.hasOwn(section, p.name)) continue;
    section[p.name] = decodeText(doc, p.schema, section[p.name]);
  }
  return decoded;
}

/**
 * A parameter's value with its texts typed as its schema reads them: a text; each of a list's
 * texts by its items' schema (one items schema: unions of lists are left to the passes that
 * coerce); each of an object's (`deepObject`, `form` exploded into fields) by its property's.
 */
function decodeText(doc: SpecDocument, schema: unknown, value: unknown): unknown {
  if (typeof value === "string") return decodeScalar(doc, schema, value, "", [], false);
  if (Array.isArray(value)) {
    const items = arrayItemSchemas(doc, schema);
    return items.length === 1
      ? value.map((item: unknown) =>
          typeof item === "string" ? decodeScalar(doc, items[0], item, "", [], false) : item,
        )
      : value;
  }
  if (isObject(value) && schema !== undefined)
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        decodeText(doc, propertySchema(doc, schema, key), item),
      ]),
    );
  return value;
}

function paramsSchema(parameters: Parameter[]): JsonObject {
  const section = (location: Parameter["in"]) => {
    const list = parameters.filter(
      (p) =>
        p.in === location &&
        !(location === "header" && IGNORED_HEADER_PARAMS.has(p.name.toLowerCase())),
    );
    return {
      type: "object",
      properties: Object.fromEntries(
        list.map((p) => [p.name, p.schemaPointer ? { $ref: refTo(p.schemaPointer) } : {}]),
      ),
      required: list.filter((p) => p.required).map((p) => p.name),
    };
  };
  return {
    type: "object",
    properties: {
      query: section("query"),
      path: section("path"),
      header: section("header"),
      cookie: section("cookie"),
    },
  };
}

function absolutizeRefs(node: unknown, inNameMap = false): unknown {
  if (Array.isArray(node)) return node.map((item) => absolutizeRefs(item));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (inNameMap) out[key] = absolutizeRefs(value);
    else if (key === "$ref" && typeof value === "string" && value.startsWith("#"))
      out[key] = DOC_ID + value;
    else if (DATA_KEYWORDS.has(key)) out[key] = value;
    else out[key] = absolutizeRefs(value, NAME_MAPS.has(key));
  }
  return out;
}

function toDetail(
  location: ValidationErrorDetail["location"],
  e: ErrorObject,
): ValidationErrorDetail {
  return {
    location,
    instancePath: e.instancePath,
    schemaPath: e.schemaPath,
    keyword: e.keyword,
    params: e.params as Record<string, unknown>,
    message: e.message ?? e.keyword,
  };
}

/**
 * An optional query or cookie parameter sent empty (`?page_size=`) where its schema takes no
 * string, which coercion read as null: FastAPI refuses it (422, an empty text is no integer; its
 * `""`-as-default rule is for form fields only), and an SDK leaves a null optional parameter out
 * (probe79). A required one may only say null so (the style table's `name=`), and is read so.
 */
function emptiedOptionals(
  operation: Operation,
  texts: ParameterValues,
  typed: ParameterValues,
): ValidationErrorDetail[] {
  return operation.parameters
    .filter(
      (p) =>
        !p.required &&
        (p.in === "query" || p.in === "cookie") &&
        texts[p.in]?.[p.name] === "" &&
        typed[p.in]?.[p.name] === null,
    )
    .map((p) => ({
      location: p.in,
      instancePath: `/${escapePointerSegment(p.name)}`,
      schemaPath: "",
      keyword: "type",
      params: {},
      message:
        "must not be empty where no text is allowed (leave an optional parameter out for null)",
    }));
}

/**
 * Whether coercion turned a text into `null` that does not say null: ajv, checking every branch
 * of `anyOf: [boolean, null]` (`allErrors`), coerces `"false"` to `false` for the first and then
 * `false` to `null` for the second, so `?dry_run=false` was recorded as `null` (probe40: Mistral).
 * Such values are read by the next pass, which types each text as its schema reads it.
 */
function nulledByCoercion(text: unknown, typed: unknown): boolean {
  if (typeof text === "string") return text !== "null" && typed === null;
  if (typeof text !== "object" || text === null || typeof typed !== "object" || typed === null)
    return false;
  // Lists and objects (a `deepObject`, items of a list) are looked through.
  return Object.entries(text).some(([key, value]) =>
    nulledByCoercion(value, (typed as Record<string, unknown>)[key]),
  );
}

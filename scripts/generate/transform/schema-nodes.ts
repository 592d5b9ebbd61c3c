import { componentName, followRef, isObject, type Document, type Json, type JsonObject } from "../document.js";
import { identifier, propertyNames } from "../names.js";

/** Rules a multipart encoding gives the files of one field. */
export interface FileRules {
  mediaTypes?: string[];
}

/** Keywords the runtime checks, copied as they are (after the 3.0 → 3.1 fixes below). */
const COPIED = [
  "enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
  "minLength", "maxLength", "pattern", "format", "minItems", "maxItems", "uniqueItems",
  "minProperties", "maxProperties",
] as const;

/**
 * Turns OpenAPI Schema Objects (§ 4.8.24; JSON Schema 2020-12 in 3.1, its 3.0 subset with
 * `nullable`) into the runtime's `SchemaNode` literals. Each component schema becomes one named
 * constant; `$ref`s become thunks to it, so cycles and tree-shaking both work.
 */
export class SchemaNodeEmitter {
  /** Component name → [constant name, code], in the order first referenced. */
  readonly components = new Map<string, { ident: string; code: string }>();
  private readonly idents = new Set<string>();

  constructor(private readonly doc: Document) {}

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

  private emit(
    schema: Json | undefined,
    files: FileRules | undefined,
    inlining: Set<string>,
    fieldFiles?: Record<string, FileRules>,
  ): string {
    if (schema === true || schema === undefined) return "{}";
    if (schema === false) return "{ enum: [] }";
    if (!isObject(schema)) return "{}";

    if (typeof schema.$ref === "string") {
      const name = componentName(schema.$ref);
      // A file rule is the field's, not the component's: such a component is inlined.
      if (name !== undefined && !files && !fieldFiles) return `() => ${this.component(name)}`;
      if (inlining.has(schema.$ref)) return "{}";
      return this.emit(followRef(this.doc, schema.$ref), files, new Set([...inlining, schema.$ref]), fieldFiles);
    }

    const out: string[] = [];
    const put = (key: string, code: string) => out.push(`${key}: ${code}`);
    const types = typeList(schema);
    const isFile = isBinary(schema);
    if (isFile) {
      const rest = types.filter((t) => t !== "string");
      put("type", JSON.stringify(rest.length ? ["file", ...rest] : "file"));
      if (files?.mediaTypes?.length) put("mediaTypes", JSON.stringify(files.mediaTypes));
      if (typeof schema["x-max-bytes"] === "number") put("maxBytes", String(schema["x-max-bytes"]));
    } else if (types.length) {
      put("type", JSON.stringify(types.length === 1 ? types[0] : types));
    }

    for (const key of COPIED) {
      if (isFile && (key === "format" || key === "maxLength" || key === "minLength")) continue;
      const value = schema[key];
      if (value === undefined || typeof value === "boolean" && key.startsWith("exclusive")) continue;
      if (key === "enum" && schema.nullable === true && Array.isArray(value) && !value.includes(null)) {
        put(key, JSON.stringify([...value, null]));
      } else {
        put(key, JSON.stringify(value));
      }
    }
    // OpenAPI 3.0: `exclusiveMinimum: true` qualifies `minimum` (3.1 makes it a number).
    if (schema.exclusiveMinimum === true && typeof schema.minimum === "number") put("exclusiveMinimum", String(schema.minimum));
    if (schema.exclusiveMaximum === true && typeof schema.maximum === "number") put("exclusiveMaximum", String(schema.maximum));

    if (schema.items !== undefined && !Array.isArray(schema.items)) put("items", this.emit(schema.items, files, inlining));

    if (isObject(schema.properties)) {
      const properties = schema.properties;
      const wires = Object.keys(properties);
      const names = propertyNames(wires);
      const props = wires.map((w) => `${JSON.stringify(w)}: ${this.emit(properties[w], fieldFiles?.[w], inlining)}`);
      put("properties", `{ ${props.join(", ")} }`);
      const renamed = wires.filter((w) => names.get(w) !== w).map((w) => `${JSON.stringify(w)}: ${JSON.stringify(names.get(w))}`);
      if (renamed.length) put("names", `{ ${renamed.join(", ")} }`);
    }
    if (Array.isArray(schema.required) && schema.required.length) put("required", JSON.stringify(schema.required));
    if (schema.additionalProperties !== undefined) {
      const extra = schema.additionalProperties;
      put("additionalProperties", typeof extra === "boolean" ? String(extra) : this.emit(extra, undefined, inlining));
    }

    for (const key of ["oneOf", "anyOf", "allOf"] as const) {
      const list = schema[key];
      if (Array.isArray(list) && list.length) {
        put(key, `[${list.map((s) => this.emit(s, files, inlining, key === "allOf" ? fieldFiles : undefined)).join(", ")}]`);
      }
    }
    if (isObject(schema.discriminator) && typeof schema.discriminator.propertyName === "string") {
      const mapping = isObject(schema.discriminator.mapping) ? schema.discriminator.mapping : undefined;
      const entries = Object.entries(mapping ?? {})
        .filter(([, ref]) => typeof ref === "string")
        .map(([tag, ref]) => `${JSON.stringify(tag)}: ${this.mappingTarget(ref as string)}`);
      put(
        "discriminator",
        `{ propertyName: ${JSON.stringify(schema.discriminator.propertyName)}${entries.length ? `, mapping: { ${entries.join(", ")} }` : ""} }`,
      );
    }
    return `{ ${out.join(", ")} }`;
  }

  /** Discriminator mappings name a component by `$ref` or by bare name. */
  private mappingTarget(ref: string): string {
    const name = componentName(ref) ?? (ref.startsWith("#") ? undefined : ref);
    return name !== undefined && isObject((this.doc.components as JsonObject | undefined)?.schemas as Json)
      ? `() => ${this.component(name)}`
      : "{}";
  }

  private component(name: string): string {
    const known = this.components.get(name);
    if (known) return known.ident;
    let ident = `${identifier(name, "pascal")}Schema`;
    for (let n = 2; this.idents.has(ident); n++) ident = `${identifier(name, "pascal")}Schema${n}`;
    this.idents.add(ident);
    const entry = { ident, code: "{}" };
    this.components.set(name, entry); // before emitting: a cycle finds the name
    const schemas = (this.doc.components as JsonObject | undefined)?.schemas as JsonObject | undefined;
    entry.code = this.emit(schemas?.[name], undefined, new Set());
    return ident;
  }
}

/** `type` as a list; OpenAPI 3.0's `nullable: true` adds "null". */
function typeList(schema: JsonObject): string[] {
  const raw = schema.type;
  const types = typeof raw === "string" ? [raw] : Array.isArray(raw) ? raw.filter((t): t is string => typeof t === "string") : [];
  if (schema.nullable === true && types.length && !types.includes("null")) types.push("null");
  return types;
}

/** A file upload: `format: binary` (3.0 and 3.1), or 3.1's `contentMediaType` that is not text. */
export function isBinary(schema: JsonObject): boolean {
  const types = typeList(schema);
  if (types.length && !types.includes("string")) return false;
  if (schema.format === "binary") return true;
  const media = schema.contentMediaType;
  return typeof media === "string" && schema.contentEncoding === undefined && !/^(text\/|application\/(.+\+)?json)/.test(media);
}

import {
  componentName,
  componentSchemas,
  holdsData,
  followRef,
  isObject,
  type Document,
  type Json,
} from "../document.js";

/**
 * Whether a property is `readOnly` (the server sets it: never required in, nor sent by, a
 * request) or `writeOnly` (only sent, e.g. a secret: never required in an answer), by its own
 * schema, a `$ref`'d one, or an `allOf` part (OpenAPI 3.0 writes `allOf: [$ref]` to add one).
 * Marked both ways, it is neither (as openapi-typescript reads it).
 */
export function accessOf(
  doc: Document,
  schema: Json | undefined,
  seen = new Set<string>(),
): "readOnly" | "writeOnly" | undefined {
  if (!isObject(schema)) return undefined;
  let read = schema.readOnly === true;
  let write = schema.writeOnly === true;
  const refs = [schema.$ref, ...(Array.isArray(schema.allOf) ? schema.allOf : [])].flatMap(
    (part) => (typeof part === "string" ? [{ $ref: part }] : isObject(part) ? [part] : []),
  );
  for (const part of refs) {
    const ref = part.$ref;
    if (typeof ref === "string" && seen.has(ref)) continue;
    const target = typeof ref === "string" ? followRef(doc, ref) : part;
    const found = accessOf(doc, target, typeof ref === "string" ? new Set([...seen, ref]) : seen);
    read ||= found === "readOnly";
    write ||= found === "writeOnly";
  }
  return read === write ? undefined : read ? "readOnly" : "writeOnly";
}

/**
 * Whether any schema of the document is marked `readOnly` or `writeOnly`: then the types tell
 * request from answer (openapi-typescript's `$Read`/`$Write` markers) and so does the runtime.
 */
export function usesReadWriteOnly(doc: Document): boolean {
  const seen = new Set<object>();
  const visit = (node: Json | undefined): boolean => {
    if (typeof node !== "object" || node === null || seen.has(node)) return false;
    seen.add(node);
    if (!Array.isArray(node) && (node.readOnly === true || node.writeOnly === true)) return true;
    return Object.values(node).some(visit);
  };
  return visit(doc);
}

/**
 * How a spec with `readOnly`/`writeOnly` properties reads in each direction, for the types:
 * which component schemas hold such a property at any depth through their `$ref`s (those read
 * differently in a request and in an answer), and whether a schema does.
 */
export class ReadWriteAccess {
  private readonly holding = new Set<string>();

  /** Undefined when no schema of the document is marked either way. */
  static of(doc: Document): ReadWriteAccess | undefined {
    return usesReadWriteOnly(doc) ? new ReadWriteAccess(doc) : undefined;
  }

  private constructor(private readonly doc: Document) {
    const refs = new Map<string, Set<string>>();
    for (const [name, schema] of Object.entries(componentSchemas(doc))) {
      const found = new Set<string>();
      if (this.marks(schema, found)) this.holding.add(name);
      refs.set(name, found);
    }
    // Then whatever refers to a holding component, until nothing changes (cycles included).
    for (let grew = true; grew;) {
      grew = false;
      for (const [name, targets] of refs)
        if (!this.holding.has(name) && [...targets].some((t) => this.holding.has(t))) {
          this.holding.add(name);
          grew = true;
        }
    }
  }

  /** Whether the component schema `name` holds a marked property, at any depth. */
  holds(name: string): boolean {
    return this.holding.has(name);
  }

  /** The component schema's own marker, when the whole schema is read- or write-only. */
  markerOf(name: string): "readOnly" | "writeOnly" | undefined {
    return accessOf(this.doc, componentSchemas(this.doc)[name]);
  }

  /** Whether a schema (an operation's body, say) holds a marked property, at any depth. */
  mentions(schema: Json | undefined): boolean {
    const refs = new Set<string>();
    return this.marks(schema, refs) || [...refs].some((name) => this.holding.has(name));
  }

  /** Whether `node` is marked anywhere inside; the components it refers to go to `refs`. */
  private marks(node: Json | undefined, refs: Set<string>): boolean {
    if (typeof node !== "object" || node === null) return false;
    if (Array.isArray(node)) return node.map((item) => this.marks(item, refs)).some(Boolean);
    const target = typeof node.$ref === "string" ? componentName(node.$ref) : undefined;
    if (target !== undefined) refs.add(target);
    const own = node.readOnly === true || node.writeOnly === true;
    return (
      Object.values(node)
        .map((value) => this.marks(value, refs))
        .some(Boolean) || own
    );
  }
}

/**
 * Writes `readOnly`/`writeOnly` onto every property that is marked only through its `$ref` or an
 * `allOf` part (changes `doc`: pass a copy). openapi-typescript reads the marker on the property
 * alone; after this its types tell request from answer exactly as the runtime does.
 */
export function markPropertiesByAccess(doc: Document): void {
  const visit = (node: Json | undefined, nodeKey?: string): void => {
    if (typeof node !== "object" || node === null) return;
    if (Array.isArray(node)) return node.forEach((item) => visit(item, nodeKey));
    if (isObject(node.properties))
      for (const property of Object.values(node.properties)) {
        const marker = isObject(property) ? accessOf(doc, property) : undefined;
        if (marker && isObject(property)) property[marker] = true;
      }
    for (const [key, value] of Object.entries(node))
      if (!holdsData(key, nodeKey)) visit(value, key);
  };
  visit(doc);
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Escapes one JSON Pointer segment (RFC 6901). */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** One segment of a `$ref`'s fragment, as the key it names (URI-decoded, then RFC 6901). */
export function unescapePointerSegment(raw: string): string {
  return decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
}

export function pointerOf(segments: readonly string[]): string {
  return segments.map((s) => "/" + escapePointerSegment(s)).join("");
}

/**
 * The parsed OpenAPI document plus the few look-ups every part of the mock needs. Only local
 * references (`#/...`) are followed: the specs this mock serves are single files.
 */
export class SpecDocument {
  readonly openapi: string;
  private readonly siblingMerges = new WeakMap<JsonObject, JsonObject>();

  constructor(readonly raw: JsonObject) {
    this.openapi = String(raw.openapi ?? "");
  }

  get title(): string {
    const info = this.raw.info;
    return isObject(info) && typeof info.title === "string" ? info.title : "OpenAPI document";
  }

  /** The value at a local reference such as `#/components/schemas/Foo`, or undefined. */
  get(ref: string): unknown {
    if (!ref.startsWith("#")) return undefined;
    const path = ref.slice(1);
    if (path === "") return this.raw;
    let node: unknown = this.raw;
    for (const raw of path.split("/").slice(1)) {
      const key = unescapePointerSegment(raw);
      if (Array.isArray(node)) node = node[Number(key)];
      else if (isObject(node)) node = node[key];
      else return undefined;
    }
    return node;
  }

  /**
   * Follows `$ref` until it reaches a non-reference object. In 3.1 a `$ref` may carry sibling
   * keywords (description, default, nullable...); they are laid over the target, as JSON
   * Schema 2020-12 applies both.
   */
  deref(node: unknown): { value: unknown; refs: string[] } {
    const refs: string[] = [];
    let current = node;
    while (isObject(current) && typeof current.$ref === "string") {
      if (refs.includes(current.$ref) || refs.length > 64) break;
      refs.push(current.$ref);
      const target = this.get(current.$ref);
      const siblings = Object.keys(current).filter((k) => k !== "$ref");
      if (siblings.length > 0 && isObject(target)) {
        let merged = this.siblingMerges.get(current);
        if (!merged) {
          const { $ref: _ignored, ...rest } = current;
          merged = { ...target, ...rest };
          this.siblingMerges.set(current, merged);
        }
        current = merged;
      } else {
        current = target;
      }
    }
    return { value: current, refs };
  }

  /** Like deref, but only for schema positions: anything that is not an object becomes `{}`. */
  schema(node: unknown): JsonObject {
    const { value } = this.deref(node);
    if (isObject(value)) return value;
    return value === false ? { not: {} } : {};
  }
}

import { escapePointerSegment, type SpecDocument } from "./document.js";
import { isJsonMediaType } from "./media-type.js";
import { objectMembers, possibleTypes } from "./schema-info.js";
import type { Parameter } from "./routes.js";
import {
  assignmentsToObject,
  bracketPath,
  nestMembers,
  pairsToObject,
  setOwn,
  shapeBySchema,
  splitItems,
  valueShape,
} from "./styles.js";
import type { ValidationErrorDetail } from "./types.js";
import { formDecode, percentDecode, type EncodedPair } from "./urlencoded.js";

/** Where a request's parameters are, as they arrived (values still encoded where they were). */
export interface ParameterSources {
  query: EncodedPair[];
  /** Path template values, still percent-encoded. */
  path: Record<string, string>;
  /** Names lowercased. */
  headers: Record<string, string>;
  cookies: EncodedPair[];
}

export type Location = Parameter["in"];
export type ParameterValues = Record<Location, Record<string, unknown>>;

export interface ReadParameters {
  /** Each parameter sent, by location and declared name, as the value its style stands for. */
  values: ParameterValues;
  /** Values that do not follow their style (or content type) at all. */
  errors: ValidationErrorDetail[];
}

// Headers that OpenAPI says are described elsewhere (content negotiation, security).
export const IGNORED_HEADER_PARAMS = new Set(["accept", "content-type", "authorization"]);

class StyleError extends Error {
  constructor(
    readonly keyword: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads every declared parameter the way its `style`, `explode` or `content` says (OpenAPI
 * § "Style Values"): text only, typed later by the validator (which coerces scalars). A style
 * the mock does not know reads as the location's default; nothing here throws.
 */
export function readParameters(
  doc: SpecDocument,
  parameters: Parameter[],
  sources: ParameterSources,
): ReadParameters {
  const result: ReadParameters = {
    values: { query: {}, path: {}, header: {}, cookie: {} },
    errors: [],
  };
  for (const p of parameters) {
    if (p.in === "header" && IGNORED_HEADER_PARAMS.has(p.name.toLowerCase())) continue;
    try {
      const value = readOne(doc, p, parameters, sources);
      if (value !== undefined) setOwn(result.values[p.in], p.name, value);
    } catch (error) {
      if (!(error instanceof StyleError)) throw error;
      result.errors.push({
        location: p.in,
        instancePath: `/${escapePointerSegment(p.name)}`,
        schemaPath: "",
        keyword: error.keyword,
        params: { style: p.style ?? null, explode: p.explode ?? null },
        message: error.message,
      });
    }
  }
  return result;
}

function readOne(
  doc: SpecDocument,
  p: Parameter,
  all: Parameter[],
  sources: ParameterSources,
): unknown {
  if (p.in === "query" || p.in === "cookie") {
    const pairs = p.in === "query" ? sources.query : sources.cookies;
    const decode = p.in === "query" ? formDecode : percentDecode;
    const siblings = all.filter((other) => other !== p && other.in === p.in);
    return readFormStyle(doc, p, pairs, siblings, decode);
  }
  // Own members only: a header parameter named `constructor` that was not sent is not
  // Object.prototype's function.
  const [from, key] =
    p.in === "path" ? [sources.path, p.name] : [sources.headers, p.name.toLowerCase()];
  const raw = Object.hasOwn(from, key) ? from[key] : undefined;
  if (raw === undefined) return undefined;
  // Header values are not percent-encoded; items around commas may carry spaces ("a, b").
  const decode = p.in === "path" ? percentDecode : (text: string) => text.trim();
  if (p.contentType !== undefined) return fromContent(p, decode(raw));
  return readSimpleStyle(doc, p, raw, decode);
}

/** Query and cookie parameters: `form` (the default), the delimited styles and `deepObject`. */
function readFormStyle(
  doc: SpecDocument,
  p: Parameter,
  pairs: EncodedPair[],
  siblings: Parameter[],
  decode: (text: string) => string,
): unknown {
  const own = pairs.filter((pair) => pair.name === p.name);
  if (p.contentType !== undefined) return own[0] && fromContent(p, own[0].value);
  const style = p.style ?? "form";
  const explode = p.explode ?? style === "form";
  const shape = valueShape(doc, p.schema);

  if (style === "deepObject") {
    const members = pairs.flatMap((pair): Array<[string[], string]> => {
      const path = bracketPath(pair.name, p.name);
      return path ? [[path, pair.value]] : [];
    });
    if (members.length > 0) return shapeBySchema(doc, p.schema, nestMembers(members));
    // A bare `name=value` is taken as it is (e.g. Stripe's `metadata=` to clear a map), for the
    // schema to judge.
    if (own.length === 0) return undefined;
    return own.length === 1 ? own[0]!.value : own.map((pair) => pair.value);
  }
  if (shape === "object" && explode) {
    // Each property is a field of its own: `R=100&G=200`.
    const members = objectFields(doc, p, pairs, siblings);
    if (members.length > 0) {
      const out: Record<string, unknown> = {};
      for (const { name, value } of members) {
        const seen = Object.hasOwn(out, name) ? out[name] : undefined;
        setOwn(out, name, seen === undefined ? value : [seen, value].flat());
      }
      return out;
    }
  }
  if (own.length === 0) return undefined;
  if (shape === "array") {
    // One value of a schema that also takes a scalar (`oneOf: [string, array of strings]`) is
    // that scalar, as a client sends it; two or more are the array.
    if (explode && own.length === 1 && takesScalar(doc, p.schema)) return own[0]!.value;
    if (explode && !(own.length === 1 && own[0]!.raw === "")) return own.map((pair) => pair.value);
    return own.flatMap((pair) => splitItems(pair.raw, style).map(decode));
  }
  if (shape === "object") {
    return pairsToObject(own.flatMap((pair) => splitItems(pair.raw, style).map(decode)));
  }
  return own.length === 1 ? own[0]!.value : own.map((pair) => pair.value);
}

/** The fields of an exploded form object: its properties, plus any free field if it is open. */
function objectFields(
  doc: SpecDocument,
  p: Parameter,
  pairs: EncodedPair[],
  siblings: Parameter[],
): EncodedPair[] {
  const members = objectMembers(doc, p.schema);
  const claimed = (name: string) =>
    siblings.some((other) => other.name === name || bracketPath(name, other.name) !== undefined);
  return pairs.filter(
    (pair) => members.names.has(pair.name) || (members.open && !claimed(pair.name)),
  );
}

/** Path and header parameters: `simple` (the default), and `label` and `matrix` in paths. */
function readSimpleStyle(
  doc: SpecDocument,
  p: Parameter,
  raw: string,
  decode: (text: string) => string,
): unknown {
  const style = p.in === "path" ? (p.style ?? "simple") : "simple";
  const explode = p.explode ?? false;
  const shape = valueShape(doc, p.schema);

  if (style === "matrix") {
    if (!raw.startsWith(";"))
      throw new StyleError("style", `must be in matrix style (";${p.name}=value")`);
    const items = raw.slice(1).split(";");
    if (shape === "object" && explode) return assignmentsToObject(items, decode);
    // `;name=value` each: one, or one per item of an exploded list.
    const values = items.map((item) => {
      const at = item.indexOf("=");
      if (decode(at < 0 ? item : item.slice(0, at)) !== p.name)
        throw new StyleError("style", `must be in matrix style (";${p.name}=value")`);
      return at < 0 ? "" : item.slice(at + 1);
    });
    if (shape === "array")
      return explode && values.length > 1
        ? values.map(decode)
        : values.flatMap((value) => splitItems(value, "simple").map(decode));
    if (shape === "object") return pairsToObject(splitItems(values[0]!, "simple").map(decode));
    return values.length === 1 ? decode(values[0]!) : values.map(decode);
  }

  let text = raw;
  let separator = ",";
  if (style === "label") {
    if (!raw.startsWith(".")) throw new StyleError("style", 'must be in label style (".value")');
    text = raw.slice(1);
    if (explode) separator = ".";
  }
  if (shape === "scalar") return decode(text);
  const items = text === "" ? [] : text.split(separator);
  if (shape === "array") return items.map(decode);
  return explode ? assignmentsToObject(items, decode) : pairsToObject(items.map(decode));
}

/** A parameter declared with `content`: JSON text for a JSON media type, else the text. */
function fromContent(p: Parameter, text: string): unknown {
  if (!isJsonMediaType(p.contentType!)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new StyleError("json", `must be valid JSON text (${(error as Error).message})`);
  }
}

function takesScalar(doc: SpecDocument, schema: unknown): boolean {
  const types = possibleTypes(doc, schema);
  return types.has("string") || types.has("number") || types.has("integer") || types.has("boolean");
}

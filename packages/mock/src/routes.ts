import {
  isObject,
  pointerOf,
  unescapePointerSegment,
  type JsonObject,
  type SpecDocument,
} from "./document.js";
import { serverBasePaths, type BasePath } from "./server-paths.js";
import { setOwn } from "./styles.js";
import { parseUrlEncoded, type EncodedPair } from "./urlencoded.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface Parameter {
  name: string;
  in: "query" | "path" | "header" | "cookie";
  required: boolean;
  /** Pointer (into the document) of the parameter's schema, if it has one. */
  schemaPointer: string | undefined;
  schema: unknown;
  style: string | undefined;
  explode: boolean | undefined;
  /** The media type of a parameter declared with `content` instead of a schema. */
  contentType: string | undefined;
}

export interface Operation {
  operationId: string | undefined;
  method: string;
  pathTemplate: string;
  /**
   * The query a path key carries as literal text (`/items/{id}?beta=true`): pairs a request must
   * send to reach this operation, which are part of its address rather than parameters.
   */
  literalQuery: EncodedPair[];
  /** JSON Pointer of the operation object, e.g. `/paths/~1v2~1things/post`. */
  pointer: string;
  op: JsonObject;
  parameters: Parameter[];
  /**
   * The base paths a client sends this operation under: its own servers', else its path's, else
   * the document's (§ 4.8.10 and § 4.8.9: each overrides the one above).
   */
  basePaths: BasePath[];
}

export type RouteMatch =
  | {
      kind: "operation";
      operation: Operation;
      /** Path template values, percent-decoded. */
      pathParams: Record<string, string>;
      /** The same as sent: styles split them on delimiters before decoding. */
      rawPathParams: Record<string, string>;
      /**
       * Operations of the same path and method told apart only by a fragment (`/chat#stream`
       * beside `/chat`), or by their parameters' names alone (Xero's
       * `/Invoices/{InvoiceID}/Attachments/{AttachmentID}` beside `…/{FileName}`): no request
       * names one, so the handler picks the one its request fits.
       */
      twins: Operation[];
      /** `rawPathParams` as each of `twins` names them (its own template's names). */
      twinPathParams: Map<Operation, Record<string, string>>;
    }
  | { kind: "method-not-allowed"; allowed: string[] }
  | { kind: "not-found" };

interface Route {
  template: string;
  regex: RegExp;
  paramNames: string[];
  /** Segments that are a parameter and nothing else: fewer is a more specific route. */
  wholeSegmentParams: number;
  /** Literal characters in the template's path: more literal text is a more specific route. */
  literalLength: number;
  /** The pairs of the template's literal query, all of which a request must carry. */
  query: EncodedPair[];
  byMethod: Map<string, Operation>;
}

export class Router {
  readonly operations: Operation[] = [];
  private readonly routes: Route[] = [];
  /** Every operation's base paths, each once. */
  private readonly basePaths = new Map<string, BasePath>();

  constructor(private readonly doc: SpecDocument) {
    const paths = isObject(doc.raw.paths) ? doc.raw.paths : {};
    const basePathsOf = (servers: unknown): BasePath[] =>
      serverBasePaths(servers).map((base) => {
        const known = this.basePaths.get(base.prefix.source);
        if (known) return known;
        this.basePaths.set(base.prefix.source, base);
        return base;
      });
    const documentBasePaths = basePathsOf(doc.raw.servers);
    for (const [template, rawItem] of Object.entries(paths)) {
      const item = doc.deref(rawItem).value;
      if (!isObject(item)) continue;
      const route = compileTemplate(template);
      const pathBasePaths = hasServers(item.servers)
        ? basePathsOf(item.servers)
        : documentBasePaths;
      for (const method of METHODS) {
        const op = item[method];
        if (!isObject(op)) continue;
        const operation: Operation = {
          operationId: typeof op.operationId === "string" ? op.operationId : undefined,
          method: method.toUpperCase(),
          pathTemplate: template,
          literalQuery: route.query,
          // Where the operation is written: in the path item a `$ref` points at, if it is one.
          pointer: pointerOf(itemMemberPath(doc, template, rawItem, method)),
          op,
          parameters: matchTemplate(
            this.collectParameters(template, method, rawItem, item, op),
            route.paramNames,
          ),
          basePaths: hasServers(op.servers) ? basePathsOf(op.servers) : pathBasePaths,
        };
        route.byMethod.set(operation.method, operation);
        this.operations.push(operation);
      }
      this.routes.push(route);
    }
    // Most specific first: fewer segments that are a parameter alone (`{sha}.{diffType}` is more
    // specific than `{sha}`, which took `abc123.diff` for itself: Gitea's commit diffs), then
    // more literal text, then more literal query pairs (`/items/{id}?beta=true` before
    // `/items/{id}`).
    this.routes.sort(
      (a, b) =>
        a.wholeSegmentParams - b.wholeSegmentParams ||
        b.literalLength - a.literalLength ||
        b.query.length - a.query.length,
    );
  }

  /**
   * The operation for a request: its path as it is, or after a base path of that operation's
   * servers (an operation whose servers are its own is not found under the document's). A path
   * key with a literal query (`/items/{id}?beta=true`) is routed by its path, and only when the
   * request's query (`search`, with or without its `?`) has each of those pairs.
   */
  match(method: string, pathname: string, search = ""): RouteMatch {
    const sent = parseUrlEncoded(search.replace(/^\?/, ""));
    const candidates: { path: string; base?: BasePath }[] = [{ path: pathname }];
    for (const base of this.basePaths.values()) {
      const found = base.prefix.exec(pathname);
      if (found) candidates.push({ path: pathname.slice(found[0].length), base });
    }
    const upper = method.toUpperCase();
    let allowed: string[] | undefined;
    for (const { path: candidate, base } of candidates) {
      for (const route of this.routes) {
        const m = route.regex.exec(candidate);
        if (!m || !route.query.every((want) => hasPair(sent, want))) continue;
        const served = [...route.byMethod].filter(
          ([, op]) => base === undefined || op.basePaths.includes(base),
        );
        if (!served.length) continue;
        const byMethod = new Map(served);
        const operation =
          byMethod.get(upper) ?? (upper === "HEAD" ? byMethod.get("GET") : undefined);
        if (!operation) {
          allowed ??= [...byMethod.keys()];
          continue;
        }
        const pathParams: Record<string, string> = {};
        const rawPathParams: Record<string, string> = {};
        route.paramNames.forEach((name, i) => {
          // Own members, read so (request-parameters.ts): a `{__proto__}` is a name like others.
          setOwn(rawPathParams, name, m[i + 1] ?? "");
          setOwn(pathParams, name, safeDecode(m[i + 1] ?? ""));
        });
        const twinPathParams = new Map<Operation, Record<string, string>>();
        const twins = this.routes.flatMap((other) => {
          if (
            other === route ||
            other.regex.source !== route.regex.source ||
            other.query.length !== route.query.length ||
            !other.query.every((want) => hasPair(route.query, want))
          )
            return [];
          const named: Record<string, string> = {};
          other.paramNames.forEach((name, i) => setOwn(named, name, m[i + 1] ?? ""));
          const same = [...other.byMethod.values()].filter((op) => op.method === operation.method);
          for (const op of same) twinPathParams.set(op, named);
          return same;
        });
        return {
          kind: "operation",
          operation,
          pathParams,
          rawPathParams,
          twins,
          twinPathParams,
        };
      }
    }
    return allowed ? { kind: "method-not-allowed", allowed } : { kind: "not-found" };
  }

  private collectParameters(
    template: string,
    method: string,
    rawItem: unknown,
    item: JsonObject,
    op: JsonObject,
  ): Parameter[] {
    const byKey = new Map<string, Parameter>();
    const add = (list: unknown, base: string[]) => {
      if (!Array.isArray(list)) return;
      list.forEach((entry, index) => {
        const { value, refs } = this.doc.deref(entry);
        if (!isObject(value) || typeof value.name !== "string") return;
        const location = value.in;
        if (
          location !== "query" &&
          location !== "path" &&
          location !== "header" &&
          location !== "cookie"
        )
          return;
        const lastRef = refs.at(-1);
        const ownPointer = lastRef ? lastRef.slice(1) : pointerOf([...base, String(index)]);
        // A parameter has a schema or a `content` map of exactly one media type.
        const contentType = isObject(value.content) ? Object.keys(value.content)[0] : undefined;
        const media =
          contentType !== undefined && isObject(value.content)
            ? this.doc.deref(value.content[contentType]).value
            : undefined;
        const schema = contentType !== undefined && isObject(media) ? media.schema : value.schema;
        const schemaAt =
          contentType !== undefined ? pointerOf(["content", contentType, "schema"]) : "/schema";
        const parameter: Parameter = {
          name: value.name,
          in: location,
          required: value.required === true || location === "path",
          schemaPointer: schema !== undefined ? `${ownPointer}${schemaAt}` : undefined,
          schema,
          style: typeof value.style === "string" ? value.style : undefined,
          explode: typeof value.explode === "boolean" ? value.explode : undefined,
          contentType,
        };
        // Operation-level parameters override path-level ones with the same name and location.
        byKey.set(
          `${location}:${location === "header" ? value.name.toLowerCase() : value.name}`,
          parameter,
        );
      });
    };
    add(item.parameters, itemMemberPath(this.doc, template, rawItem, "parameters"));
    add(op.parameters, [...itemMemberPath(this.doc, template, rawItem, method), "parameters"]);
    return [...byKey.values()];
  }
}

/**
 * Where a path item's member (`post`, `parameters`) is written, as the keys of its pointer. A
 * path item may be a `$ref` (3.1's `components/pathItems`, or any local one): validators and the
 * answer synthesizer look schemas up by pointer, and under `/paths/…` there is nothing but the
 * `$ref`, so the operation went unchecked and was answered with anything. A member written
 * beside the `$ref` is the one read (`SpecDocument.deref` lays siblings over the target), so it
 * is found there; otherwise in the target, following `$ref`s on.
 */
function itemMemberPath(
  doc: SpecDocument,
  template: string,
  rawItem: unknown,
  member: string,
): string[] {
  let path = ["paths", template];
  let node = rawItem;
  const seen = new Set<string>();
  while (
    isObject(node) &&
    typeof node.$ref === "string" &&
    node.$ref.startsWith("#") &&
    !Object.hasOwn(node, member) &&
    !seen.has(node.$ref)
  ) {
    seen.add(node.$ref);
    // The target's keys (a `$ref` may write them %-escaped), as `SpecDocument.get` reads them.
    path = node.$ref.slice(1).split("/").slice(1).map(unescapePointerSegment);
    node = doc.get(node.$ref);
  }
  return [...path, member];
}

/**
 * A path key's route: its path part as a regex, and the pairs of the query it may carry as
 * literal text (OpenAI writes `/responses?beta=true` beside `/responses`). A query is no part of
 * a path (RFC 3986 § 3.4), so it is matched against the request's query, not its path. A
 * fragment (`/auth#basic`, which Speakeasy specs use to give one path several operations of a
 * method) is never sent (§ 3.5): it is left out, and such twins route to the first of them
 * (the handler then picks the one whose request the body fits).
 */
function compileTemplate(template: string): Route {
  const target = template.replace(/#.*$/s, "");
  const at = target.indexOf("?");
  const pathPart = at < 0 ? target : target.slice(0, at);
  const query = at < 0 ? [] : parseUrlEncoded(target.slice(at + 1));
  const paramNames: string[] = [];
  let literalLength = 0;
  let source = "^";
  for (const piece of pathPart.split(/(\{[^}]+\})/)) {
    if (piece.startsWith("{") && piece.endsWith("}")) {
      paramNames.push(piece.slice(1, -1));
      source += "([^/]+)";
    } else {
      literalLength += piece.length;
      source += piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }
  }
  return {
    template,
    regex: new RegExp(source + "$"),
    paramNames,
    wholeSegmentParams: pathPart.split("/").filter((segment) => /^\{[^}]+\}$/.test(segment)).length,
    literalLength,
    query,
    byMethod: new Map(),
  };
}

/**
 * A path's parameters made to agree with its template, as the SDK's generator reads them
 * (`scripts/generate/transform/template-parameters.ts`): a path parameter whose name differs from
 * its expression only in case (`orgId` for `{OrgId}`) is read from that expression, and one no
 * expression names is dropped, since no request can send it. (An expression no parameter
 * declares takes any segment already.)
 */
function matchTemplate(parameters: Parameter[], names: string[]): Parameter[] {
  const declared = new Set(parameters.filter((p) => p.in === "path").map((p) => p.name));
  return parameters.flatMap((p) => {
    if (p.in !== "path" || names.includes(p.name)) return [p];
    const same = [...new Set(names)].filter(
      (n) => n.toLowerCase() === p.name.toLowerCase() && !declared.has(n),
    );
    return same.length === 1 ? [{ ...p, name: same[0]! }] : [];
  });
}

/** A literal pair is sent when a pair has its name and value (both decoded). */
function hasPair(sent: EncodedPair[], want: EncodedPair): boolean {
  return sent.some((pair) => pair.name === want.name && pair.value === want.value);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A `servers` list that names any: an empty one overrides nothing. */
function hasServers(servers: unknown): boolean {
  return Array.isArray(servers) && servers.length > 0;
}

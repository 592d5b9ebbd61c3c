import { checkFormat } from "./formats.js";
import { own, propertyTable, requiredKeys, type KeyMode } from "./property-table.js";
import type { NodeType, SchemaNode, SchemaRef } from "../generated/contract.js";
import { resolve, typesOf } from "./resolve.js";

/** One broken rule: where (a field path in the names the caller used) and what. */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

export interface ValidateContext {
  /** `sdk`: a caller's request in camelCase, checked strictly. `wire`: a server's response. */
  readonly mode: KeyMode;
  /** Whether a value is a file this runtime can upload. */
  readonly isFile: (value: unknown) => boolean;
}

/**
 * Checks `value` against `schema` and lists every broken rule. Requests are checked against all
 * of the spec's rules, so that the SDK never sends what the server will refuse; responses only
 * against types and required fields, so that a server adding an enum value or loosening a limit
 * does not break callers.
 */
export function validate(
  schema: SchemaRef,
  value: unknown,
  ctx: ValidateContext,
  path = "",
): Issue[] {
  const issues: Issue[] = [];
  check(resolve(schema), value, path, ctx, issues);
  return issues;
}

function check(
  node: SchemaNode,
  value: unknown,
  path: string,
  ctx: ValidateContext,
  out: Issue[],
): void {
  const strict = ctx.mode === "sdk";
  const fail = (message: string): void =>
    void out.push({ path, message: `${path || "value"} ${message}` });

  const types = typesOf(node);
  if (types && !types.some((t) => isType(t, value, ctx))) {
    return fail(`must be ${types.map(article).join(" or ")} (got ${describe(value, ctx)})`);
  }
  if (node.const !== undefined && strict && !same(node.const, value)) {
    return fail(`must be ${JSON.stringify(node.const)}`);
  }
  if (node.enum && strict && !node.enum.some((e) => same(e, value))) {
    return fail(`must be one of ${node.enum.map(String).join(", ")} (got ${describe(value, ctx)})`);
  }

  if (typeof value === "number" && strict) checkNumber(node, value, fail);
  else if (typeof value === "string" && strict) checkString(node, value, fail);
  else if (Array.isArray(value)) checkArray(node, value, path, ctx, out, fail);
  else if (isPlainObject(value) && !ctx.isFile(value))
    checkObject(node, value, path, ctx, out, fail);

  for (const part of node.allOf ?? []) check(resolve(part), value, path, ctx, out);
  if (node.oneOf || node.anyOf) checkUnion(node, value, path, ctx, out, fail);
}

function checkNumber(node: SchemaNode, n: number, fail: (m: string) => void): void {
  if (node.minimum !== undefined && n < node.minimum) fail(`must be >= ${node.minimum}`);
  if (node.maximum !== undefined && n > node.maximum) fail(`must be <= ${node.maximum}`);
  if (node.exclusiveMinimum !== undefined && n <= node.exclusiveMinimum)
    fail(`must be > ${node.exclusiveMinimum}`);
  if (node.exclusiveMaximum !== undefined && n >= node.exclusiveMaximum)
    fail(`must be < ${node.exclusiveMaximum}`);
  if (node.multipleOf !== undefined && !isMultiple(n, node.multipleOf))
    fail(`must be a multiple of ${node.multipleOf}`);
}

function checkString(node: SchemaNode, s: string, fail: (m: string) => void): void {
  // JSON Schema counts code points, not UTF-16 units.
  const length = node.minLength !== undefined || node.maxLength !== undefined ? [...s].length : 0;
  if (node.minLength !== undefined && length < node.minLength)
    fail(`must be at least ${node.minLength} characters`);
  if (node.maxLength !== undefined && length > node.maxLength)
    fail(`must be at most ${node.maxLength} characters`);
  if (node.pattern !== undefined && !new RegExp(node.pattern, "u").test(s))
    fail(`must match /${node.pattern}/`);
  if (node.format !== undefined && !checkFormat(node.format, s))
    fail(`must be a valid ${node.format}`);
}

function checkArray(
  node: SchemaNode,
  items: unknown[],
  path: string,
  ctx: ValidateContext,
  out: Issue[],
  fail: (m: string) => void,
): void {
  const itemNode = node.items === undefined ? undefined : resolve(node.items);
  if (ctx.mode === "sdk") {
    const files = itemNode && typesOf(itemNode)?.includes("file");
    const count = (bound: string) =>
      out.push({
        path,
        message: `${path || "value"}: ${items.length} ${files ? "files" : "items"}, ${bound}`,
      });
    if (node.minItems !== undefined && items.length < node.minItems)
      count(`at least ${node.minItems}`);
    if (node.maxItems !== undefined && items.length > node.maxItems)
      count(`at most ${node.maxItems}`);
    if (node.uniqueItems && new Set(items.map((i) => JSON.stringify(i))).size !== items.length) {
      fail("must not contain duplicates");
    }
  }
  if (itemNode) items.forEach((item, i) => check(itemNode, item, `${path}[${i}]`, ctx, out));
}

function checkObject(
  node: SchemaNode,
  value: Record<string, unknown>,
  path: string,
  ctx: ValidateContext,
  out: Issue[],
  fail: (m: string) => void,
): void {
  const table = propertyTable(node, ctx.mode);
  const join = (key: string) => (path ? `${path}.${key}` : key);
  for (const key of requiredKeys(node, ctx.mode)) {
    if (value[key] === undefined)
      out.push({ path: join(key), message: `${join(key)} is required` });
  }
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  if (ctx.mode === "sdk") {
    if (node.minProperties !== undefined && keys.length < node.minProperties)
      fail(`must have at least ${node.minProperties} properties`);
    if (node.maxProperties !== undefined && keys.length > node.maxProperties)
      fail(`must have at most ${node.maxProperties} properties`);
  }
  const extra = node.additionalProperties;
  for (const key of keys) {
    const property = table.get(key);
    if (property) {
      check(resolve(property.schema), value[key], join(key), ctx, out);
    } else if (extra !== undefined && extra !== true && extra !== false) {
      check(resolve(extra), value[key], join(key), ctx, out);
    } else if (
      ctx.mode === "sdk" &&
      (extra === false || (extra === undefined && table.size > 0 && !isComposite(node)))
    ) {
      out.push({
        path: join(key),
        message: `${join(key)} is not a known field${suggest(key, table)}`,
      });
    }
  }
}

function checkUnion(
  node: SchemaNode,
  value: unknown,
  path: string,
  ctx: ValidateContext,
  out: Issue[],
  fail: (m: string) => void,
): void {
  const branches = (node.oneOf ?? node.anyOf)!.map(resolve);
  const chosen = pickByDiscriminator(node, value, ctx);
  if (chosen) return check(chosen, value, path, ctx, out);

  const results = branches.map((b) => validate(b, value, ctx, path));
  const passing = results.filter((r) => r.length === 0).length;
  if (passing === 0) {
    // Report the branch whose type fits: its rule is the one the caller broke.
    const fitting = results.filter((_, i) => !hasTypeMismatch(branches[i]!, value, ctx));
    const types = [...new Set(branches.flatMap((b) => typesOf(b) ?? []))];
    if (fitting.length === 1) out.push(...fitting[0]!);
    else if (fitting.length === 0 && types.length)
      fail(`must be ${types.map(article).join(" or ")} (got ${describe(value, ctx)})`);
    else
      fail(
        `must match one of the ${branches.length} allowed shapes: ${results.map((r) => r[0]?.message).join("; or ")}`,
      );
  } else if (passing > 1 && node.oneOf && ctx.mode === "sdk") {
    fail("matches more than one of the allowed shapes; make it match exactly one");
  }
}

/** The branch that a discriminated union's tag selects, if the value carries a known tag. */
export function pickByDiscriminator(
  node: SchemaNode,
  value: unknown,
  ctx: ValidateContext,
): SchemaNode | undefined {
  const d = node.discriminator;
  if (!d || !isPlainObject(value)) return undefined;
  for (const ref of node.oneOf ?? node.anyOf ?? []) {
    const branch = resolve(ref);
    // The tag may be declared in the branch itself or in one of its allOf parts.
    const tagProperty = propertyTable(branch, "wire").get(d.propertyName);
    const tag = value[ctx.mode === "sdk" ? (tagProperty?.sdk ?? d.propertyName) : d.propertyName];
    if (tag === undefined) continue;
    const mapped = own(d.mapping, String(tag));
    if (mapped) return resolve(mapped);
    const tagNode = tagProperty && resolve(tagProperty.schema);
    if (tagNode && (same(tagNode.const, tag) || tagNode.enum?.some((e) => same(e, tag))))
      return branch;
  }
  return undefined;
}

function hasTypeMismatch(node: SchemaNode, value: unknown, ctx: ValidateContext): boolean {
  const types = typesOf(node);
  return !!types && !types.some((t) => isType(t, value, ctx));
}

function isComposite(node: SchemaNode): boolean {
  return !!(node.allOf || node.oneOf || node.anyOf);
}

function isType(type: NodeType, value: unknown, ctx: ValidateContext): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return isPlainObject(value) && !ctx.isFile(value);
    case "file":
      return ctx.isFile(value);
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isMultiple(n: number, of: number): boolean {
  const q = n / of;
  return Math.abs(q - Math.round(q)) < 1e-9;
}

function same(a: unknown, b: unknown): boolean {
  return (
    a === b || (typeof a === "object" && a !== null && JSON.stringify(a) === JSON.stringify(b))
  );
}

function article(type: NodeType): string {
  return type === "null"
    ? "null"
    : type === "file"
      ? "a file"
      : /^[aeiou]/.test(type)
        ? `an ${type}`
        : `a ${type}`;
}

function describe(value: unknown, ctx: ValidateContext): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (ctx.isFile(value)) return "a file";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "object") return "an object";
  return typeof value === "number" || typeof value === "boolean" ? String(value) : typeof value;
}

/** "did you mean" for the usual slip: the wire's snake_case name, or a near spelling. */
function suggest(key: string, table: Map<string, { sdk: string; wire: string }>): string {
  const folded = key.replace(/[_-]/g, "").toLowerCase();
  for (const p of table.values()) {
    if (p.sdk.replace(/[_-]/g, "").toLowerCase() === folded) return ` (did you mean ${p.sdk}?)`;
  }
  return "";
}

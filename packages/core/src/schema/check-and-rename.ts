import type { NodeType, SchemaNode, SchemaRef } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";
import { own, resolve, typesOf } from "./resolve.js";

/** One broken rule: where (a field path in the names the caller used) and what. */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

/** What one pass over a value needs, and what it collects. */
export interface Pass {
  /**
   * `sdk`: a caller's request in camelCase, checked against every rule of the spec (so that the
   * SDK never sends what the server will refuse) and renamed to wire names. `wire`: a server's
   * response, checked for types and required fields only (so that a server adding an enum value
   * or loosening a limit does not break callers) and renamed to camelCase.
   */
  readonly mode: "sdk" | "wire";
  /** Whether a value is a file this runtime can upload. */
  readonly isFile: (value: unknown) => boolean;
  readonly issues: Issue[];
  /** The files met, each with the schema node that holds its rules. */
  readonly files: { readonly input: unknown; readonly path: string; readonly rules: SchemaNode }[];
}

/** Records a broken rule at `path`: the message is the path (or "value"), then `text`. */
export function addIssue(pass: Pick<Pass, "issues">, path: string, text: string): void {
  pass.issues.push({ path, message: (path || "value") + text });
}

/**
 * Checks `value` against `schema` and returns it renamed, in one walk. Only declared properties
 * are renamed: free-form maps (`additionalProperties`) and keys the spec does not know keep their
 * names exactly, so `metadata: { cost_center }` arrives as given and a response field newer than
 * this SDK is kept, not dropped. Broken rules go to `pass.issues`, files to `pass.files`.
 */
export function checkAndRename(ref: SchemaRef, value: unknown, pass: Pass, path = ""): unknown {
  const node = resolve(ref);
  const fail = (text: string) => addIssue(pass, path, text);
  const type = typeOf(value, pass);
  const types = typesOf(node);
  if (types && !fits(types, value, type)) {
    fail(` must be ${types.map(article).join(" or ")} (got ${describe(value, type)})`);
    return value;
  }
  if (pass.mode === "sdk") {
    if (spec.usesConst && node.const !== undefined && !same(node.const, value)) {
      fail(` must be ${JSON.stringify(node.const)}`);
      return value;
    }
    if (node.enum && !node.enum.some((e) => same(e, value))) {
      fail(` must be one of ${node.enum.map(String).join(", ")} (got ${describe(value, type)})`);
      return value;
    }
    if (type === "file" && types?.includes("file"))
      pass.files.push({ input: value, path, rules: node });
    if (type === "number") checkNumber(node, value as number, fail);
    if (type === "string") checkString(node, value as string, fail);
    if (type === "array") checkCount(node, value as unknown[], fail);
  }
  let out = value;
  if (type === "array" && node.items) {
    const items = node.items;
    out = (value as unknown[]).map((item, i) => checkAndRename(items, item, pass, `${path}[${i}]`));
  } else if (type === "object")
    out = checkObject(node, value as Record<string, unknown>, pass, path);

  // allOf parts add rules; their properties were checked with the object's own, above.
  if (spec.usesAllOf)
    for (const part of node.allOf ?? []) {
      const { properties: _, required: __, additionalProperties: ___, ...rules } = resolve(part);
      checkAndRename(rules, value, pass, path);
    }
  const branches = node.oneOf ?? (spec.usesAnyOf ? node.anyOf : undefined);
  return branches ? checkUnion(node, branches.map(resolve), value, pass, path) : out;
}

// In the checks below, a bound the schema does not set is `undefined`, and every comparison
// with `undefined` is false: no rule, no issue.

function checkNumber(node: SchemaNode, n: number, fail: (text: string) => void): void {
  if (n < node.minimum!) fail(` must be >= ${node.minimum}`);
  if (n > node.maximum!) fail(` must be <= ${node.maximum}`);
  if (spec.usesExclusiveBounds) {
    if (n <= node.exclusiveMinimum!) fail(` must be > ${node.exclusiveMinimum}`);
    if (n >= node.exclusiveMaximum!) fail(` must be < ${node.exclusiveMaximum}`);
  }
  if (spec.usesMultipleOf && node.multipleOf) {
    const q = n / node.multipleOf;
    if (Math.abs(q - Math.round(q)) > 1e-9) fail(` must be a multiple of ${node.multipleOf}`);
  }
}

function checkString(node: SchemaNode, s: string, fail: (text: string) => void): void {
  if (spec.usesStringLength) {
    // JSON Schema counts code points, not UTF-16 units.
    const length = [...s].length;
    if (length < node.minLength!) fail(` must be at least ${node.minLength} characters`);
    if (length > node.maxLength!) fail(` must be at most ${node.maxLength} characters`);
  }
  if (spec.usesPattern && node.pattern !== undefined && !new RegExp(node.pattern, "u").test(s))
    fail(` must match /${node.pattern}/`);
  // Formats the runtime does not check (`int32`, `binary`, …) are documentation only.
  if (own(spec.formatPatterns, node.format!)?.test(s) === false)
    fail(` must be a valid ${node.format}`);
}

function checkCount(node: SchemaNode, items: unknown[], fail: (text: string) => void): void {
  const noun = node.items && typesOf(resolve(node.items))?.includes("file") ? "files" : "items";
  const count = (bound: string) => fail(`: ${items.length} ${noun}, ${bound}`);
  if (items.length < node.minItems!) count(`at least ${node.minItems}`);
  if (items.length > node.maxItems!) count(`at most ${node.maxItems}`);
  if (
    spec.usesUniqueItems &&
    node.uniqueItems &&
    new Set(items.map((i) => JSON.stringify(i))).size < items.length
  )
    fail(" must not contain duplicates");
}

/** A declared property: its wire name, the SDK's name, its schema. */
interface Property {
  readonly wire: string;
  readonly sdk: string;
  readonly schema: SchemaRef;
}

/** The declared properties of an object schema: its own and those of its `allOf` parts. */
function propertiesOf(node: SchemaNode): Property[] {
  const declared = Object.entries(node.properties ?? {}).map(([wire, schema]) => ({
    wire,
    sdk: own(node.names, wire) ?? wire,
    schema,
  }));
  return spec.usesAllOf && node.allOf
    ? declared.concat(node.allOf.flatMap((part) => propertiesOf(resolve(part))))
    : declared;
}

/** Required wire names, of the object and its `allOf` parts. */
function requiredOf(node: SchemaNode): readonly string[] {
  const required = node.required ?? [];
  return spec.usesAllOf && node.allOf
    ? required.concat(node.allOf.flatMap((part) => requiredOf(resolve(part))))
    : required;
}

function checkObject(
  node: SchemaNode,
  value: Record<string, unknown>,
  pass: Pass,
  path: string,
): Record<string, unknown> {
  const strict = pass.mode === "sdk";
  const [from, to] = strict ? (["sdk", "wire"] as const) : (["wire", "sdk"] as const);
  const properties = propertiesOf(node);
  const join = (key: string) => (path ? `${path}.${key}` : key);
  for (const wire of requiredOf(node)) {
    const key = strict ? (own(node.names, wire) ?? wire) : wire;
    if (value[key] === undefined) addIssue(pass, join(key), " is required");
  }
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  if (spec.usesPropertyCount && strict) {
    if (keys.length < node.minProperties!)
      addIssue(pass, path, ` must have at least ${node.minProperties} properties`);
    if (keys.length > node.maxProperties!)
      addIssue(pass, path, ` must have at most ${node.maxProperties} properties`);
  }
  const extra = node.additionalProperties;
  // A key no schema declares is a slip in a request, unless the object is open to more.
  const closed =
    extra === false ||
    (extra === undefined && properties.length > 0 && !node.allOf && !node.oneOf && !node.anyOf);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const property = properties.find((p) => p[from] === key);
    const schema = property?.schema ?? (typeof extra === "boolean" ? undefined : extra);
    if (!schema && strict && closed) {
      const near = properties.find((p) => fold(p.sdk) === fold(key));
      addIssue(
        pass,
        join(key),
        ` is not a known field${near ? ` (did you mean ${near.sdk}?)` : ""}`,
      );
    }
    // defineProperty, not assignment: a key named "__proto__" must stay a key.
    Object.defineProperty(out, property?.[to] ?? key, {
      value: schema ? checkAndRename(schema, value[key], pass, join(key)) : value[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** "did you mean" finds the usual slip: the wire's snake_case name, or another casing. */
function fold(name: string): string {
  return name.replace(/[_-]/g, "").toLowerCase();
}

/**
 * A union: the branch the value's tag selects, else the first branch the value passes; the
 * value is renamed by that branch.
 */
function checkUnion(
  node: SchemaNode,
  branches: SchemaNode[],
  value: unknown,
  pass: Pass,
  path: string,
): unknown {
  const tagged = spec.usesDiscriminator && pickByDiscriminator(node, branches, value, pass);
  if (tagged) return checkAndRename(tagged, value, pass, path);

  const trials = branches.map((branch) => {
    const trial: Pass = { ...pass, issues: [], files: [] };
    return { trial, value: checkAndRename(branch, value, trial, path) };
  });
  const passing = trials.filter((t) => !t.trial.issues.length);
  if (passing.length > 1 && node.oneOf && pass.mode === "sdk")
    addIssue(pass, path, " matches more than one of the allowed shapes; make it match exactly one");
  if (passing[0]) {
    pass.files.push(...passing[0].trial.files);
    return passing[0].value;
  }
  // The first branch whose type fits tells what the caller got wrong; if none fits, the types.
  const type = typeOf(value, pass);
  const fitting = trials.find((_, i) => fits(typesOf(branches[i]!) ?? [type], value, type));
  const types = [...new Set(branches.flatMap((b) => typesOf(b) ?? []))];
  if (fitting) pass.issues.push(...fitting.trial.issues);
  else
    addIssue(
      pass,
      path,
      ` must be ${types.map(article).join(" or ")} (got ${describe(value, type)})`,
    );
  return value;
}

/** The branch that a discriminated union's tag selects, if the value carries a known tag. */
function pickByDiscriminator(
  node: SchemaNode,
  branches: SchemaNode[],
  value: unknown,
  pass: Pass,
): SchemaNode | undefined {
  const d = node.discriminator;
  if (!d || typeOf(value, pass) !== "object") return undefined;
  for (const branch of branches) {
    // The tag may be declared in the branch itself or in one of its allOf parts.
    const tagProperty = propertiesOf(branch).find((p) => p.wire === d.propertyName);
    const tag = (value as Record<string, unknown>)[
      pass.mode === "sdk" ? (tagProperty?.sdk ?? d.propertyName) : d.propertyName
    ];
    if (tag === undefined) continue;
    const mapped = own(d.mapping, String(tag));
    if (mapped) return resolve(mapped);
    const tagNode = tagProperty && resolve(tagProperty.schema);
    if (tagNode && (same(tagNode.const, tag) || tagNode.enum?.some((e) => same(e, tag))))
      return branch;
  }
  return undefined;
}

/**
 * A value's type as the spec names types, with `file` for an upload; `undefined` for what has
 * no JSON type (NaN, Infinity, undefined, a function).
 */
function typeOf(value: unknown, pass: Pass): NodeType | undefined {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (pass.isFile(value)) return "file";
  const type = typeof value;
  if (type === "number") return Number.isFinite(value) ? type : undefined;
  return type === "string" || type === "boolean" || type === "object" ? type : undefined;
}

/** Whether a value of `type` is one of `types` (an integer is a number too). */
function fits(
  types: readonly (NodeType | undefined)[],
  value: unknown,
  type: NodeType | undefined,
): boolean {
  return types.includes(type) || (types.includes("integer") && Number.isInteger(value));
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return (
    a === b || ((isPlainObject(a) || Array.isArray(a)) && JSON.stringify(a) === JSON.stringify(b))
  );
}

/** "a string", "an object", "a file", "null". */
function article(type: string): string {
  return type === "null" ? type : `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}

/** What a wrong value is, for messages: short, and never a whole file or object. */
function describe(value: unknown, type: NodeType | undefined): string {
  if (type === "string")
    return JSON.stringify(
      (value as string).length > 40 ? `${(value as string).slice(0, 40)}…` : value,
    );
  if (type === "number" || type === "boolean" || typeof value === "number") return String(value);
  return type ? article(type) : typeof value;
}

import type { NodeType, SchemaNode, SchemaRef } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";
import { canonicalJson } from "./canonical-json.js";
import { isMultipleOf } from "./multiple-of.js";
import { own, resolve, typesOf, withParts } from "./resolve.js";

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
  /**
   * Objects take keys their schema does not declare, as JSON Schema reads them (unless
   * `additionalProperties` or `unevaluatedProperties` says otherwise): set on the scratch passes
   * that try a value against a subschema alone (`not`, `if`, `contains`, `then`, …), where the
   * object's other keys are its own schema's business.
   */
  readonly openObjects?: boolean;
  /**
   * An answer to a call that picked its fields (`fields=name`, see `Operation.selects`): fields
   * the spec requires may be left out, and are not asked for.
   */
  readonly partial?: boolean;
  /**
   * Answers are read without their enums and consts (a server may add a value), except on the
   * scratch passes that pick a union's branch: there an object's `type: { enum: [json_schema] }`
   * tells the branches apart, and picking by required fields alone renames by the wrong one.
   */
  readonly byValues?: boolean;
  /**
   * Set while an `allOf` part's own rules are checked, its properties taken out (they were checked
   * with the object's): the keys it no longer declares are not free values to look into.
   */
  readonly partRules?: boolean;
  /**
   * In a request, the values being looked into, each with its path, outermost first: a value met
   * again below itself holds itself (`metadata.self = metadata`), which JSON cannot write and
   * whose walk would never end. (A scratch pass tries a value at its own path: not a circle.)
   */
  readonly open?: [unknown, string][];
}

/**
 * Records a broken rule at `path`: the message is the path, then `text`. The whole value is the
 * request (a call whose argument is its body, an array: `request must be an array`) or the
 * answer (`response must be …`), where "value" said neither.
 */
export function addIssue(pass: Pick<Pass, "issues" | "mode">, path: string, text: string): void {
  const message = (path || (pass.mode === "sdk" ? "request" : "response")) + text;
  // An allOf's parts are checked one by one, and each found the same broken rule again
  // (`owned_by must be an object (got null)` twice): said once. (One expression, so that a spec
  // without allOf keeps the plain push.)
  if (!(spec.usesAllOf && pass.issues.some((i) => i.message === message)))
    pass.issues.push({ path, message });
}

/**
 * What a rule that has found the value's one mistake (a tag no shape takes) hands on as the
 * schema to go on by: nothing more is checked, and the value stays as it came. Walked as `{}`,
 * the free value it is, a file in it was told "must be a JSON value" (Groq's `file` beside a
 * bad `response_format`, probe74).
 */
const reported: SchemaNode = {};

/**
 * Checks `value` against `schema` and returns it renamed, in one walk. Only declared properties
 * are renamed: free-form maps (`additionalProperties`) and keys the spec does not know keep their
 * names exactly, so `metadata: { cost_center }` arrives as given and a response field newer than
 * this SDK is kept, not dropped. Broken rules go to `pass.issues`, files to `pass.files`; once
 * there are issues, the value returned is renamed as far as the walk got (a value of the wrong
 * type as it came, a union's by its closest branch): callers throw, but for an answer the
 * caller asked for unchecked (`validateResponses: false`), which is returned so.
 *
 * The rarer rules sit behind the generated `uses*` constants, each inside one expression, so
 * that a minifier drops the whole rule for a spec that never uses it. (esbuild, bundling these
 * sources, replaces the constants only as it prints, after tree-shaking: a helper function that
 * only such a rule calls would stay in the bundle, and a statement of its own would leave a `!1`.
 * So the newer rules are written into existing expressions, their helpers inline.)
 */
export function checkAndRename(ref: SchemaRef, value: unknown, pass: Pass, path = ""): unknown {
  const strict = pass.mode === "sdk";
  // A base that subtypes extend (§ 4.8.25): the value is checked and renamed by the subtype its
  // tag picks, which holds the base's rules through its allOf. Written in place, as the other
  // rare rules are, so that a spec without inheritance carries none of it.
  const node = spec.usesInheritance
    ? ((base: SchemaNode): SchemaNode => {
        if (!base.discriminator || base.oneOf || base.anyOf || !isPlainObject(value)) return base;
        // The mapping lists every subtype, and the base itself (the generator adds the implicit
        // ones by component name). No tag: the base, whose `required` tells if one is missing. A
        // tag the mapping does not know: refused in a request, with the tags allowed (then
        // nothing more is checked); read as the base in an answer, which may be newer than us.
        const { propertyName, mapping } = base.discriminator;
        const key = strict
          ? (propertiesOf(base, pass).find(([, wire]) => wire === propertyName)?.[0] ??
            propertyName)
          : propertyName;
        const tag = own(value, key);
        const target = tag === undefined ? base : own(mapping, String(tag));
        if (target || !strict) return target ? resolve(target) : base;
        addIssue(
          pass,
          path ? `${path}.${key}` : key,
          ` must be one of ${Object.keys(mapping ?? {}).join(", ")} (got ${JSON.stringify(tag)})`,
        );
        return reported;
      })(resolve(ref))
    : resolve(ref);
  // (A statement of its own: a minifier drops it for a spec with neither rule that stops.)
  if ((spec.usesInheritance || spec.usesObjectUnions) && node === reported) return value;
  const fail = (text: string) => addIssue(pass, path, text);
  // JSON writes what `toJSON` gives (a Date's ISO text, a URL's href), so that is what is checked
  // and sent; walked as an object, a Date would go as `{}`. (A Buffer's `toJSON` is not meant for
  // this: a file stays a file.) An Invalid Date gives null, which a nullable field would have
  // sent without a word: refused. (Only a Date's `toJSON` gives null.)
  if (
    strict &&
    typeof (value as { toJSON?: unknown } | null)?.toJSON === "function" &&
    !pass.isFile(value)
  ) {
    value = (value as { toJSON(): unknown }).toJSON();
    if (value == null) {
      fail(" is an invalid date");
      return value;
    }
  }
  // The value's type as the spec names types, with `file` for an upload; `undefined` for what
  // has no JSON type (NaN, Infinity, undefined, a function, a Map or any object but a plain one
  // or an instance of a class: JSON would write `null` or `{}` without a word).
  const kind = typeof value;
  const type: NodeType | undefined =
    value === null
      ? "null"
      : Array.isArray(value)
        ? "array"
        : // A plain object shaped as a named file (`{ fileName, content }`) where an object with
          // a `content` is asked for, and no file, is that object (Replicate's uploads: its
          // `fileName` for `filename` was told "request must be an object (got a file)").
          pass.isFile(value) &&
            !(
              spec.usesContentProperties &&
              tagOf(value) === "Object" &&
              // (`typesOf` again, not `types` below: read before `type`, it cost the shipped
              // bundle a byte.)
              typesOf(node)?.includes("object") &&
              !typesOf(node)!.includes("file")
            )
          ? "file"
          : kind === "number"
            ? Number.isFinite(value)
              ? kind
              : undefined
            : kind === "string" ||
                kind === "boolean" ||
                (kind === "object" && (!strict || tagOf(value) === "Object"))
              ? kind
              : undefined;
  const types = typesOf(node);
  const got = ` (got ${describe(value, type)})`;
  // A value of the wrong type, or not one the spec allows, is not looked into any further.
  const wrong = !fits(types, value, type)
    ? ` must be ${types!.map(article).join(" or ")}${got}`
    : !strict && !(spec.usesObjectUnions && pass.byValues)
      ? ""
      : // Where the spec leaves the value free (a free-form map's entries), it still has to be
        // JSON; a file has a form of its own only where the spec says file.
        !type || (type === "file" && !types && !node.oneOf && !node.anyOf && !node.allOf)
        ? // (A Promise where a file goes, under a union, is not asked to be "a JSON value".)
          tagOf(value) === "Promise"
          ? " is a Promise: missing await?"
          : ` must be a JSON value${got}`
        : spec.usesConst && node.const !== undefined && !same(node.const, value)
          ? ` must be ${JSON.stringify(node.const)}`
          : node.enum && !node.enum.some((allowed) => same(allowed, value))
            ? // An enum of nothing is a `false` schema: no value at all is allowed here.
              spec.usesEmptyEnums && !node.enum.length
              ? ` is not allowed${got}`
              : ` must be one of ${(spec.usesStructuredValues || spec.usesQuotedEnumValues
                  ? // (Texts as JSON in a spec that has an enum of `""` or of texts and numbers:
                    // bare, they read `one of , exempt` and `one of 4.1, 3_lite` for "4.1".)
                    node.enum.map((v) =>
                      v instanceof Object || (spec.usesQuotedEnumValues && typeof v === "string")
                        ? JSON.stringify(v)
                        : String(v),
                    )
                  : node.enum.map(String)
                ).join(", ")}${got}`
            : // `not`, `contains`, and `if`/`then`/`else` on anything but an object (an object's
              // conditions apply to its properties, see `checkObject` below) add their own issues
              // and leave this empty, so the value is still looked into.
              (spec.usesNot && node.not) ||
                (spec.usesContains && node.contains && type === "array") ||
                (spec.usesIfThenElse && node.if && type !== "object")
              ? (() => {
                  // The issues a value has against a subschema alone, on a scratch pass: its output
                  // and files are dropped, and its objects are open (`openObjects`). (Written in each
                  // rule that needs it: a shared function only dead rules call stays in bundles.)
                  const trial = (schema: SchemaRef, item: unknown, at: string): Issue[] => {
                    const scratch: Pass = { ...pass, issues: [], files: [], openObjects: true };
                    checkAndRename(schema, item, scratch, at);
                    return scratch.issues;
                  };
                  // A subschema in words, when one keyword says it all: `"admin"`, `one of a, b`,
                  // `a string`.
                  const shape = (rule: SchemaNode) =>
                    rule.const !== undefined
                      ? JSON.stringify(rule.const)
                      : rule.enum?.[0] !== undefined
                        ? `one of ${rule.enum.map(String).join(", ")}`
                        : Object.keys(rule).join() === "type"
                          ? typesOf(rule)!.map(article).join(" or ")
                          : undefined;
                  // `not`: a value that passes the schema under it is refused. Tried on this same
                  // value, it knows the object's names for the properties it does not declare
                  // (`not: { required: [gift_card] }` looks for `giftCard`).
                  if (spec.usesNot && node.not) {
                    const not = resolve(node.not);
                    const names: { readonly [wire: string]: string } = {
                      ...Object.fromEntries(
                        propertiesOf(node, pass).map(([sdk, wire]) => [wire, sdk]),
                      ),
                      ...not.names,
                    };
                    if (!trial({ ...not, names }, value, path)[0]) {
                      const what = shape(not);
                      // `not: { required: [a, b] }`: "not all of these".
                      const all =
                        Object.keys(not)
                          .filter((key) => key !== "names")
                          .join() === "required" &&
                        not.required!.map((wire) => own(names, wire) ?? wire);
                      fail(
                        what
                          ? ` must not be ${what}`
                          : all
                            ? ` must not have ${all.join(" and ")}${all[1] ? " together" : ""}`
                            : " must not match the schema under `not`",
                      );
                    }
                  }
                  // At least `minContains` (1 unless said), at most `maxContains` items pass it.
                  if (spec.usesContains && node.contains && type === "array") {
                    const what = shape(resolve(node.contains));
                    const count = (value as unknown[]).filter(
                      (item, i) => !trial(node.contains!, item, `${path}[${i}]`)[0],
                    ).length;
                    checkRange(count, node.minContains ?? 1, node.maxContains, (bound) => {
                      const one = / 1$/.test(bound);
                      fail(
                        ` must contain ${bound} item${one ? "" : "s"} ${
                          what
                            ? `that ${one ? "is" : "are"} ${what}`
                            : "matching the schema under `contains`"
                        } (it has ${count})`,
                      );
                    });
                  }
                  // A value that passes `if` must pass `then`, any other `else`.
                  if (spec.usesIfThenElse && node.if && type !== "object") {
                    const part = trial(node.if, value, path)[0] ? node.else : node.then;
                    if (part) pass.issues.push(...trial(part, value, path));
                  }
                  return "";
                })()
              : "";
  if (wrong) {
    fail(wrong);
    return value;
  }
  if (pass.open?.some(([held, at]) => held === value && at !== path)) {
    fail(" must be a JSON value (got a circular value)");
    return value;
  }
  // In the checks below, a bound the schema does not set is `undefined`, and every comparison
  // with `undefined` is false: no rule, no issue. (`value as number` rather than a typed copy:
  // a copy would be one more variable in every bundle.)
  if (strict) {
    // The value fits: a file here means the node's types name `file`.
    if (type === "file" && types) pass.files.push({ input: value, path, rules: node });
    if (type === "number") {
      if ((value as number) < node.minimum!) fail(` must be >= ${node.minimum}`);
      if ((value as number) > node.maximum!) fail(` must be <= ${node.maximum}`);
      if (spec.usesExclusiveBounds && (value as number) <= node.exclusiveMinimum!)
        fail(` must be > ${node.exclusiveMinimum}`);
      if (spec.usesExclusiveBounds && (value as number) >= node.exclusiveMaximum!)
        fail(` must be < ${node.exclusiveMaximum}`);
      if (
        spec.usesMultipleOf &&
        node.multipleOf &&
        !isMultipleOf!(value as number, node.multipleOf)
      )
        fail(` must be a multiple of ${node.multipleOf}`);
    }
    if (type === "string") {
      // JSON Schema counts code points, not UTF-16 units.
      if (spec.usesStringLength)
        checkRange([...(value as string)].length, node.minLength, node.maxLength, (bound) =>
          fail(` must be ${bound} character${/ 1$/.test(bound) ? "" : "s"}`),
        );
      if (
        spec.usesPattern &&
        node.pattern !== undefined &&
        !new RegExp(node.pattern, "u").test(value as string)
      )
        fail(` must match /${node.pattern}/`);
      // Formats with no pattern here (`binary`, …) are documentation only; `int32` is checked as
      // the bounds the generator writes for it.
      if (own(spec.formatPatterns, node.format!)?.test(value as string) === false)
        fail(` must be a valid ${node.format}${got}`);
    }
    if (type === "array") {
      const noun = node.items && typesOf(resolve(node.items))?.includes("file") ? "files" : "items";
      checkRange((value as unknown[]).length, node.minItems, node.maxItems, (bound) =>
        fail(`: ${(value as unknown[]).length} ${noun}, ${bound}`),
      );
      if (
        spec.usesUniqueItems &&
        node.uniqueItems &&
        new Set((value as unknown[]).map((item) => canonicalJson!(item))).size <
          (value as unknown[]).length
      )
        fail(" must not contain duplicates");
    }
  }
  const branches = spec.usesAnyOf ? (node.oneOf ?? node.anyOf) : node.oneOf;
  // A union beside properties of its own constrains that same object: each branch is checked
  // with the object's properties merged in, so the branch chosen checks and renames it whole.
  // (Written out where it is used: a minifier folds it away only as part of one expression.)
  // A tuple's first items each have their schema (`prefixItems`), the rest `items` (or none).
  // Items no schema describes are still looked into in a request, as free values (`{}`), unless
  // a union or allOf here describes them. A hole (`[a, , b]`, `new Array(3)`) is an item too,
  // `undefined` (`map` would skip it unchecked, and JSON would send it as `null`).
  pass.open?.push([value, path]);
  const out =
    type === "array" &&
    ((spec.usesPrefixItems ? node.items || node.prefixItems : node.items) ||
      (strict && !(spec.usesAllOf && pass.partRules) && !branches && !node.allOf))
      ? Array.from(value as unknown[], (item, i) =>
          checkAndRename(
            spec.usesPrefixItems ? (node.prefixItems?.[i] ?? node.items ?? {}) : (node.items ?? {}),
            item,
            pass,
            `${path}[${i}]`,
          ),
        )
      : type === "object" && !(spec.usesUnionsBesideProperties && branches && besideObject(node))
        ? checkObject(
            // In a request, the object's schema with the subschemas that apply to this value
            // merged in: `then` when it passes `if`, else `else`, and each `dependentSchemas`
            // schema whose property is given. Their properties join the object's (known, checked
            // and renamed; where both declare one, by the object's schema) and their `required`
            // its own. Each is also checked as a rule alone against the properties the object
            // declares too (the narrower `postal_code` of a `then`), as an allOf part is, on a
            // scratch pass whose issues are kept: the value stays the object's, renamed by it.
            // Then every key's name is checked against `propertyNames`.
            (spec.usesIfThenElse || spec.usesDependentSchemas || spec.usesPropertyNames) &&
              strict &&
              (node.if || node.dependentSchemas || node.propertyNames)
              ? ((object: Record<string, unknown>): SchemaNode => {
                  const trial = (schema: SchemaRef, item: unknown, at: string): Issue[] => {
                    const scratch: Pass = { ...pass, issues: [], files: [], openObjects: true };
                    checkAndRename(schema, item, scratch, at);
                    return scratch.issues;
                  };
                  const properties = propertiesOf(node, pass);
                  const declared = (wire: string) =>
                    properties.find(([, renamed]) => renamed === wire);
                  // A subschema tried on this object names the properties it does not declare as
                  // the object does (`if: { required: [credit_card] }` looks for `creditCard`).
                  const named = (schema: SchemaRef): SchemaNode => {
                    const rule = resolve(schema);
                    return {
                      ...rule,
                      names: {
                        ...Object.fromEntries(properties.map(([sdk, wire]) => [wire, sdk])),
                        ...rule.names,
                      },
                    };
                  };
                  const parts = (
                    [
                      spec.usesIfThenElse &&
                        node.if &&
                        (trial(named(node.if), object, path)[0] ? node.else : node.then),
                      // Keyed by wire name; the value holds the SDK's (as for `dependentRequired`).
                      ...(spec.usesDependentSchemas
                        ? Object.entries(node.dependentSchemas ?? {}).map(
                            ([wire, part]) =>
                              object[declared(wire)?.[0] ?? wire] !== undefined && part,
                          )
                        : []),
                    ] as (SchemaRef | false | undefined)[]
                  ).flatMap((part) => (part ? [resolve(part)] : []));
                  for (const part of parts)
                    pass.issues.push(
                      ...trial(
                        {
                          ...named(part),
                          properties: Object.fromEntries(
                            Object.entries(part.properties ?? {}).filter(([wire]) =>
                              declared(wire),
                            ),
                          ),
                          required: undefined,
                          additionalProperties: undefined,
                          unevaluatedProperties: undefined,
                        },
                        object,
                        path,
                      ),
                    );
                  // The properties the object does not declare, and their names, join its own.
                  // (fromEntries defines keys: a property named "__proto__" stays one.)
                  const merged = (key: "properties" | "names") =>
                    Object.fromEntries([
                      ...parts.flatMap((part) =>
                        Object.entries(part[key] ?? {}).filter(([wire]) => !declared(wire)),
                      ),
                      ...Object.entries(node[key] ?? {}),
                    ]);
                  const whole: SchemaNode = parts[0]
                    ? {
                        ...node,
                        properties: merged("properties"),
                        names: merged("names"),
                        required: [
                          ...(node.required ?? []),
                          ...parts.flatMap((part) => part.required ?? []),
                        ],
                        // An object that declared no property was open to any key, and stays so.
                        additionalProperties:
                          node.additionalProperties ??
                          (properties[0] ||
                          (spec.usesUnevaluatedProperties &&
                            node.unevaluatedProperties !== undefined)
                            ? undefined
                            : true),
                      }
                    : node;
                  // Every key's name (the wire's, which the spec's pattern is written for)
                  // passes `propertyNames`: "x is not an allowed field name: it must match /…/".
                  const wholeProperties = propertiesOf(whole, pass);
                  if (spec.usesPropertyNames && node.propertyNames)
                    for (const [key, item] of Object.entries(object)) {
                      const wire = wholeProperties.find(([name]) => name === key)?.[1] ?? key;
                      if (item !== undefined)
                        // (Tried at the path "it": "it must …", of the name alone.)
                        for (const { message } of trial(node.propertyNames, wire, "it"))
                          addIssue(
                            pass,
                            path ? `${path}.${key}` : key,
                            ` is not an allowed field name: ${message}`,
                          );
                    }
                  return whole;
                })(value as Record<string, unknown>)
              : node,
            value as Record<string, unknown>,
            pass,
            path,
          )
        : // A `date-time` in an answer is a `Date`, as the types say. Only text shaped as RFC 3339
          // (or ISO 8601's common forms: a space for `T`, a comma in the fraction, `+05` or
          // `+0530`, ` UTC`) is read, and written out again in the one form every browser
          // parses alike: other text `new Date` would guess at (`"12"` is a day in 2001, read in
          // local time). No offset (Python's naive times) is UTC, not this machine's time; a
          // leap second is the next second. Text no `Date` can be made of would break the
          // types: refused. (Not in an `allOf` part: its value is its object's, read there.)
          spec.usesDates && !strict && node.asDate && type === "string" && !pass.partRules
          ? ((parts) => {
              const date = new Date(
                parts
                  ? `${parts[1]}T${parts[2] ?? "00:00"}:${parts[3] === "60" ? "59" : (parts[3] ?? "00")}.${`${parts[4] ?? ""}000`.slice(0, 3)}${parts[5] ? `${parts[5]}:${parts[6] ?? "00"}` : "Z"}`
                  : NaN,
              );
              if (parts?.[3] === "60") date.setTime(+date + 1000);
              // (A day the month does not have, `2024-02-30`, `new Date` moves to the next month.)
              // Refused, the text is kept as sent: an answer read unchecked
              // (`validateResponses: false`) has it, not an Invalid Date or another day.
              if (isNaN(+date) || new Date(parts![1]!).toISOString().slice(0, 10) !== parts![1]) {
                fail(` must be a valid date-time${got}`);
                return value;
              }
              return date;
            })(
              /^(\d{4}-\d\d-\d\d)(?:[t ](\d\d:\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?\s*(?:z|utc|([+-]\d\d):?(\d\d)?)?$/i.exec(
                value as string,
              ),
            )
          : value;
  pass.open?.pop();

  // allOf parts add rules; their properties were checked with the object's own, above (or are,
  // with each merged branch).
  // A base's discriminator does not pick a subtype from here: the value is this schema, and a
  // subtype's allOf holds its base, which would pick the subtype again, and again.
  spec.usesAllOf &&
    !(spec.usesUnionsBesideProperties && branches && besideObject(node)) &&
    node.allOf?.forEach((part) => {
      const { properties: _, required: __, additionalProperties: ___, ...rules } = resolve(part);
      // A part's own `unevaluatedProperties` would see none of the properties (taken out above):
      // the object's is the one that closes it.
      checkAndRename(
        spec.usesInheritance && !rules.oneOf && !rules.anyOf
          ? { ...rules, discriminator: undefined, unevaluatedProperties: undefined }
          : spec.usesUnevaluatedProperties
            ? { ...rules, unevaluatedProperties: undefined }
            : rules,
        value,
        { ...pass, partRules: true },
        path,
      );
    });
  return branches
    ? checkUnion(
        node,
        spec.usesUnionsBesideProperties && besideObject(node)
          ? branches.map((branch) => withObject(node, resolve(branch)))
          : branches.map(resolve),
        value,
        type,
        pass,
        path,
      )
    : out;
}

/**
 * Whether a union sits beside an object's own rules, which each branch is checked with (see
 * `withObject`): properties, required ones, `allOf` parts, or a schema for other keys (Adyen's
 * `additionalData: { additionalProperties: { type: string }, anyOf: [...] }`, whose risk data
 * keys no branch declares: each was "not a known field").
 */
function besideObject(node: SchemaNode): unknown {
  return (
    node.properties ||
    node.required ||
    node.allOf ||
    (node.additionalProperties !== undefined && node.additionalProperties !== false)
  );
}

/**
 * A branch of a union that sits beside properties (`{ properties, required, oneOf: [{
 * required: ["path"] }] }`, or beside `allOf` parts) as one schema: the object's properties, names and required ones,
 * then the branch's own on top (a property both declare takes the branch's schema, usually the
 * narrower one: `type: { enum: ["NOTIFIER_TYPE_EMAIL"] }`).
 */
function withObject(object: SchemaNode, branch: SchemaNode): SchemaNode {
  return {
    ...object,
    oneOf: undefined,
    anyOf: undefined,
    discriminator: undefined,
    ...branch,
    properties: { ...object.properties, ...branch.properties },
    names: { ...object.names, ...branch.names },
    // The union's other `allOf` parts (`allOf: [Base, Union]`, see the generator's
    // `liftedUnion`), and the branch's own.
    ...((object.allOf || branch.allOf) && {
      allOf: [...(object.allOf ?? []), ...(branch.allOf ?? [])],
    }),
    required: [...new Set([...(object.required ?? []), ...(branch.required ?? [])])],
  };
}

/** Calls `say` with "at least `min`" or "at most `max`" when `count` is out of that range. */
function checkRange(
  count: number,
  min: number | undefined,
  max: number | undefined,
  say: (bound: string) => void,
): void {
  if (count < min!) say(`at least ${min}`);
  if (count > max!) say(`at most ${max}`);
}

/**
 * A declared property as one pass sees it: its name in the value (the SDK's in a request, the
 * wire's in a response), its name in the output (the other one), its schema.
 */
type Property = readonly [name: string, renamed: string, schema: SchemaRef];

/** The declared properties of an object schema: its own and those of its `allOf` parts. */
function propertiesOf(node: SchemaNode, pass: Pass): Property[] {
  const declared = Object.entries(node.properties ?? {}).map(([wire, schema]): Property => {
    const sdk = own(node.names, wire) ?? wire;
    return pass.mode === "sdk" ? [sdk, wire, schema] : [wire, sdk, schema];
  });
  return spec.usesAllOf && node.allOf
    ? declared.concat(node.allOf.flatMap((part) => propertiesOf(resolve(part), pass)))
    : declared;
}

/** Required wire names, of the object and its `allOf` parts. */
function requiredOf(node: SchemaNode): readonly string[] {
  // (A name several parts require is one rule: one message.)
  return spec.usesAllOf && node.allOf
    ? [
        ...new Set([
          ...(node.required ?? []),
          ...node.allOf.flatMap((part) => requiredOf(resolve(part))),
        ]),
      ]
    : (node.required ?? []);
}

/** Wire names marked `readOnly` (or `writeOnly`), of the object and its `allOf` parts. */
function markedOf(node: SchemaNode, marker: "readOnly" | "writeOnly"): readonly string[] {
  return [
    ...(node[marker] ?? []),
    ...(node.allOf ?? []).flatMap((p) => markedOf(resolve(p), marker)),
  ];
}

function checkObject(
  node: SchemaNode,
  value: Record<string, unknown>,
  pass: Pass,
  path: string,
): Record<string, unknown> {
  const strict = pass.mode === "sdk";
  const properties = propertiesOf(node, pass);
  const at = (key: string) => (path ? `${path}.${key}` : key);
  // What the server sets is not the caller's to send (a request may neither need nor give it);
  // what only goes out does not come back (an answer need not have it).
  const notHere = spec.usesReadWriteOnly ? markedOf(node, strict ? "readOnly" : "writeOnly") : [];
  for (const wire of spec.usesFieldSelection && pass.partial ? [] : requiredOf(node)) {
    if (spec.usesReadWriteOnly && notHere.includes(wire)) continue;
    // An allOf part's property has its SDK name in the part's own `names`. A subschema tried on
    // an object (`not: { required: [gift_card] }`) has the object's in its `names`.
    const key = strict
      ? ((spec.usesAllOf
          ? (properties.find(([, renamed]) => renamed === wire)?.[0] ?? own(node.names, wire))
          : own(node.names, wire)) ?? wire)
      : wire;
    // (Own keys only: a required `toString` is missing from `{}`, though `{}.toString` is not.)
    if (own(value, key) === undefined) addIssue(pass, at(key), " is required");
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  // A field that needs others (`dependentRequired`), in wire names: a request rule only.
  spec.usesDependentRequired &&
    strict &&
    Object.entries(node.dependentRequired ?? {}).forEach(([wire, needs]) => {
      const keyOf = (name: string) =>
        properties.find(([, renamed]) => renamed === name)?.[0] ?? name;
      if (own(value, keyOf(wire)) !== undefined)
        for (const need of needs)
          if (own(value, keyOf(need)) === undefined)
            addIssue(pass, at(keyOf(need)), ` is required when ${keyOf(wire)} is given`);
    });
  if (spec.usesPropertyCount && strict)
    checkRange(entries.length, node.minProperties, node.maxProperties, (bound) =>
      addIssue(pass, path, ` must have ${bound} properties`),
    );
  // `unevaluatedProperties` (a request rule) is `additionalProperties` over every property
  // declared here, by allOf parts and by the subschemas that apply (merged in by the caller): all
  // are in `properties`; pattern-matched keys are not extra either. Beside a union, each branch
  // (merged with the object) closes itself, and the union's object does not.
  const extra =
    spec.usesUnevaluatedProperties && strict && !node.oneOf && !node.anyOf
      ? (node.additionalProperties ?? node.unevaluatedProperties)
      : node.additionalProperties;
  // A key no schema declares is a slip in a request, unless the object is open to more: as
  // `additionalProperties` says, or else when it declares no properties or is a union, or when it
  // is tried against a subschema alone (`openObjects`). An `allOf` declares its parts'
  // properties (all in `properties`): it is open only where a part is (Recraft's bodies,
  // `allOf: [Base, { image, mask }]`, took any key, and a file under a misspelt one went as `{}`).
  const open =
    extra ??
    (((spec.usesNot ||
      spec.usesIfThenElse ||
      spec.usesContains ||
      spec.usesDependentSchemas ||
      (spec.usesAnyOf && spec.usesObjectUnions)) &&
      pass.openObjects) ||
      (spec.usesAllOf || spec.usesAnyOf
        ? !properties[0] ||
          node.oneOf ||
          node.anyOf ||
          (spec.usesAllOf &&
            node.allOf &&
            // (A part's rules, checked apart: the object's keys were judged with the object.)
            (pass.partRules ||
              withParts(node)
                .slice(1)
                .some(
                  (part) =>
                    (part.additionalProperties ?? false) !== false ||
                    part.unevaluatedProperties !== undefined ||
                    part.patternProperties ||
                    part.oneOf ||
                    part.anyOf ||
                    part.not ||
                    part.if ||
                    // (A free-form part, `{ type: object }`: not one that only requires.)
                    !(part.properties || part.allOf || part.required),
                )))
        : !properties[0] || node.oneOf));
  // fromEntries defines keys, as opposed to assigning them: a key named "__proto__" stays a key.
  return Object.fromEntries(
    entries.map(([key, item]) => {
      const property = properties.find(([name]) => name === key);
      // An undeclared key a `patternProperties` pattern matches is that pattern's, not extra.
      const schema = property
        ? property[2]
        : (spec.usesPatternProperties &&
            Object.entries(node.patternProperties ?? {}).find(([pattern]) =>
              new RegExp(pattern, "u").test(key),
            )?.[1]) ||
          (extra !== true && extra) ||
          // A free value (an open map's entry) is still looked into in a request: it has to be
          // JSON. Not under a union or allOf, whose branches and parts describe it.
          (strict &&
            open &&
            !(spec.usesAllOf && pass.partRules) &&
            !node.oneOf &&
            !node.anyOf &&
            !node.allOf &&
            {});
      if (spec.usesReadWriteOnly && strict && property && notHere.includes(property[1]))
        addIssue(pass, at(key), " is read-only: the server sets it");
      // A key written as a renamed property's wire name (`user_id` for `userId`) where other
      // keys are allowed: taken as an other key, it went unchecked and met that property on the
      // wire (Mem0's `filters`). (One expression, so that a spec without such objects keeps none.)
      // Only where the schema itself takes other keys: a closed object already refuses the key
      // ("did you mean userId?"), and a trial's open objects only pick a branch.
      const wireOf =
        spec.usesRenamedBesideExtraKeys &&
        strict &&
        !property &&
        extra !== undefined &&
        extra !== false &&
        properties.find(([sdk, wire]) => wire === key && sdk !== key);
      if (spec.usesRenamedBesideExtraKeys && wireOf)
        addIssue(
          pass,
          at(key),
          ` is written ${wireOf[0]} in the SDK (${key} is its name on the wire)`,
        );
      // An undeclared key in an answer that is a declared one's name in the SDK (Notion's
      // `status` beside its declared `Status`): renamed, the declared one took its place, and a
      // value was lost without a word. (One expression, so that a spec without such names keeps
      // none of it.)
      const shadowed =
        spec.usesCaseOnlyRenames &&
        !strict &&
        !property &&
        properties.find(([wire, sdk]) => sdk === key && own(value, wire) !== undefined);
      if (spec.usesCaseOnlyRenames && shadowed)
        addIssue(
          pass,
          at(key),
          ` comes beside ${shadowed[0]}, which is ${key} in the SDK: one of the two would be lost`,
        );
      if (!schema && strict && !open) {
        const near = properties.find(([name]) => fold(name) === fold(key))?.[0];
        addIssue(pass, at(key), ` is not a known field${near ? ` (did you mean ${near}?)` : ""}`);
      }
      return [
        property ? property[1] : key,
        spec.usesAllOf && property
          ? checkEachDeclaration(properties, property, item, pass, at(key))
          : schema
            ? checkAndRename(schema, item, pass, at(key))
            : item,
      ];
    }),
  );
}

/**
 * A property declared again (by an allOf part, possibly narrower) must meet each declaration's
 * rules. The value is checked and renamed by the first, or, in a spec that declares properties
 * again (`usesRedeclaredProperties`), by the last that says what is inside it (Spotify's pages:
 * the base's `items` is a list of anything, the part's a list of tracks, which are renamed);
 * of the others, only what they add is reported, not what repeats that one.
 */
function checkEachDeclaration(
  properties: Property[],
  [key, , first]: Property,
  value: unknown,
  pass: Pass,
  path: string,
): unknown {
  let by = first;
  if (spec.usesRedeclaredProperties)
    for (const [name, , schema] of properties) if (name === key && !isFree(schema)) by = schema;
  const out = checkAndRename(by, value, pass, path);
  for (const [name, , again] of properties)
    if (name === key && resolve(again) !== resolve(by)) {
      const more: Pass = { ...pass, issues: [], files: [] };
      checkAndRename(again, value, more, path);
      for (const issue of more.issues)
        if (!pass.issues.some(({ message }) => message === issue.message)) pass.issues.push(issue);
    }
  return out;
}

/** A schema that says nothing of what is inside its value: nothing to rename by. */
function isFree(ref: SchemaRef): boolean {
  const node = resolve(ref);
  return (
    !node.properties &&
    !node.allOf &&
    !node.oneOf &&
    !node.anyOf &&
    typeof node.additionalProperties !== "object" &&
    (!node.items || isFree(node.items))
  );
}

/**
 * "did you mean" finds the usual slips: the wire's snake_case name, another casing, a plural
 * for a singular (`images` for `image`), or the wire's brackets (`files[0]` for `files0`).
 */
export function fold(name: string): string {
  return name.replace(/[\W_]/g, "").toLowerCase().replace(/s$/, "");
}

/**
 * A union: the branch the value's tag selects, else the first branch the value passes; the
 * value is renamed by that branch. Branches are tried on scratch passes, and the chosen one is
 * then run again on the real pass: simpler than keeping every trial's output, files and issues.
 */
function checkUnion(
  node: SchemaNode,
  branches: SchemaNode[],
  value: unknown,
  type: NodeType | undefined,
  pass: Pass,
  path: string,
): unknown {
  // A discriminated union: each branch's tag property is looked up in the value; a tag the
  // mapping names selects its branch, and so does one that a single branch's tag schema allows.
  // Where several allow it (DigitalOcean's actions: every branch's base allows every tag, and
  // the mapping points at other files), the tag decides nothing: the branches are tried.
  const tagged =
    spec.usesDiscriminator && node.discriminator && type === "object"
      ? pickByTag(
          branches.map((branch): [SchemaNode, boolean] | undefined => {
            const { propertyName, mapping } = node.discriminator!;
            // The tag may be declared in the branch itself or in one of its allOf parts.
            // `propertyName` is a wire name: a request's output name, a response's own.
            const property = propertiesOf(branch, pass).find(
              ([name, renamed]) => (pass.mode === "sdk" ? renamed : name) === propertyName,
            );
            const tag = (value as Record<string, unknown>)[property?.[0] ?? propertyName];
            const mapped = tag === undefined ? undefined : own(mapping, String(tag));
            const tagNode = property && resolve(property[2]);
            // A mapped branch beside properties of the union's own is merged with them, as
            // the branches handed in are (see `withObject`).
            // A branch that does not declare the tag (NestJS's update DTOs) takes it all the
            // same, as its type does (openapi-typescript adds it, required).
            const target =
              mapped &&
              (spec.usesUnionsBesideProperties && besideObject(node)
                ? withObject(node, resolve(mapped))
                : resolve(mapped));
            return target
              ? [
                  propertiesOf(target, pass).some(
                    ([name, renamed]) => (pass.mode === "sdk" ? renamed : name) === propertyName,
                  )
                    ? target
                    : {
                        ...target,
                        properties: { ...target.properties, [propertyName]: {} },
                        required: [...(target.required ?? []), propertyName],
                      },
                  true,
                ]
              : tag !== undefined && pinnedValues(tagNode)?.some((allowed) => same(allowed, tag))
                ? [branch, false]
                : undefined;
          }),
        )
      : undefined;
  // Each branch's issues on a scratch pass, counted for picking the closest branch below.
  const counts: number[] = [];
  const passing = tagged
    ? [tagged]
    : branches.filter((branch, i) => {
        // (One expression, so that a spec without unions of objects keeps none of it.)
        const trial: Pass = spec.usesObjectUnions
          ? { ...pass, issues: [], files: [], byValues: pass.mode === "wire" }
          : { ...pass, issues: [], files: [] };
        checkAndRename(branch, value, trial, path);
        spec.usesObjectUnions && (counts[i] = trial.issues.length);
        return !trial.issues.length;
      });
  // An answer whose tag selects no branch and that no branch passes comes from an API newer than
  // this SDK (a new kind of event): answers are read leniently, so it passes as it came.
  if (
    spec.usesDiscriminator &&
    !passing[0] &&
    pass.mode === "wire" &&
    node.discriminator &&
    type === "object" &&
    (value as Record<string, unknown>)[node.discriminator.propertyName] !== undefined
  )
    return value;
  // A tag no branch takes: that is what the caller got wrong, not the first branch's other
  // rules (OpenAI's messages are tagged by `role` and mapped by component name only), nor
  // "more than one shape" when the branches take any string and the mapping alone lists the
  // tags (OpenAPI's Pet example).
  const unknown =
    spec.usesDiscriminator &&
    !tagged &&
    pass.mode === "sdk" &&
    node.discriminator &&
    type === "object" &&
    // (A missing tag is reported only when it leaves the branch unknown: a spec whose branches
    // make the tag optional, against § 4.8.25, still takes the one value they tell apart.)
    unknownTag(
      node.discriminator,
      branches,
      value as Record<string, unknown>,
      pass,
      passing.length !== 1,
    );
  if (unknown) {
    addIssue(pass, path ? `${path}.${unknown[0]}` : unknown[0], unknown[1]);
    return value;
  }
  // anyOf allows several; oneOf, exactly one, for objects, whose branch decides which properties
  // they have. Not for a plain value or a list, which no branch changes (PeerTube's video ids:
  // an integer, a UUID or a short id, and every UUID is a string too: none would pass), nor where
  // a discriminator is to tell them apart, and its tag is one several branches allow
  // (DigitalOcean's actions: every branch's base takes every action type): the first that takes
  // the value is the one, as the tag would have it.
  if (
    passing[1] &&
    type === "object" &&
    (!spec.usesAnyOf || node.oneOf) &&
    pass.mode === "sdk" &&
    !(spec.usesDiscriminator && node.discriminator)
  ) {
    // A property left out that each shape pins to its own values (Adyen's payment methods by
    // `type`, with no discriminator): the message names it and them (probe62), where it said
    // only that several shapes fit. (One expression, so that a spec without unions of objects
    // keeps none of it.)
    // (Only where the shapes pin it apart: Groq's optional `response_format` enum, the same in
    // both of `oneOf: [{ required: [file] }, { required: [url] }]`, tells nothing, probe74.)
    const tag =
      spec.usesObjectUnions &&
      propertiesOf(passing[0]!, pass).find(
        ([name]) =>
          own(value as Record<string, unknown>, name) === undefined &&
          passing.every((branch) => pinnedIn(branch, name, pass)) &&
          new Set(passing.map((branch) => JSON.stringify(pinnedIn(branch, name, pass)))).size > 1,
      )?.[0];
    // The fields the shapes require apart from one another, all given (`file` and `url` where
    // each shape takes one): named, where the message said only that several shapes fit.
    const apart = spec.usesObjectUnions && !tag && requiredApart(passing, pass);
    tag
      ? addIssue(
          pass,
          path ? `${path}.${tag}` : tag,
          ` is required to tell the allowed shapes apart: one of ${[
            ...new Set(passing.flatMap((branch) => pinnedIn(branch, tag, pass)!)),
          ].join(", ")}`,
        )
      : apart && apart[1]
        ? // (The cast: with the shipped spec's `usesObjectUnions` false, TypeScript sees none.)
          addIssue(pass, path, ` must give only one of ${(apart as string[]).join(", ")}`)
        : // (Unless one shape declares every field given and no field the others do not:
          // Reducto's `oneOf: [SyncParseConfig, AsyncParseConfig]`, the second the first with
          // an optional `async`, refused every sync parse, probe82. That shape is the one.)
          (spec.usesObjectUnions && narrowestFirst(passing, value as object, pass)) ||
          addIssue(
            pass,
            path,
            " matches more than one of the allowed shapes; make it match exactly one",
          );
  }
  // A value of no type a typed branch takes, where the others are values alone (`anyOf: [{ type:
  // string }, { const: 1 }, { const: 2 }]`): the message lists the types and those values
  // ("must be a string, or one of 1, 2"), where the closest branch of values said "must be 1"
  // (probe69). (Only where every branch is typed or pinned: a branch of neither may take it.)
  if (
    spec.usesMixedTypeUnions &&
    !passing[0] &&
    type !== "object" &&
    branches.every((branch) => {
      const types = typesOf(branch);
      return types ? !fits(types, value, type) : pinnedValues(branch);
    }) &&
    branches.some((branch) => !typesOf(branch))
  ) {
    addIssue(
      pass,
      path,
      ` must be ${otherChoices(branches, value, type)} (got ${describe(value, type)})`,
    );
    return value;
  }
  // None passes, only for want of fields the shapes require apart from one another, none of
  // them given (Groq's `file` or `url`): the message names them all, where the closest shape
  // named its own alone ("file is required"). (A statement of its own: a minifier drops it for
  // a spec without unions of objects.)
  if (spec.usesObjectUnions && pass.mode === "sdk" && type === "object" && !passing[0]) {
    const apart = requiredApart(branches, pass);
    const missing = (branch: SchemaNode) =>
      requiredOf(branch)
        .map((wire) => sdkNameOf(branch, wire, pass))
        .filter(
          (name) =>
            apart.includes(name) && own(value as Record<string, unknown>, name) === undefined,
        ).length;
    if (apart[1] && branches.every((branch, i) => counts[i] && counts[i] === missing(branch))) {
      addIssue(pass, path, ` must give one of ${apart.join(", ")}`);
      return value;
    }
  }
  // None passes: of the branches whose type fits, the one the value comes closest to (fewest
  // issues; the first of equals) tells what the caller got wrong (only objects can come close:
  // other branches are told apart by type alone); if none fits, every branch has types, and the
  // value is none of them. (An answer with a value newer than the spec, which its enums refused
  // while picking, is read leniently by the closest branch.)
  // An object that several branches of an `anyOf` describe (FastAPI's `Union[Person, Company]`
  // given `first_name` and `company_name`) is checked and renamed by all of them, merged. Each is
  // tried again as the open object JSON Schema makes it (`openObjects`), and those that pass
  // apply; a key is known if any of them declares it. Renamed by the first alone, an answer's
  // `company_name` stayed as it came; checked by one alone, a request's was refused as unknown.
  // (None applies: the closest branch, judged closed, tells what is wrong, as for a oneOf.)
  // A value of one type that its type's branch refuses, where other branches take other types
  // (Stripe's `trial_end: "later"`): the message says those types too, not only what the
  // value's own branch allows (`must be one of now, or an integer`). (Picked as the function to
  // call, so that the flag, off, leaves the plain call.)
  return (
    spec.usesMixedTypeUnions
      ? (chosen: SchemaRef, value: unknown, pass: Pass, path: string): unknown => {
          const start = pass.issues.length;
          const out = checkAndRename(chosen, value, pass, path);
          const others = otherChoices(branches, value, type);
          if (!passing[0] && branches.includes(chosen as SchemaNode) && others)
            pass.issues.forEach((issue, i) => {
              if (i >= start && issue.path === path)
                pass.issues[i] = {
                  path,
                  message: issue.message.replace(
                    / \(got .*\)$|$/s,
                    (got) => `, or ${others}${got}`,
                  ),
                };
            });
          return out;
        }
      : checkAndRename
  )(
    (spec.usesAnyOf && spec.usesObjectUnions && !tagged && !node.oneOf && type === "object"
      ? (() => {
          const applying = branches.filter((branch) => {
            const trial: Pass = {
              ...pass,
              issues: [],
              files: [],
              byValues: pass.mode === "wire",
              openObjects: true,
            };
            checkAndRename(branch, value, trial, path);
            return !trial.issues.length;
          });
          if (!applying[1]) return applying[0];
          const properties: Record<string, SchemaRef> = Object.create(null);
          const names: Record<string, string> = Object.create(null);
          for (const branch of applying)
            for (const [name, renamed, schema] of propertiesOf(branch, pass)) {
              const [wire, sdk] = pass.mode === "sdk" ? [renamed, name] : [name, renamed];
              if (own(properties, wire)) continue;
              properties[wire] = schema;
              names[wire] = sdk;
            }
          const merged: SchemaNode = {
            type: "object",
            properties,
            names,
            additionalProperties: applying.find((branch) => branch.additionalProperties)
              ?.additionalProperties,
          };
          return merged;
        })()
      : passing[0]) ??
      (spec.usesObjectUnions
        ? (() => {
            // The keys whose value a branch's pinned values rule out: such a branch is not
            // what the caller meant, whatever its issue count.
            const clashes = (branch: SchemaNode) =>
              type === "object"
                ? Object.keys(value as object).filter((key) => {
                    const allowed = pinnedIn(branch, key, pass);
                    const given = (value as Record<string, unknown>)[key];
                    return allowed && !allowed.some((a) => same(a, given));
                  })
                : [];
            // A key the branch does not declare, where it takes no others, rules it out too.
            const misses = (branch: SchemaNode) => {
              if (type !== "object" || branch.additionalProperties || branch.patternProperties)
                return 0;
              const names = propertiesOf(branch, pass).map(([name]) => name);
              return Object.keys(value as object).filter((key) => !names.includes(key)).length;
            };
            const fitting = branches.filter((branch) => fits(kindsOf(branch), value, type));
            // A value that several branches pin the key of (a tag: `type`) decides first; a
            // value that one branch alone pins (a field's enum) weighs as much as a key a
            // branch does not declare. Ideogram's `colorPalette: { name: "ember" }` was told
            // `members is required` by the branch without `name`, not the enum of the one with
            // it (probe67); `{ type: "b", n: 1 }` is told of `n`, not that `b` is wrong (probe69).
            const ranked = fitting
              .map((branch) => {
                const clash = clashes(branch);
                const tags = clash.filter(
                  (key) => fitting.filter((other) => pinnedIn(other, key, pass)).length > 1,
                ).length;
                return { branch, clash, tags, ruled: clash.length - tags + misses(branch) };
              })
              .sort(
                (a, b) =>
                  a.tags - b.tags ||
                  a.ruled - b.ruled ||
                  counts[branches.indexOf(a.branch)]! - counts[branches.indexOf(b.branch)]!,
              );
            // Every branch rules out the same key's value: that is the mistake, and the message
            // lists what each branch takes there.
            const tag =
              pass.mode === "sdk" && ranked[1] && ranked.every(({ clash }) => clash[0])
                ? ranked[0]!.clash.find((key) => ranked.every(({ clash }) => clash.includes(key)))
                : undefined;
            if (tag === undefined) return ranked[0]?.branch;
            // In the spec's order of the branches (`fitting`'s, not the ranking's); not null,
            // which a branch may take beside its value, and which tells none apart.
            const allowed = [
              ...new Set(fitting.flatMap((branch) => pinnedIn(branch, tag, pass))),
            ].filter((allowed) => allowed !== null);
            addIssue(
              pass,
              path ? `${path}.${tag}` : tag,
              ` must be one of ${allowed.map(String).join(", ")} (got ${JSON.stringify((value as Record<string, unknown>)[tag])})`,
            );
            return reported;
          })()
        : // (Branches of values alone come with `const`.)
          branches.find((branch) =>
            fits((spec.usesConst || spec.usesAnyOf ? kindsOf : typesOf)(branch), value, type),
          )) ?? {
        type: [
          ...new Set(branches.flatMap(spec.usesConst || spec.usesObjectUnions ? kindsOf : typesOf)),
        ] as NodeType[],
      },
    // A request without its tag that one branch alone takes is sent with that branch's tag:
    // the tag is what picks the branch (§ 4.8.25), and a server's discriminated union refuses
    // a body without it (Hedra's `{ voiceId, text }` went untagged, probe83).
    spec.usesDiscriminator &&
      pass.mode === "sdk" &&
      node.discriminator &&
      type === "object" &&
      !tagged &&
      passing.length === 1
      ? withTag(node.discriminator, passing[0]!, value as Record<string, unknown>, pass)
      : value,
    pass,
    path,
  );
}

/**
 * The value with the tag of `branch` where it has none: the one value the branch pins its tag
 * property to, else the one tag the mapping gives it. As it was where the branch does not
 * declare the tag, or names no one tag.
 */
function withTag(
  discriminator: NonNullable<SchemaNode["discriminator"]>,
  branch: SchemaNode,
  value: Record<string, unknown>,
  pass: Pass,
): Record<string, unknown> {
  const [property, tags] = tagsOf(discriminator, branch, pass);
  if (!property || own(value, property[0]) !== undefined) return value;
  return tags.length === 1 ? { ...value, [property[0]]: tags[0] } : value;
}

/**
 * A branch's tag property (as the branch declares it, if it does) and the tags it takes: the
 * values its tag property pins, else the mapping's tags for it.
 */
function tagsOf(
  { propertyName, mapping }: NonNullable<SchemaNode["discriminator"]>,
  branch: SchemaNode,
  pass: Pass,
): [property: Property | undefined, tags: readonly unknown[]] {
  const property = propertiesOf(branch, pass).find(([, wire]) => wire === propertyName);
  return [
    property,
    pinnedValues(property && resolve(property[2])) ??
      Object.keys(mapping ?? {}).filter((tag) => resolve(mapping![tag]!) === resolve(branch)),
  ];
}

/**
 * Of each branch's pick by the tag (`[branch, by the mapping]`): the mapping's, else the one
 * branch whose tag schema allows the tag; several such decide nothing.
 */
function pickByTag(picks: ([SchemaNode, boolean] | undefined)[]): SchemaNode | undefined {
  const pinned = picks.filter((pick) => pick && !pick[1]);
  return picks.find((pick) => pick?.[1])?.[0] ?? (pinned[1] ? undefined : pinned[0]?.[0]);
}

/**
 * For an object no branch of a discriminated union took by its tag: the tag's key in the
 * caller's names, and what is wrong with it: missing, or not one of the tags the branches take
 * (a branch's own enum or const, else the mapping's names for it), which are listed. Nothing
 * when some branch takes any tag, or the value's tag is one of them: then the branches' own
 * messages say more; nor for a missing tag unless `tagNeeded`.
 */
function unknownTag(
  discriminator: NonNullable<SchemaNode["discriminator"]>,
  branches: SchemaNode[],
  value: Record<string, unknown>,
  pass: Pass,
  tagNeeded: boolean,
): [key: string, text: string] | undefined {
  const tags: unknown[] = [];
  let key: string | undefined;
  for (const branch of branches) {
    const [property, branchTags] = tagsOf(discriminator, branch, pass);
    if (!branchTags.length) return undefined;
    tags.push(...branchTags);
    key ??= property?.[0];
  }
  // (The branches may not declare the tag at all: then it goes by its wire name.)
  key ??= discriminator.propertyName;
  const tag = own(value, key);
  // The tag is what picks the branch: every branch requires it (§ 4.8.25).
  if (tag === undefined) return tagNeeded ? [key, " is required"] : undefined;
  // A tag several branches take (see `checkUnion`) is no slip: their own messages say more.
  if (tags.some((allowed) => same(allowed, tag))) return undefined;
  const list = [...new Set(tags)].map(String).join(", ");
  return [key, ` must be one of ${list} (got ${JSON.stringify(tag)})`];
}

/** The values a rule pins a value to: its `const`, else its `enum` (a tag's, say). */
/**
 * The fields, by SDK name, that some of a union's object shapes require and others do not
 * (Groq's `file` and `url`, each of `oneOf: [{ required: [file] }, { required: [url] }]`).
 */
function requiredApart(branches: readonly SchemaNode[], pass: Pass): string[] {
  return [
    ...new Set(
      branches.flatMap((branch) =>
        requiredOf(branch)
          .filter((wire) => !branches.every((other) => requiredOf(other).includes(wire)))
          .map((wire) => sdkNameOf(branch, wire, pass)),
      ),
    ),
  ];
}

/**
 * Moves to the front of `passing` the shape that declares every field of the value and no field
 * that another passing shape does not (the narrowest: a sync request beside the same request
 * with an optional `async`), and says whether there is one. (A shape of no fields declares none
 * of a value's: it is the narrowest only of an empty value.)
 */
function narrowestFirst(passing: SchemaNode[], value: object, pass: Pass): boolean {
  const names = passing.map((branch) => new Set(propertiesOf(branch, pass).map(([name]) => name)));
  const narrow = names.findIndex(
    (own) =>
      Object.keys(value).every((key) => own.has(key)) &&
      names.every((other) => [...own].every((name) => other.has(name))),
  );
  if (narrow >= 0) passing.unshift(...passing.splice(narrow, 1));
  return narrow >= 0;
}

/** A property's SDK name, by its wire name, as a shape declares it (else the wire name). */
function sdkNameOf(branch: SchemaNode, wire: string, pass: Pass): string {
  return propertiesOf(branch, pass).find(([, renamed]) => renamed === wire)?.[0] ?? wire;
}

/**
 * The values a branch pins a property to (its `const` or `enum`): a tag, even without a
 * discriminator (Langfuse's ingestion events, Adyen's payment methods, by `type`).
 */
function pinnedIn(branch: SchemaNode, key: string, pass: Pass): readonly unknown[] | undefined {
  const property = propertiesOf(branch, pass).find(([name]) => name === key);
  return pinnedValues(property && resolve(property[2]));
}

/**
 * A union branch's types: its `type`, else its values' (`{ const: "claude-opus-4-7" }`, one of
 * Anthropic's model names beside `{ type: string }`): `model: null` was told it must be that
 * name, where any string is taken (probe68).
 */
function kindsOf(branch: SchemaNode): readonly NodeType[] | undefined {
  // Or a union's, every one of whose branches has some (Runway's `promptImage: anyOf [anyOf
  // [https URL, runway URI], array]`): a bad item of the array was told "must be a string", by
  // the nested union, which had no type to rule an array out (probe69). (The generator cuts
  // unions that hold themselves with nothing between: this ends.)
  const nested = (spec.usesAnyOf ? (branch.anyOf ?? branch.oneOf) : branch.oneOf)?.map((b) =>
    kindsOf(resolve(b)),
  );
  return (
    typesOf(branch) ??
    pinnedValues(branch)?.map((v) => (Number.isInteger(v) ? "integer" : typeOfValue(v))) ??
    (nested?.length && nested.every(Boolean) ? (nested.flat() as NodeType[]) : undefined)
  );
}

function pinnedValues(rule: SchemaNode | undefined): readonly unknown[] | undefined {
  if (rule?.const !== undefined) return [rule.const];
  if (rule?.enum) return rule.enum;
  // Or a union of pinned values and null (Anthropic's custom tool: `type: anyOf [{ type:
  // "null" }, { const: "custom" }]`): it was not pinned, so that tool's other rules were what
  // `type: "bash_2099"` was told, not the tool types (probe68). (The generator cuts unions
  // that hold themselves with nothing between: this ends.)
  const each = (spec.usesAnyOf ? (rule?.anyOf ?? rule?.oneOf) : rule?.oneOf)?.map((branch) => {
    const node = resolve(branch);
    return node.type === "null" ? [null] : pinnedValues(node);
  });
  return each?.length && each.every(Boolean) ? each.flat() : undefined;
}

/**
 * What a union takes besides the value's type, in words: the other branches' types (`a string or
 * an integer`), then the values of its branches of values alone that none of those types takes
 * whole (`one of auto, none`; Anthropic's model names beside any string add nothing). Empty
 * where it takes nothing else.
 */
function otherChoices(branches: SchemaNode[], value: unknown, type: NodeType | undefined): string {
  const types = [...new Set(branches.flatMap((branch) => typesOf(branch) ?? []))].filter(
    (other) => !fits([other], value, type),
  );
  const values = [
    ...new Set(branches.flatMap((branch) => (typesOf(branch) ? [] : (pinnedValues(branch) ?? [])))),
  ].filter(
    (allowed) =>
      !branches.some((branch) => {
        const taken = typesOf(branch);
        return taken && fits(taken, allowed, typeOfValue(allowed));
      }),
  );
  const listed = values[1]
    ? `one of ${values.map(String).join(", ")}`
    : values.length
      ? JSON.stringify(values[0])
      : "";
  return `${types.map(article).join(" or ")}${types[0] && listed ? ", or " : ""}${listed}`;
}

/** A JSON value's type, as a schema names it (`number` for any number). */
function typeOfValue(value: unknown): NodeType {
  return value === null ? "null" : Array.isArray(value) ? "array" : (typeof value as NodeType);
}

/** Whether a value of `type` is one of `types` (an integer is a number too); no types: any. */
function fits(
  types: readonly NodeType[] | undefined,
  value: unknown,
  type: NodeType | undefined,
): boolean {
  return !types || types.includes(type!) || (types.includes("integer") && Number.isInteger(value));
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Equality with a value from the spec (JSON): objects and arrays compare by content, whatever
 * the order of their keys (only a spec with such values has them: `usesStructuredValues`).
 */
function same(fromSpec: unknown, value: unknown): boolean {
  return fromSpec instanceof Object
    ? spec.usesStructuredValues && canonicalJson!(fromSpec) === canonicalJson!(value)
    : fromSpec === value;
}

/** "a string", "an object", "a file", "null". */
function article(type: string): string {
  return (type === "null" ? "" : /^[aeiou]/i.test(type) ? "an " : "a ") + type;
}

/** What a wrong value is, for messages: short, and never a whole file or object. */
function describe(value: unknown, type: NodeType | undefined): string {
  if (type === "string")
    return JSON.stringify(
      (value as string).length > 40 ? `${(value as string).slice(0, 40)}…` : value,
    );
  // A number, finite or not, or a boolean, as written; null is "null" either way.
  if (type === "boolean" || typeof value === "number") return String(value);
  const tag = type
    ? article(type)
    : typeof value === "object"
      ? article(tagOf(value))
      : typeof value;
  // A value not awaited is the usual slip: `image: fileFromPath("otter.png")`. A list where one
  // value goes says how long it is (a FileList of 2 where one image goes).
  return tag === "a Promise"
    ? "a Promise: missing await?"
    : type === "array"
      ? `${tag} of ${(value as unknown[]).length}`
      : tag;
}

/** What kind of object a value is: "Object" for a plain one or a class's, "Map", "Set", … */
function tagOf(value: unknown): string {
  return Object.prototype.toString.call(value).slice(8, -1);
}

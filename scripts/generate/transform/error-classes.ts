import { commentText } from "../emit/code.js";
import { componentSchemas, deref, isObject, type Document, type Json } from "../document.js";
import { identifier } from "../names.js";
import { isPlainObjectType } from "./named-object-types.js";
import type { CollectedOperation, OperationError } from "./collect-operations.js";

/** One error class the SDK throws, and what its `data$` is. */
export type ErrorClass = {
  name: string;
  /** The component its body is, whose type (`${name}Data`) `models.ts` holds. */
  component?: string;
  /** Else the operation whose answer it is, and that answer: its `${name}Data` is written here. */
  op?: CollectedOperation;
  answer?: OperationError;
};

/**
 * The error classes the SDK throws for error answers with a JSON body, as the official SDK names
 * them, by answer:
 * - a body that is a component is that component's class (`HonoApiError`, thrown by 14 methods
 *   of the published orq spec), one class however many answers use it;
 * - a body written inline is a class of its own, named as Speakeasy names it: the operation's
 *   first such answer `DeleteAgentResponseBody`, its second with the method's group
 *   (`DeleteEvalEvalsResponseBody`), a third with `Response` once more
 *   (`CreateClassifyRouterClassifyResponseResponseBody`); but an answer that operations share
 *   through `components.responses` is one class, named as the response (`Unauthorized`).
 *
 * Each class's body type is `${name}Data`. A component's name that the SDK's own exports or a
 * global hold (`ValidationError`, `Error`) is followed by `Response` (`ErrorResponse`); a name
 * still taken, or one that another class took first, gets no class: that answer stays an
 * `APIError`.
 */
export function errorClasses(
  ops: CollectedOperation[],
  reserved: readonly string[],
): Map<OperationError, ErrorClass> {
  const classes = new Map<OperationError, ErrorClass>();
  const byComponent = new Map<string, ErrorClass | null>();
  // (Nor one a global holds: a class `Error` would shadow JavaScript's where it is imported.)
  const taken = new Set([...reserved, ...Object.getOwnPropertyNames(globalThis)]);
  const claim = (name: string) => {
    if (taken.has(name) || taken.has(`${name}Data`)) return false;
    taken.add(name).add(`${name}Data`);
    return true;
  };
  // Components first, in a stable order, so that an inline answer never takes a component's name.
  for (const op of ops)
    for (const answer of op.errors) {
      const { component } = answer;
      if (component === undefined) continue;
      if (!byComponent.has(component)) {
        // A name taken (Stripe's component `error`: `Error` is JavaScript's) is followed by
        // `Response`, as the answer's class: `ErrorResponse`.
        const own = identifier(component, "pascal");
        const name = [own, `${own}Response`].find(claim);
        byComponent.set(component, name ? { name, component } : null);
      }
      const found = byComponent.get(component);
      if (found) classes.set(answer, found);
    }
  // An answer the spec shares (`$ref: '#/components/responses/Unauthorized'`, Spotify's 401 on
  // every operation) is one class, named as the response: `Unauthorized`.
  const byResponse = new Map<string, ErrorClass | null>();
  // And a body written out the same, with the same `title`, in several operations' answers
  // (Mailchimp's "Problem Detail Document" in all 272) is one class named as its title.
  const written = (answer: OperationError) =>
    isObject(answer.schema) && typeof answer.schema.title === "string" && answer.schema.title.trim()
      ? `title:${JSON.stringify(answer.schema)}`
      : undefined;
  const copies = new Map<string, number>();
  for (const op of ops)
    for (const answer of op.errors) {
      const key = answer.component === undefined ? written(answer) : undefined;
      if (key) copies.set(key, (copies.get(key) ?? 0) + 1);
    }
  for (const op of ops) {
    const group = op.sdkName
      .slice(0, -1)
      .map((part) => identifier(part, "pascal"))
      .join("");
    const inline = op.errors.filter((answer) => answer.component === undefined);
    // The operation's own bodies are named by their place among its own: not counting those it
    // shares with other operations.
    const own = inline.filter((answer) => {
      const copy = written(answer);
      const shared = answer.response ?? (copy && copies.get(copy)! > 1 ? copy : undefined);
      if (shared === undefined) return true;
      if (!byResponse.has(shared)) {
        const base = identifier(
          answer.response ?? String((answer.schema as { title: string }).title),
          "pascal",
        );
        const name = [base, `${base}Response`].find(claim);
        byResponse.set(shared, name ? { name, op, answer } : null);
      }
      const found = byResponse.get(shared);
      if (found) classes.set(answer, found);
      return !found;
    });
    own.forEach((answer, i) => {
      const name = `${op.typeName}${i ? group : ""}${"Response".repeat(Math.max(0, i - (group ? 1 : 0)))}ResponseBody`;
      if (claim(name)) classes.set(answer, { name, op, answer });
    });
  }
  return classes;
}

/**
 * `errors.ts`: one class per error body (an `APIError` with the body as `data$`), the body types
 * of those written inline, and the component ones' re-exported, so that `…/models/errors`
 * holds every name the official SDK's does. Written for every spec (it may hold none).
 */
export function errorsFile(
  doc: Document,
  classes: Map<OperationError, ErrorClass>,
  apiErrorModule = "../errors/api-error.js",
): string {
  const schemas = componentSchemas(doc);
  const unique = [...new Set(classes.values())].sort((a, b) => (a.name < b.name ? -1 : 1));
  if (!unique.length)
    return "// This spec describes no error answer with a JSON body: every one is an `APIError`.\nexport {};\n";
  const components = unique.filter((c) => c.component !== undefined);
  const lines = [`import { APIError } from ${JSON.stringify(apiErrorModule)};`];
  if (unique.some((c) => c.op)) {
    lines.push(`import type { ResponseShape } from "./contract.js";`);
    lines.push(`import type { paths } from "./sdk-types.js";`);
  }
  if (components.length)
    lines.push(
      `import type { ${components.map((c) => `${c.name}Data`).join(", ")} } from "./models.js";`,
      "",
      `export type { ${components.map((c) => `${c.name}Data`).join(", ")} };`,
    );
  lines.push("");
  for (const c of unique) {
    const about = c.component
      ? `whose body is \`${commentText(c.component)}\`${described(descriptionOf(schemas[c.component]))}`
      : `of \`${c.op!.operationId}\`, ${c.answer!.key}${described(c.answer!.description || descriptionOf(c.answer!.schema))}`;
    if (c.op) {
      const { path, method } = c.op;
      const { key, contentKey } = c.answer!;
      lines.push(
        `/** The body of ${c.name}. */`,
        `export type ${c.name}Data = ResponseShape<paths[${JSON.stringify(path)}][${JSON.stringify(method)}]["responses"][${JSON.stringify(key)}]["content"][${JSON.stringify(contentKey)}]>;`,
        "",
      );
    }
    // The body's fields on the error itself, as the official SDK has them (`error.code`), where
    // the body is an object: those the error has already (`message`, `statusCode`) stay its own.
    // Each key is mapped, not `Omit`ted: `Omit` of a body that takes other keys too (an index
    // signature, AssemblyAI's `Error`) keeps the index signature alone, every field `unknown`.
    // The other keys stay in `data$`: an index signature of their type (`string`) on the error
    // would refuse the class's own members, and the SDK would not build.
    const schema = c.component ? schemas[c.component] : c.answer!.schema;
    if (hasObjectFields(doc, schema))
      lines.push(
        `/** The body's fields (but those an \`APIError\` has itself), as on the official SDK's error. */`,
        `export interface ${c.name} extends Readonly<{ [K in keyof ${c.name}Data as K extends keyof APIError | keyof Object ? never : string extends K ? never : number extends K ? never : K]: ${c.name}Data[K] }> {}`,
        "",
      );
    lines.push(
      `/** An error answer ${about}. */`,
      `export class ${c.name} extends APIError {`,
      `  static override readonly kind: string = ${JSON.stringify(c.name)};`,
      `  /** The answer's body, checked and in the SDK's names. */`,
      `  declare readonly data$: ${c.name}Data;`,
      `}`,
      "",
    );
  }
  return lines.join("\n");
}

/**
 * Whether a body's type is an object an interface can extend: a plain object, or an `allOf` of
 * such parts (an error that adds its `detail` to a shared base) whose properties are each declared
 * by one part or alike in every part that declares them. Parts that disagree on a property (a
 * `kind` of `const: a` and of `const: b`) intersect to `never`, which no interface extends.
 */
function hasObjectFields(doc: Document, schema: Json | undefined, depth = 0): boolean {
  if (isPlainObjectType(doc, schema)) return true;
  let s: Json | undefined;
  try {
    s = deref(doc, schema);
  } catch {
    return false;
  }
  if (depth > 8 || !isObject(s) || !Array.isArray(s.allOf) || s.nullable === true) return false;
  const { allOf, properties, ...rest } = s;
  // Beside its parts, only what a plain object says of itself.
  const besides = ["type", "required", "title", "description", "additionalProperties", "example"];
  if (
    Object.keys(rest).some((key) => !besides.includes(key)) ||
    (rest.type ?? "object") !== "object"
  )
    return false;
  const parts = properties === undefined ? allOf : [...allOf, { type: "object", properties }];
  if (!parts.every((part) => hasObjectFields(doc, part, depth + 1))) return false;
  const declared = new Map<string, string>();
  const declaredIn = (part: Json): boolean => {
    const p = deref(doc, part);
    if (!isObject(p)) return true;
    for (const [name, property] of Object.entries(isObject(p.properties) ? p.properties : {})) {
      const written = JSON.stringify(property);
      if ((declared.get(name) ?? written) !== written) return false;
      declared.set(name, written);
    }
    return !Array.isArray(p.allOf) || p.allOf.every(declaredIn);
  };
  return parts.every(declaredIn);
}

/** The names of the classes whose body is a component: the ones the package's root exports. */
export function componentClassNames(classes: Map<OperationError, ErrorClass>): string[] {
  return [...new Set([...classes.values()].filter((c) => c.component).map((c) => c.name))].sort();
}

function descriptionOf(schema: Json | undefined): string | undefined {
  return isObject(schema) && typeof schema.description === "string"
    ? schema.description
    : undefined;
}

/** `: ` and the text, for a doc comment, or nothing. */
function described(text: string | undefined): string {
  return text ? `: ${commentText(text)}` : "";
}

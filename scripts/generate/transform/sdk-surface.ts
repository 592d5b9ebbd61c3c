import { commentText, objectKey } from "../emit/code.js";
import { identifier, uniqueName } from "../names.js";
import { componentRef, isObject, type Json } from "../document.js";
import { isRawBody, type CollectedOperation } from "./collect-operations.js";
import type { ReadWriteAccess } from "./read-write-only.js";

/** The type names an operation's request and response go by (the official SDK's names). */
export function typeNames(op: CollectedOperation) {
  const base = op.typeName;
  const bodyType = op.requestBody ? `${base}RequestBody` : undefined;
  const requestType = op.parameters.length ? `${base}Request` : bodyType;
  const responseType =
    op.response?.schema !== undefined || op.otherResponses.some((r) => r.schema !== undefined)
      ? `${base}ResponseBody`
      : undefined;
  // One event of a stream: the answer's own name when it is only ever a stream.
  const eventType = op.response?.stream
    ? responseType
      ? `${base}StreamEvent`
      : `${base}ResponseBody`
    : undefined;
  return { bodyType, requestType, responseType, eventType, requestRequired: isRequestRequired(op) };
}

/** What the method resolves to: the body, a stream of events, either (by content type), or void. */
function resultType(op: CollectedOperation, prefix = ""): string {
  const { responseType, eventType } = typeNames(op);
  const parts = [
    responseType && `${prefix}${responseType}`,
    eventType && `EventStream<${prefix}${eventType}>`,
  ].filter((t): t is string => !!t);
  return parts.length ? parts.join(" | ") : "void";
}

/**
 * What the body's fields are narrowed to, for one overload of an operation with a stream switch
 * (`StreamSwitch`), and whether that overload needs the body at all.
 */
interface BodyNarrowing {
  type: string;
  needsBody: boolean;
}

/**
 * Each signature of a method or function: its parameters before `options`, and what it
 * resolves to. An operation with a stream switch has three, as openai-node's have: one that
 * streams (`stream: true`), one that does not (`stream: false`, or left out), and one for a
 * `boolean` known only at run time, which resolves to either; any other has one.
 */
function signatures(op: CollectedOperation, prefix = ""): { params: string; result: string }[] {
  const general = { params: requestParameters(op, prefix), result: resultType(op, prefix) };
  if (!op.streamSwitch) return [general];
  const { responseType, eventType } = typeNames(op);
  const { defaultOn } = op.streamSwitch;
  const streams: BodyNarrowing = {
    type: defaultOn ? "{ stream?: true | undefined }" : "{ stream: true }",
    needsBody: !defaultOn,
  };
  const answers: BodyNarrowing = {
    type: defaultOn ? "{ stream: false }" : "{ stream?: false | null | undefined }",
    needsBody: defaultOn,
  };
  return [
    {
      params: requestParameters(op, prefix, streams),
      result: `EventStream<${prefix}${eventType}>`,
    },
    { params: requestParameters(op, prefix, answers), result: `${prefix}${responseType}` },
    general,
  ];
}

/**
 * The arguments of a method that takes its request's keys one by one (`op.positional`): each
 * key, the parameter name it goes by (clear of reserved words and of `core`, `options` and
 * `operation`, which a standalone function also names), and its declaration, typed by the
 * request type's field (`agentKey: models.RetrieveAgentRequest["agentKey"]`).
 */
function positionalArguments(op: CollectedOperation, prefix = "", narrow?: BodyNarrowing) {
  const { requestType } = typeNames(op);
  const taken = new Set(["core", "options", "operation"]);
  return (op.positional ?? []).map(({ key, required }) => {
    const name = uniqueName(identifier(key), taken);
    let type = `${prefix}${requestType}[${JSON.stringify(key)}]`;
    let needed = required;
    if (narrow && key === op.bodyKey) {
      type = `${type} & ${narrow.type}`;
      needed ||= narrow.needsBody;
    }
    return { key, name, declaration: `${name}${needed ? "" : "?"}: ${type}, ` };
  });
}

/**
 * A method's or function's parameters before `options`: the request, or its keys one by one;
 * with `narrow`, its body's fields narrowed for one overload of a stream switch.
 */
function requestParameters(op: CollectedOperation, prefix = "", narrow?: BodyNarrowing): string {
  const { requestType, requestRequired } = typeNames(op);
  if (op.positional)
    return positionalArguments(op, prefix, narrow)
      .map((a) => a.declaration)
      .join("");
  // An operation that takes nothing takes its options first, as the official SDK's do.
  if (!requestType) return "";
  let type = `${prefix}${requestType}`;
  let required = requestRequired;
  if (narrow) {
    // With parameters, the body is the request's `bodyKey` field.
    const key = objectKey(op.bodyKey, "type");
    const bodyRequired = op.requestBody?.required === true || narrow.needsBody;
    type += op.parameters.length
      ? bodyRequired
        ? ` & { ${key}: ${narrow.type} }`
        : ` & { ${key}?: ${narrow.type} | undefined }`
      : ` & ${narrow.type}`;
    required ||= narrow.needsBody;
  }
  return `request${required ? "" : "?"}: ${type}, `;
}

function isRequestRequired(op: CollectedOperation): boolean {
  return op.parameters.some((p) => p.required) || op.requestBody?.required === true;
}

/**
 * `models.ts`: the official names for every operation's request and response, and for every
 * component schema, pointing at the camelCase types in `sdk-types.ts`. A component name that an
 * operation's type, a reserved name (what `index.ts` exports from `contract.ts`, what the SDK's
 * packages export beside the generated code) or a global this file uses already holds gets
 * `Schema` appended.
 *
 * `access`, for a spec with `readOnly`/`writeOnly` properties: requests are typed without the
 * read-only ones and answers without the write-only ones. A component that holds some is named
 * for how it is read (`Webhook`) and gets an `…Input` twin for how it is sent (the official
 * SDK's convention); one that is itself read-only (write-only) has only the first (the twin).
 */
export function modelsFile(
  ops: CollectedOperation[],
  /** The component schemas, by name. */
  components: Record<string, Json>,
  reservedNames: string[],
  access?: ReadWriteAccess,
  /** Components whose name an error class holds, with the name their type goes by instead. */
  dataNames: Map<string, string> = new Map(),
  /** Whether a schema (a component's: `{ $ref }`) is a plain object type (`isPlainObjectType`). */
  plainObject: (schema: Json | undefined) => boolean = () => false,
): string {
  const componentNames = Object.keys(components);
  const lines: string[] = [`import type { components, paths } from "./sdk-types.js";`, ""];
  if (access) lines.unshift(`import type { RequestShape, ResponseShape } from "./contract.js";`);
  const sent = (type: string, schema: Json | undefined) =>
    access?.mentions(schema) ? `RequestShape<${type}>` : type;
  const read = (type: string, schema: Json | undefined) =>
    access?.mentions(schema) ? `ResponseShape<${type}>` : type;
  const used = new Set<string>([...reservedNames, "NonNullable"]);
  // A plain object type is an interface, which TypeScript names in its messages; it extends an
  // alias of its own, since an interface cannot extend an indexed type written out.
  const declare = (name: string, type: string, plain: boolean, doc = "") => {
    const comment = doc ? `${doc}\n` : "";
    return plain
      ? `type $${name} = ${type};\n${comment}export interface ${name} extends $${name} {}`
      : `${comment}export type ${name} = ${type};`;
  };
  // A twin's name must not take one a component is yet to get.
  const componentIdents = new Set(componentNames.map((name) => identifier(name, "pascal")));
  for (const op of ops) {
    const { bodyType, requestType, responseType, eventType } = typeNames(op);
    const at = `paths[${JSON.stringify(op.path)}][${JSON.stringify(op.method)}]`;
    if (bodyType && op.requestBody) {
      used.add(bodyType);
      const { schema, mediaType, json } = op.requestBody;
      // Bytes beside JSON take either (see `bytesBesideJson`), and so does multipart beside JSON
      // of other fields (see `pickRequestBody`'s `either`).
      const offered =
        json && (isRawBody(op.requestBody) || op.requestBody.either)
          ? [mediaType, json]
          : [mediaType];
      lines.push(
        // A multipart body with no fields named is the caller's own FormData.
        op.requestBody.formData
          ? declare(bodyType, "FormData", false)
          : declare(
              bodyType,
              sent(
                offered
                  .map(
                    (type) =>
                      `NonNullable<${at}["requestBody"]>["content"][${JSON.stringify(type)}]`,
                  )
                  .join(" | "),
                schema,
              ),
              !access?.mentions(schema) && plainObject(schema),
            ),
      );
    }
    if (requestType && op.parameters.length) {
      used.add(requestType);
      const fields = op.parameters.map((p) => {
        const type = `NonNullable<${at}["parameters"][${JSON.stringify(p.in)}]>[${JSON.stringify(p.name)}]`;
        return member(p.sdk, type, p.required);
      });
      if (bodyType) fields.push(member(op.bodyKey, bodyType, op.requestBody?.required === true));
      lines.push(`export type ${requestType} = { ${fields.join(" ")} };`);
    }
    if (responseType && op.response) {
      used.add(responseType);
      // Every 2XX answer the method may resolve to: the first one's body, the others' (and
      // `undefined` for those without one).
      const body = (status: string, mediaType: string, schema: Json | undefined) =>
        schema === undefined
          ? "undefined"
          : read(
              `${at}["responses"][${JSON.stringify(status)}]["content"][${JSON.stringify(mediaType)}]`,
              schema,
            );
      const bodies = [
        body(
          op.response.status,
          op.response.contentKey ?? op.response.mediaType,
          op.response.schema,
        ),
        ...op.otherResponses.map((r) => body(r.status, r.contentKey ?? r.mediaType, r.schema)),
        // (Text the JSON may come as instead is its text.)
        ...(op.response.textToo ? ["string"] : []),
      ];
      const distinct = [...new Set(bodies)];
      lines.push(
        declare(
          responseType,
          distinct.join(" | "),
          distinct.length === 1 &&
            op.response.schema !== undefined &&
            !access?.mentions(op.response.schema) &&
            plainObject(op.response.schema),
        ),
      );
    }
    if (eventType && op.response) {
      used.add(eventType);
      lines.push(
        `export type ${eventType} = ${read(`${at}["responses"][${JSON.stringify(op.response.status)}]["content"]["text/event-stream"]`, op.response.stream?.schema)};`,
      );
    }
  }
  for (const name of componentNames) {
    let ident = dataNames.get(name) ?? identifier(name, "pascal");
    while (used.has(ident)) ident = `${ident}Schema`;
    used.add(ident);
    const type = `components["schemas"][${JSON.stringify(name)}]`;
    const marker = access?.holds(name) ? access.markerOf(name) : undefined;
    const doc = componentDoc(components[name]);
    if (!access?.holds(name) || marker) {
      const shape = { readOnly: "ResponseShape", writeOnly: "RequestShape" }[marker!];
      lines.push(
        declare(
          ident,
          marker ? `${shape}<${type}>` : type,
          !marker && plainObject({ $ref: componentRef(name) }),
          doc,
        ),
      );
      continue;
    }
    if (doc) lines.push(doc);
    let input = `${ident}Input`;
    while (used.has(input) || componentIdents.has(input)) input = `${input}Schema`;
    used.add(input);
    lines.push(`export type ${ident} = ResponseShape<${type}>;`);
    lines.push(`export type ${input} = RequestShape<${type}>;`);
  }
  return `${lines.join("\n")}\n`;
}

/** A member of a request type; an optional one takes `undefined` too (`exactOptionalPropertyTypes`). */
function member(key: string, type: string, required: boolean): string {
  return required
    ? `${objectKey(key, "type")}: ${type};`
    : `${objectKey(key, "type")}?: ${type} | undefined;`;
}

/**
 * A component's doc comment: its description, and `@deprecated` when it is, so that the type's
 * name is struck through where it is used; "" when it has neither.
 */
function componentDoc(schema: Json | undefined): string {
  if (!isObject(schema)) return "";
  const text = typeof schema.description === "string" ? commentText(schema.description) : "";
  // (A description may be the tag already: "@deprecated Use identity instead.")
  return docComment([
    text,
    schema.deprecated === true && !text.startsWith("@deprecated") ? "@deprecated" : "",
  ]);
}

/**
 * What a method returns: a promise of what it resolves to, which a list's method also walks
 * item by item (`PagePromise`): the items' type is the element type of the answer's list.
 */
function returned(op: CollectedOperation, result: string): string {
  if (!op.pagination) return `Promise<${result}>`;
  const list = op.pagination.items.reduce(
    (type, key) => `NonNullable<${type}>[${JSON.stringify(key)}]`,
    result,
  );
  return `PagePromise<${result}, NonNullable<${list}>[number]>`;
}

/** The resource tree `orq.router.images.edits.create`, as a table and as a type. */
export function resourcesFile(ops: CollectedOperation[]): string {
  type Tree = Map<string, Tree | CollectedOperation>;
  const tree: Tree = new Map();
  for (const op of ops) {
    let at = tree;
    for (const part of op.sdkName.slice(0, -1)) {
      if (!at.has(part)) at.set(part, new Map());
      at = at.get(part) as Tree;
    }
    at.set(op.sdkName[op.sdkName.length - 1]!, op);
  }
  const isOp = (v: Tree | CollectedOperation): v is CollectedOperation => !(v instanceof Map);
  const table = (t: Tree): string =>
    `{ ${[...t].map(([k, v]) => `${objectKey(k)}: ${isOp(v) ? `operations.${v.ident}` : table(v)}`).join(", ")} }`;
  const type = (t: Tree): string =>
    `{ ${[...t]
      .map(([k, v]) => {
        if (!isOp(v)) return `readonly ${objectKey(k, "type")}: ${type(v)};`;
        // (Each overload carries the doc: an editor shows the one the call matched.)
        return signatures(v, "models.")
          .map(
            ({ params, result }) =>
              `${jsDoc(v)}\n${objectKey(k, "type")}(${params}options?: Options): ${returned(v, result)};`,
          )
          .join("\n");
      })
      .join("\n")} }`;
  const contract = [
    ...(ops.some((op) => op.response?.stream) ? ["EventStream"] : []),
    ...(ops.some((op) => op.pagination) ? ["PagePromise"] : []),
  ];
  return [
    ...(contract.length ? [`import type { ${contract.join(", ")} } from "./contract.js";`] : []),
    `import type * as models from "./models.js";`,
    `import * as operations from "./operations.js";`,
    "",
    `/** Every operation, by resource path: what the client's methods are built from. */`,
    `export const resources = ${table(tree)} as const;`,
    "",
    `/** The client's methods, by resource path. */`,
    `export interface Resources<Options> ${type(tree)}`,
    "",
  ].join("\n");
}

/**
 * One file per standalone function, so a bundle holds only the operations it calls. The table
 * entry is imported as `operation`: its own name may be the function's (`tracesGet`).
 */
export function funcFiles(ops: CollectedOperation[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const op of ops) {
    const name = op.funcName;
    const { requestType, responseType, eventType } = typeNames(op);
    const imports = [
      ...new Set([requestType, responseType, eventType].filter((t): t is string => !!t)),
    ].sort();
    // An operation that takes nothing takes its options right after the client, as the
    // official SDK's standalone functions do; one that takes its request's keys one by one
    // puts them back together.
    const request = requestParameters(op);
    const sent = op.positional
      ? `{ ${positionalArguments(op)
          .map((a) => (a.name === a.key ? a.name : `${objectKey(a.key)}: ${a.name}`))
          .join(", ")} }`
      : requestType
        ? "request"
        : "undefined";
    const result = resultType(op);
    // A stream switch's overloads, before the implementation's own signature.
    const overloads = op.streamSwitch
      ? signatures(op).map(
          ({ params, result }) =>
            `${jsDoc(op)}\nexport function ${name}<Options, E>(core: OperationCaller<Options, E>, ${params}options?: Options): APIPromise<Result<${result}, E>>;`,
        )
      : [];
    const contract = eventType
      ? "APIPromise, EventStream, OperationCaller, Result"
      : "APIPromise, OperationCaller, Result";
    files.set(
      `funcs/${name}.ts`,
      [
        `import type { ${contract} } from "../contract.js";`,
        imports.length ? `import type { ${imports.join(", ")} } from "../models.js";` : "",
        `import { ${op.ident} as operation } from "../operations.js";`,
        "",
        ...(overloads.length ? overloads : [jsDoc(op)]),
        `export function ${name}<Options, E>(core: OperationCaller<Options, E>, ${request}options?: Options): APIPromise<Result<${result}, E>> {`,
        `  return core.callOperation(operation, ${sent}, options) as APIPromise<Result<${result}, E>>;`,
        `}`,
        "",
      ].join("\n"),
    );
  }
  return files;
}

/**
 * A doc comment: the summary, the endpoint, the description as `@remarks` (its lines kept: it is
 * often Markdown), and `@deprecated` when the spec says so.
 */
export function jsDoc(op: CollectedOperation): string {
  // (A line that starts with `@` would read as a tag: `@deprecated` would strike the method
  // through. TSDoc's escape keeps it text.)
  const remarks = op.description
    ?.split(/\r\n?|\n/)
    .map((line) => line.trimEnd().replace(/^(\s*)@/, "$1\\@"))
    .join("\n * ");
  return docComment([
    op.summary ? commentText(op.summary) : "",
    `\`${op.method.toUpperCase()} ${op.path}\``,
    remarks ? `@remarks\n * ${remarks}` : "",
    op.deprecated ? "@deprecated" : "",
  ]);
}

/**
 * A doc comment of the given paragraphs (the empty ones left out), a blank line between them, a
 * comment's end within them escaped; "" when none is left.
 */
function docComment(paragraphs: string[]): string {
  const text = paragraphs.filter(Boolean).map((p) => p.replace(/\*\//g, "*\\/"));
  // (A blank line of a description would end in a space.)
  return text.length
    ? `/**\n${text.map((p) => ` * ${p}`).join("\n *\n")}\n */`.replace(/ +$/gm, "")
    : "";
}

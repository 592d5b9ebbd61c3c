import {
  componentRef,
  deref,
  isObject,
  pathItems,
  type Document,
  type Json,
  type JsonObject,
} from "../document.js";
import { METHODS } from "./methods.js";
import { commentText, objectEntry } from "../emit/code.js";
import type { Parameter, Serialization, Style, WireCall } from "../templates/contract.js";
import {
  isJsonBody,
  isNonJsonAnswer,
  isRawBody,
  type CollectedOperation,
  type CollectedParameter,
  type OperationError,
  JSON_TYPE,
  ownServers,
} from "./collect-operations.js";
import type { ErrorClass } from "./error-classes.js";
import { multipartEncoding, objectProperties, type FieldEncoding } from "./multipart-encoding.js";
import { usesNestedFiles } from "./nested-files.js";
import { apiKeyVariable } from "./api-key-variable.js";
import { undeclaredEventStream } from "./stream-switch.js";
import { serverVariables } from "./server-variables.js";
import { isBinary, RULE_FLAGS, SchemaNodeEmitter, typeList } from "./schema-nodes.js";

/**
 * The data the runtime needs that types cannot carry, as plain tables (octokit's endpoint
 * tables are the model): `operations.ts`, one entry per operation with its method, path,
 * resource name, parameters, body media type and multipart encoding, and the schemas it is
 * validated and renamed by; `schemas.ts`, the component schemas they share, the string formats
 * they check and which of the rarer features the spec uses.
 */
export function runtimeTables(
  doc: Document,
  ops: CollectedOperation[],
  /** The error classes by answer (`errorClasses`). */
  classes: Map<OperationError, ErrorClass> = new Map(),
): { operations: string; schemas: string } {
  const emitter = new SchemaNodeEmitter(
    doc,
    ops.map((op) => op.ident),
  );
  const timeout = numberOr(doc["x-speakeasy-timeout"]);
  let usesParameterStyles = false;
  let usesFormEncodings = false;
  let usesOperationServers = false;
  let usesOtherResponses = false;
  let usesFileOrValueFields = false;
  let usesUnsniffedFiles = false;
  let usesSeveralFileFields = false;
  let usesEmptyMultipartLists = false;
  let usesIdempotencyKeys = false;
  let usesSchemalessJsonAnswers = false;
  const servers = serverURLs(doc);
  const variables = serverVariables(doc);
  // The error classes the tables name, for `operations.ts` to import.
  const errorClasses = new Set<string>();
  // An answer's schema for the table: none for any JSON value (`{}`, see `answerAsRead`,
  // or one of annotations alone), read as JSON that may be any value, or nothing.
  const answerSchema = (schema: Json | undefined, mediaType: string): string => {
    const node = schema === undefined ? "{}" : emitter.node(schema);
    if (node.replace(/\s/g, "") !== "{}") return `, schema: ${node}`;
    if (JSON_TYPE.test(mediaType)) usesSchemalessJsonAnswers = true;
    return "";
  };
  const entries = ops.map((op) => {
    const fields: string[] = [
      `operationId: ${JSON.stringify(op.operationId)}`,
      `method: ${JSON.stringify(op.method)}`,
      // A fragment in the path key (`/auth#basic`: Speakeasy's way to give a path two operations
      // of one method) is never sent; left in, it would swallow the query written after it.
      `path: ${JSON.stringify(op.path.replace(/#.*$/s, ""))}`,
      `sdkName: ${JSON.stringify(op.sdkName.join("."))}`,
    ];
    const server = serverURL(op.servers);
    if (server !== undefined && server !== servers[0]) {
      usesOperationServers = true;
      fields.splice(3, 0, `server: ${JSON.stringify(server)}`);
    }
    if (op.parameters.length) {
      const params = op.parameters.map((p) => {
        const written = parameterSerialization(doc, p);
        if (Object.keys(written).length) usesParameterStyles = true;
        return (
          `{ name: ${JSON.stringify(p.name)}, sdk: ${JSON.stringify(p.sdk)}, in: ${JSON.stringify(p.in)}, ` +
          `required: ${p.required}, schema: ${emitter.node(p.schema)}${objectFields(written)}` +
          (p.fixed ? `, fixed: ${JSON.stringify(p.fixed.value)}` : "") +
          " }"
        );
      });
      fields.push(`parameters: [${params.join(", ")}]`);
      // Where the body goes in the request, when not under `requestBody` (a named body).
      if (op.requestBody && op.bodyKey !== "requestBody")
        fields.push(`bodyKey: ${JSON.stringify(op.bodyKey)}`);
      if (op.positional)
        fields.push(`positional: ${JSON.stringify(op.positional.map((a) => a.key))}`);
    }
    if (op.auth !== undefined) fields.push(`auth: ${JSON.stringify(op.auth)}`);
    if (op.credentials) fields.push(`credentials: ${JSON.stringify(op.credentials)}`);
    const body = op.requestBody;
    if (body) {
      let schema: string;
      let encoding = "";
      let valueToo = "";
      if (body.mediaType === "multipart/form-data") {
        // (A body offered as JSON of other fields too is their union: its parts are the
        // multipart one's.)
        const [form = body.schema, jsonBranch] = body.either
          ? ((body.schema as JsonObject).oneOf as Json[])
          : [body.schema];
        const {
          fields: enc,
          files,
          fileOrValue,
          emptyLists,
        } = multipartEncoding(doc, form, body.encoding);
        if (fileOrValue.length) {
          usesFileOrValueFields = true;
          valueToo = `, valueToo: ${JSON.stringify(fileOrValue)}`;
        }
        // A file field that takes more than the images core tells by their bytes
        // (`core/src/files/sniff-media-type.ts`): its nameless files are named by their type.
        if (
          Object.entries(enc).some(
            ([wire, how]) =>
              how === "file" &&
              !files[wire]?.mediaTypes?.every((type) => SNIFFED_IMAGES.includes(type)),
          )
        )
          usesUnsniffedFiles = true;
        if (emptyLists.length) usesEmptyMultipartLists = true;
        if (Object.values(enc).filter((how) => how === "file").length > 1)
          usesSeveralFileFields = true;
        schema = body.either
          ? emitter.eitherBody(form, jsonBranch!, files)
          : emitter.multipartBody(body.schema, files);
        const properties = objectProperties(doc, form);
        // A field the `encoding` gives a style (`file_link_data: { style: deepObject }`, as
        // Stripe writes its file uploads): OpenAPI 3.1 serializes it as a form field of that
        // style, one text part per name (`file_link_data[create]`); 3.0 says to ignore the
        // style there, but a spec that writes one means it (see `formEncoding`). Files keep
        // their parts.
        const styled = Object.entries(formEncoding(doc, form, body.encoding, true)).filter(
          (entry): entry is [string, Serialization] =>
            typeof entry[1] === "object" && enc[entry[0]] !== "file",
        );
        if (styled.length) usesFormEncodings = true;
        encoding = encodingEntries([
          // (`value` is what the runtime does with a field it is not told about.)
          ...Object.entries(enc).filter(
            ([wire, how]) =>
              how !== "value" &&
              runtimeDefault(doc, properties[wire]) !== how &&
              !styled.some(([name]) => name === wire),
          ),
          ...styled,
        ]);
      } else if (body.mediaType === FORM) {
        schema = emitter.node(body.schema);
        const listed = Object.entries(formEncoding(doc, body.schema, body.encoding));
        if (listed.length) usesFormEncodings = true;
        encoding = encodingEntries(listed);
      } else if (isRawBody(body)) {
        // Sent as it is: the file's bytes (checked against the media type when it names one)
        // or a scalar's text.
        const mediaTypes = [body.mediaType, ...(body.alsoAs ?? [])];
        schema = emitter.rawBody(body.schema, mediaTypes);
        // Bytes of more than the images core tells by their bytes (Deepgram's `audio/*`): a
        // Buffer or a stream goes as what its first bytes look like (`audio/mpeg`), where it
        // went as `application/octet-stream`, which such a body refuses (probe71).
        if (
          mediaTypes.some(
            (type) =>
              type !== "application/octet-stream" &&
              !type.startsWith("text/") &&
              !SNIFFED_IMAGES.includes(type),
          )
        )
          usesUnsniffedFiles = true;
      } else {
        schema = emitter.node(body.schema);
      }
      const lines = body.lines ? `, lines: ${JSON.stringify(body.lines)}` : "";
      const formData = body.formData ? ", formData: true" : "";
      const json = body.json ? `, json: ${JSON.stringify(body.json)}` : "";
      const fill = body.fill ? `, fill: ${JSON.stringify(body.fill)}` : "";
      fields.push(
        `requestBody: { mediaType: ${JSON.stringify(body.mediaType)}, required: ${body.required}, schema: ${schema}${encoding}${valueToo}${lines}${formData}${json}${fill} }`,
      );
    }
    if (op.response) {
      const schema = answerSchema(op.response.schema, op.response.mediaType);
      const events = op.response.stream;
      const stream = events
        ? `, stream: { schema: ${emitter.node(events.schema)}${
            events.sentinel === undefined ? "" : `, sentinel: ${JSON.stringify(events.sentinel)}`
          } }`
        : "";
      const lines = op.response.lines ? `, lines: ${JSON.stringify(op.response.lines)}` : "";
      const accepts = op.response.accepts
        ? `, accepts: ${JSON.stringify(op.response.accepts)}`
        : "";
      const textToo = op.response.textToo
        ? `, textToo: ${JSON.stringify(op.response.textToo)}`
        : "";
      fields.push(
        `response: { status: ${JSON.stringify(op.response.status)}, mediaType: ${JSON.stringify(op.response.mediaType)}${schema}${stream}${lines}${accepts}${textToo} }`,
      );
    }
    if (op.otherResponses.length) {
      usesOtherResponses = true;
      const answers = op.otherResponses.map(({ status, mediaType, schema, lines }) =>
        objectEntry(
          status,
          `{ mediaType: ${JSON.stringify(mediaType)}${answerSchema(schema, mediaType)}${lines ? `, lines: ${JSON.stringify(lines)}` : ""} }`,
        ),
      );
      fields.push(`otherResponses: { ${answers.join(", ")} }`);
    }
    const errors = op.errors.flatMap((answer) => {
      const found = classes.get(answer);
      if (found === undefined) return [];
      errorClasses.add(found.name);
      const schema = found.component ? { $ref: componentRef(found.component) } : answer.schema;
      // (`default` under each range it stands for: the runtime looks up a status, then its range.)
      const entry = `[${found.name}, ${emitter.node(schema)}]`;
      return (answer.covers ?? [answer.status]).map((status) => objectEntry(status, entry));
    });
    if (errors.length) fields.push(`errors: { ${errors.join(", ")} }`);
    if (timeout !== undefined) fields.push(`timeoutMs: ${timeout}`);
    const idempotencyKey = op.idempotencyKey;
    if (idempotencyKey) {
      usesIdempotencyKeys = true;
      fields.push(`idempotencyKey: ${JSON.stringify(idempotencyKey)}`);
    }
    const selects = fieldSelection(op);
    if (selects) fields.push(`selects: ${JSON.stringify(selects)}`);
    if (op.pagination) fields.push(`pagination: ${JSON.stringify(op.pagination)}`);
    const doc_ = op.summary
      ? `/** ${op.method.toUpperCase()} ${op.path}: ${commentText(op.summary)} */\n`
      : "";
    return `${doc_}export const ${op.ident}: Operation = { ${fields.join(", ")} };`;
  });

  const components = [...emitter.components.values()]
    .sort((a, b) => (a.ident < b.ident ? -1 : a.ident > b.ident ? 1 : 0))
    .map(({ ident, code }) => `export const ${ident}: SchemaNode = ${code};`);
  const usesComponents = components.length > 0;
  const uses: Record<string, boolean> = {
    usesParameters: ops.some((op) => op.parameters.length > 0),
    usesParameterStyles,
    usesCookieParameters: ops.some((op) => op.parameters.some((p) => p.in === "cookie")),
    // A parameter whose name says a comparison (Twilio's `DateSent<`, `dateSentBefore`): folded
    // as a slip is, it would be told the name of another (`dateSent`).
    usesComparisonParameters: ops.some((op) =>
      op.parameters.some((p) => /[<>]/.test(p.name) && p.sdk !== p.name),
    ),
    // A required parameter of one allowed value: sent when the call gives none.
    usesFixedParameters: ops.some((op) => op.parameters.some((p) => p.fixed)),
    usesFormBodies: ops.some((op) => op.requestBody?.mediaType === FORM),
    usesFormEncodings,
    usesEmptyMultipartLists,
    usesOperationServers,
    usesIdempotencyKeys,
    // A JSON answer of no schema: read as JSON all the same, an empty one as nothing.
    usesSchemalessJsonAnswers,
    usesErrorClasses: errorClasses.size > 0,
    // More than one server for the whole API: the client's `serverIdx` may pick another.
    usesServerIndex: servers.length > 1,
    usesOtherResponses,
    usesFileOrValueFields,
    usesUnsniffedFiles,
    // A multipart body of more than one file field: one file given to two of them.
    usesSeveralFileFields,
    usesEventStreams: ops.some((op) => op.response?.stream !== undefined),
    usesPositionalArguments: ops.some((op) => op.positional !== undefined),
    // A list the client's method can walk page by page (`for await`).
    usesPagination: ops.some((op) => op.pagination !== undefined),
    usesOtherAuth: ops.some((op) => op.auth !== undefined),
    usesCredentialSets: ops.some((op) => op.credentials !== undefined),
    usesServerVariables: variables.length > 0,
    usesRawBodies: ops.some((op) => op.requestBody && isRawBody(op.requestBody)),
    // A JSON body, which a caller may send as a JSON type of its own (LaunchDarkly's semantic
    // patch: `application/json; domain-model=launchdarkly.semanticpatch`).
    usesJsonBodies: ops.some((op) => op.requestBody && isJsonBody(op.requestBody)),
    usesJsonSequences: ops.some((op) => op.requestBody?.lines !== undefined),
    usesJsonSequenceAnswers: ops.some((op) =>
      [op.response, ...op.otherResponses].some((answer) => answer?.lines !== undefined),
    ),
    // A `stream` switch with no event stream declared: events that come are refused unread.
    usesUndeclaredEventStreams: ops.some((op) =>
      undeclaredEventStream(doc, op.requestBody, op.response),
    ),
    // A JSON answer the spec also offers as a JSON sequence, which is not read: named when it comes.
    usesJsonSequenceInstead: ops.some((op) => op.response?.linesInstead !== undefined),
    // Text a JSON answer may come as instead (`text/plain` by a `response_format`).
    usesTextBesideJson: ops.some((op) => op.response?.textToo !== undefined),
    // Operations fetch cannot send at all: TRACE. (A body on GET or HEAD is left out by
    // `normalize`.)
    usesMethodsFetchRefuses: ops.some((op) => op.method === "trace"),
    usesNestedFiles: usesNestedFiles(doc, ops),
    // A multipart body the spec gives no fields (a bare file, a list): nothing names its parts.
    usesFieldlessMultipart: ops.some((op) => op.requestBody?.formData),
    // Root fields of one value, which their default is: sent when the call gives none.
    usesFilledFields: ops.some((op) => op.requestBody?.fill),
    // A multipart body written as an `allOf`, whose parts may declare its files (Discord's).
    usesMultipartAllOf: ops.some((op) => {
      const schema =
        op.requestBody?.mediaType === "multipart/form-data" && deref(doc, op.requestBody.schema);
      return isObject(schema) && schema.allOf !== undefined;
    }),
    // Error answers in RFC 9457's problem details, or holding a list of errors: their messages.
    usesProblemDetails: ops.some((op) =>
      op.errors.some(
        (e) =>
          /problem\+json/.test(e.contentKey) ||
          ["detail", "errors", "title", "description"].some(
            (name) => name in objectProperties(doc, e.schema),
          ),
      ),
    ),
    // A multipart body also taken as JSON: a call without files goes as JSON.
    usesJsonOrMultipart: ops.some(
      (op) =>
        op.requestBody?.json !== undefined && op.requestBody.mediaType === "multipart/form-data",
    ),
    // Bytes also taken as JSON (Deepgram's audio, or `{ url }`): anything but a file goes as JSON.
    usesJsonOrBytes: ops.some(
      (op) => op.requestBody?.json !== undefined && isRawBody(op.requestBody),
    ),
    // A query parameter that picks the answer's fields: answers to a call that gives it lack
    // fields the spec requires.
    usesFieldSelection: ops.some((op) => fieldSelection(op) !== undefined),
    // Answers of bytes; or an answer the spec gives no body under a status that has one (Fish
    // Audio's `POST /v1/tts`, a 200 documented with no content, answers `audio/mpeg`, probe76):
    // bytes that come there are handed over as bytes, not decoded as text past recovering.
    usesNonJsonResponses: ops.some((op) =>
      op.response?.mediaType
        ? isNonJsonAnswer(op.response.mediaType)
        : op.response !== undefined && !/^20[45]$/.test(op.response.status),
    ),
  };
  for (const [name, keywords] of Object.entries(RULE_FLAGS))
    uses[name] = keywords.some((k) => emitter.keywords.has(k));
  const flags = Object.entries(uses).map(([name, used]) => `export const ${name} = ${used};`);
  const formats = [...emitter.formats]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([format, pattern]) => objectEntry(format, pattern));
  const schemes = credentialSchemes(ops);
  const rules = [
    "/**",
    " * Whether this spec uses each of the rarer features: parameters (those written in other",
    " * than their location's default style, cookies), several servers, operations with servers",
    " * of their own, keys placed other than as a bearer token, more than one kind of 2XX answer,",
    " * form bodies (with fields written in a style or as JSON), multipart lists that may be",
    " * empty, event streams, methods that take their arguments one by one, raw (neither JSON nor",
    " * form) request bodies, files where only JSON goes, multipart bodies without fields, answers",
    " * that are not JSON, operations fetch cannot send as written (a body on GET, TRACE), and the",
    " * rarer schema rules.",
    " * The runtime has code for a feature only where its constant is true, so a bundle carries",
    " * none for the features its spec never uses.",
    " */",
    ...flags,
    "",
    "/** The string formats this spec's schemas use that the runtime checks, and how. */",
    `export const formatPatterns: { readonly [format: string]: RegExp } = { ${formats.join(", ")} };`,
    "",
    "/**",
    " * The spec's servers, variables at their defaults: requests go to the first, or to the one",
    " * the client's `serverIdx` picks, unless it is given a `serverURL`.",
    " */",
    `export const serverList: readonly string[] = ${JSON.stringify(servers)};`,
    "",
    "/**",
    " * The environment variable a client given no `apiKey` reads its key from (Node, Deno), named",
    " * after the API's host; none where the spec declares no security or names no host.",
    " */",
    `export const apiKeyVariable: string | undefined = ${JSON.stringify(apiKeyVariable(doc, servers[0]!))};`,
    "",
    "/**",
    " * The variables of the servers a client option sets (`new Orq({ region })`), by option, and",
    " * the servers as written with them (`https://{region}.example.com`), in `serverList`'s order.",
    " */",
    `export const serverVariables: { readonly [option: string]: ServerVariable } = ${JSON.stringify(
      Object.fromEntries(
        variables.map(({ option, description: _, ...variable }) => [option, variable]),
      ),
    )};`,
    `export const serverTemplates: readonly string[] = ${JSON.stringify(
      variables.length ? serverList(doc.servers, new Set(variables.map((v) => v.name))) : [],
    )};`,
    "",
    "/** The client options that set the servers' variables (see `serverVariables`). */",
    `export type ServerVariableOptions = {${variables
      .map(
        (v) =>
          `\n/** ${commentText(
            [
              v.description,
              v.enum ? `One of ${v.enum.map((e) => JSON.stringify(e)).join(", ")}.` : undefined,
              `Default: ${JSON.stringify(v.default)}.`,
            ]
              .filter(Boolean)
              .join(" "),
          )} */\n${v.option}?: ${v.enum ? v.enum.map((e) => JSON.stringify(e)).join(" | ") : "string"} | undefined;`,
      )
      .join("")}};`,
    "",
    "/**",
    " * The security schemes the client's `credentials` fill, by the spec's names: a name not among",
    " * them (`oauth2` for `OAuth2`) is refused when the client is made, not sent as no key at all.",
    " */",
    `export const credentialSchemes: readonly string[] = ${JSON.stringify(schemes)};`,
    "",
    "/** The same names as a type, so that `credentials` with a name the spec lacks does not compile. */",
    `export type CredentialScheme = ${schemes.map((s) => JSON.stringify(s)).join(" | ") || "never"};`,
    "",
    "/**",
    " * What `createOrqClient` needs to know of an operation, by method and path as openapi-fetch",
    " * takes them, where openapi-fetch alone would get it wrong (see `WireCall`): a body that is",
    " * not JSON, a key that is not a bearer token, an answer that is not JSON.",
    " */",
    `export const wireCalls: { readonly [operation: string]: WireCall } = ${JSON.stringify(
      Object.fromEntries(
        ops.flatMap((op) => {
          const call = wireCall(doc, op);
          return Object.keys(call).length ? [[`${op.method.toUpperCase()} ${op.path}`, call]] : [];
        }),
      ),
    )};`,
  ].join("\n");
  const errorImports = errorClasses.size
    ? `import { ${[...errorClasses].sort().join(", ")} } from "./errors.js";\n`
    : "";
  const schemaImports = usesComponents
    ? `import { ${[...emitter.components.values()]
        .map((c) => c.ident)
        .sort()
        .join(", ")} } from "./schemas.js";\n`
    : "";
  return {
    operations: `import type { Operation } from "./contract.js";\n${errorImports}${schemaImports}\n${entries.join("\n\n")}\n`,
    schemas: `import type { SchemaNode, ServerVariable, WireCall } from "./contract.js";\n\n${rules}\n\n${components.join("\n\n")}\n`,
  };
}

/** The schemes of every operation's credential sets, each once, in the order first met. */
function credentialSchemes(ops: CollectedOperation[]): string[] {
  return [
    ...new Set(ops.flatMap((op) => op.credentials?.sets.flat().map((p) => p.securityScheme) ?? [])),
  ];
}

const FORM = "application/x-www-form-urlencoded";
const STYLES: readonly string[] = [
  "matrix",
  "label",
  "simple",
  "form",
  "spaceDelimited",
  "pipeDelimited",
  "deepObject",
] satisfies Style[];

/** ` key: value` for each field, each value as JSON: the tail of an object literal. */
function objectFields(fields: object): string {
  return Object.entries(fields)
    .map(([key, value]) => `, ${key}: ${JSON.stringify(value)}`)
    .join("");
}

/**
 * How a parameter is written, as the table has it: only what differs from the defaults
 * (§ 4.8.12.3: `simple` in a path or a header, `form` in a query or a cookie; `explode` true for
 * `form` alone). `explode` means nothing for a scalar, and `allowReserved` outside a query, so
 * neither is kept there; a style the spec does not define is the default.
 */
function parameterSerialization(
  doc: Document,
  p: CollectedParameter,
): Pick<Parameter, "style" | "explode" | "allowReserved" | "content"> {
  if (p.content) return { content: p.content };
  const base = p.in === "path" || p.in === "header" ? "simple" : "form";
  return {
    ...styleFields(p, base, isScalar(doc, p.schema)),
    ...(p.allowReserved && p.in === "query" && { allowReserved: true }),
  };
}

/** `style` and `explode` when they differ from `base` and its default `explode`. */
function styleFields(
  given: { style?: Json; explode?: Json },
  base: Style,
  scalar: boolean,
): Pick<Serialization, "style" | "explode"> {
  const style = (STYLES.includes(given.style as string) ? given.style : base) as Style;
  const explode = typeof given.explode === "boolean" ? given.explode : style === "form";
  return {
    ...(style !== base && { style }),
    ...(!scalar && explode !== (style === "form") && { explode }),
  };
}

/** A body's `, encoding: { … }` from its listed fields, or nothing when none is listed. */
function encodingEntries(listed: [string, FieldEncoding | Serialization | "json"][]): string {
  return listed.length
    ? `, encoding: { ${listed
        .map(([wire, how]) =>
          objectEntry(
            wire,
            typeof how === "string" ? JSON.stringify(how) : `{${objectFields(how).slice(1)} }`,
          ),
        )
        .join(", ")} }`
    : "";
}

/** The media types core tells by a file's first bytes (`core/src/files/sniff-media-type.ts`). */
const SNIFFED_IMAGES = ["image/png", "image/jpeg", "image/webp", "image/gif"];

/**
 * How each field of a form body is written, where the runtime would not do it anyway (§ 4.8.15
 * "Encoding Object"): a field with `style`, `explode` or `allowReserved` is written in that style
 * as a query parameter would be (`{}` for `form`'s defaults, which write an object as its own
 * fields; a scalar comes out the same in every style, so only `allowReserved` is kept for it);
 * one with a JSON `contentType` as JSON text, unless it is an object, which is JSON text anyway.
 *
 * In a `multipart` body, OpenAPI 3.1 lets a style win over the `contentType`; 3.0 says to ignore
 * the style there. A 3.0 spec that writes a style and no `contentType` means it (Stripe's
 * `file_link_data: { style: deepObject }`); one that writes both means the `contentType`
 * (openapi-generator writes `style: form` on every entry: Ideogram's `image_request: {
 * contentType: application/json, style: form }` is one JSON part, not its fields as parts).
 */
function formEncoding(
  doc: Document,
  bodySchema: Json,
  encoding: JsonObject | undefined,
  multipart = false,
): Record<string, Serialization | "json"> {
  const properties = objectProperties(doc, bodySchema);
  const out: Record<string, Serialization | "json"> = {};
  const styleIgnored = (enc: JsonObject) =>
    multipart && String(doc.openapi).startsWith("3.0") && typeof enc.contentType === "string";
  for (const [wire, enc] of Object.entries(encoding ?? {})) {
    if (!isObject(enc)) continue;
    const scalar = isScalar(doc, properties[wire]);
    if (("style" in enc || "explode" in enc || "allowReserved" in enc) && !styleIgnored(enc)) {
      const written: Serialization = {
        ...(!scalar && styleFields(enc, "form", false)),
        ...(enc.allowReserved === true && { allowReserved: true }),
      };
      if (!scalar || written.allowReserved) out[wire] = written;
    } else if (
      typeof enc.contentType === "string" &&
      /^application\/(.+\+)?json$/.test(enc.contentType.trim()) &&
      !typesOf(doc, properties[wire])?.every((t) => t === "object")
    )
      out[wire] = "json";
  }
  return out;
}

/** The schema's types (without `null`), or `undefined` when a union or nothing says. */
function typesOf(doc: Document, schema: Json | undefined): Json[] | undefined {
  const s = deref(doc, schema);
  if (!isObject(s) || s.oneOf || s.anyOf || s.allOf || s.type === undefined) return undefined;
  const types = (Array.isArray(s.type) ? s.type : [s.type]).filter((t) => t !== "null");
  return types.length ? types : undefined;
}

/** Whether every value the schema allows is a string, a number or a boolean. */
function isScalar(doc: Document, schema: Json | undefined): boolean {
  return !!typesOf(doc, schema)?.every((t) => t !== "object" && t !== "array");
}

function numberOr(value: Json | undefined): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * How the runtime sends a multipart field whose encoding the table does not list: an object or
 * array as one JSON text part, anything else as text. Fields whose schema makes that the right
 * encoding for every value they take are left out of the table; `undefined` when it depends on
 * the value (a union, an untyped schema).
 */
function runtimeDefault(doc: Document, schema: Json | undefined): FieldEncoding | undefined {
  const s = deref(doc, schema);
  if (!isObject(s) || s.oneOf || s.anyOf || s.allOf) return undefined;
  const types = (Array.isArray(s.type) ? s.type : [s.type]).filter((t) => t !== "null");
  if (isBinary(s) || s.contentMediaType !== undefined || !types.length) return undefined;
  if (types.every((t) => t === "object" || t === "array")) return "json";
  if (types.every((t) => t === "string" || t === "number" || t === "integer" || t === "boolean"))
    return "text";
  return undefined;
}

/**
 * The spec's `servers` (§ 4.8.5) as URLs, in order, each with its variables at their defaults
 * and without a trailing slash; `["/"]` (the spec's own origin, § 4.8.1) when it lists none. The
 * client's `serverIdx` picks one; requests go to the first unless told otherwise.
 * Where it lists none with a host but every operation names its own (Resemble AI's, on each
 * path: `app.resemble.ai/api/v2`, and `f.cluster.resemble.ai` for synthesis), the spec's
 * server is the one most of them name, and the others keep theirs: a client needed a
 * `serverURL`, which then took every operation, synthesis too, to the one host (probe81).
 */
export function serverURLs(doc: Document): string[] {
  const urls = serverList(doc.servers);
  if (urls.some(hasHost)) return urls;
  const own = operationServers(doc);
  if (own.length && own.every((url) => url !== undefined && hasHost(url))) {
    const count = new Map<string, number>();
    for (const url of own) count.set(url!, (count.get(url!) ?? 0) + 1);
    const most = Math.max(...count.values());
    return [[...count].find(([, n]) => n === most)![0]];
  }
  return urls.length ? urls : ["/"];
}

/** Whether a server URL names a host (`https://api.example.com`), not only a path (`/api`). */
function hasHost(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]/i.test(url);
}

/** Each operation's own server (its path's where it has none), in order; undefined for none. */
function operationServers(doc: Document): (string | undefined)[] {
  return pathItems(doc).flatMap(([, item]) =>
    METHODS.flatMap((method) => {
      const op = item[method];
      if (!isObject(op)) return [];
      return [serverURL(ownServers(op, item))];
    }),
  );
}

/** The first server of a `servers` list, as `serverURLs` writes it; `undefined` when none. */
export function serverURL(servers: Json | undefined): string | undefined {
  return serverList(servers)[0];
}

/** `keep`: the variables left as they are written (`{token}`), for the client to fill. */
function serverList(servers: Json | undefined, keep: ReadonlySet<string> = new Set()): string[] {
  return (Array.isArray(servers) ? servers : []).flatMap((server) => {
    if (!isObject(server) || typeof server.url !== "string") return [];
    const variables = isObject(server.variables) ? server.variables : {};
    const url = server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
      if (keep.has(name)) return whole;
      const variable = variables[name];
      return isObject(variable) && typeof variable.default === "string" ? variable.default : whole;
    });
    // A network-path reference (`//app.files.com/api/rest/v1`, RFC 3986 § 4.2) takes the scheme
    // of where the spec is served, which an SDK has none of: APIs are served over https. (Read
    // as a path, it was refused as one with no host.)
    return [url.replace(/\/+$/, "").replace(/^\/\/(?=[^/])/, "https://") || "/"];
  });
}

/**
 * The SDK name of a query parameter that picks which fields the answer holds (Box's, Google's,
 * Jira's `fields`, Microsoft Graph's `$select`): the answer to a call that gives it leaves out
 * fields the spec requires, which the SDK then does not ask for.
 */
function fieldSelection(op: CollectedOperation): string | undefined {
  return op.parameters.find((p) => p.in === "query" && /^(\$?select|fields)$/i.test(p.name))?.sdk;
}

/**
 * What openapi-fetch cannot know of an operation from its types: a body that is not JSON (a
 * form, a JSON sequence, a raw body), where the key goes when not as a bearer token (or that
 * none does), and how to read an answer that is not JSON (`text`, or a `stream` of bytes or
 * events, as the typed client reads them).
 */
function wireCall(doc: Document, op: CollectedOperation): WireCall {
  const body = op.requestBody;
  const answer = op.response;
  const schema = answer?.schema === undefined ? undefined : deref(doc, answer.schema);
  const parseAs =
    !answer || (answer.stream && answer.schema !== undefined)
      ? undefined
      : answer.stream || (isObject(schema) && isBinary(schema))
        ? "stream"
        : answer.mediaType && isNonJsonAnswer(answer.mediaType)
          ? "text"
          : undefined;
  // Query parameters written otherwise than the location's default (`explode: false` lists,
  // Xero's `IDs=a,b`; `allowReserved`; JSON `content`), by wire name, as the operation's table
  // writes them.
  const query = Object.fromEntries(
    op.parameters.flatMap((p) => {
      const written = p.in === "query" ? parameterSerialization(doc, p) : {};
      return Object.keys(written).length ? [[p.name, written]] : [];
    }),
  );
  return {
    ...(body &&
      (body.mediaType === FORM ||
        body.mediaType === "multipart/form-data" ||
        body.lines !== undefined ||
        isRawBody(body)) && {
        body: body.lines
          ? { mediaType: body.mediaType, lines: body.lines }
          : { mediaType: body.mediaType },
      }),
    ...(op.auth !== undefined && { auth: op.auth }),
    ...(parseAs && { parseAs }),
    ...(Object.keys(query).length && { query }),
  };
}

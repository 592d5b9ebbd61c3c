import { deref, isObject, type Document, type Json } from "../document.js";
import { commentText, objectEntry } from "../emit/code.js";
import { isNonJsonAnswer, isRawBody, type CollectedOperation } from "./collect-operations.js";
import { multipartEncoding, objectProperties, type FieldEncoding } from "./multipart-encoding.js";
import { RULE_FLAGS, SchemaNodeEmitter } from "./schema-nodes.js";

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
): { operations: string; schemas: string } {
  const emitter = new SchemaNodeEmitter(
    doc,
    ops.map((op) => op.ident),
  );
  const timeout = numberOr(doc["x-speakeasy-timeout"]);
  const entries = ops.map((op) => {
    const fields: string[] = [
      `operationId: ${JSON.stringify(op.operationId)}`,
      `method: ${JSON.stringify(op.method)}`,
      `path: ${JSON.stringify(op.path)}`,
      `sdkName: ${JSON.stringify(op.sdkName.join("."))}`,
    ];
    if (op.parameters.length) {
      const params = op.parameters.map(
        (p) =>
          `{ name: ${JSON.stringify(p.name)}, sdk: ${JSON.stringify(p.sdk)}, in: ${JSON.stringify(p.in)}, ` +
          `required: ${p.required}, schema: ${emitter.node(p.schema)} }`,
      );
      fields.push(`parameters: [${params.join(", ")}]`);
    }
    if (op.auth !== undefined) fields.push(`auth: ${JSON.stringify(op.auth)}`);
    const body = op.requestBody;
    if (body) {
      let schema: string;
      let encoding = "";
      if (body.mediaType === "multipart/form-data") {
        const { fields: enc, files } = multipartEncoding(doc, body.schema, body.encoding);
        schema = emitter.multipartBody(body.schema, files);
        const properties = objectProperties(doc, body.schema);
        const listed = Object.entries(enc).filter(
          ([wire, how]) => runtimeDefault(doc, properties[wire]) !== how,
        );
        if (listed.length)
          encoding = `, encoding: { ${listed
            .map(([wire, how]) => objectEntry(wire, JSON.stringify(how)))
            .join(", ")} }`;
      } else if (isRawBody(body.mediaType)) {
        // Sent as it is: the file's bytes (checked against the media type when it names one)
        // or a scalar's text.
        schema = emitter.rawBody(body.schema, body.mediaType);
      } else {
        schema = emitter.node(body.schema);
      }
      fields.push(
        `requestBody: { mediaType: ${JSON.stringify(body.mediaType)}, required: ${body.required}, schema: ${schema}${encoding} }`,
      );
    }
    if (op.response) {
      const schema =
        op.response.schema === undefined ? "" : `, schema: ${emitter.node(op.response.schema)}`;
      const events = op.response.stream;
      const stream = events
        ? `, stream: { schema: ${emitter.node(events.schema)}${
            events.sentinel === undefined ? "" : `, sentinel: ${JSON.stringify(events.sentinel)}`
          } }`
        : "";
      fields.push(
        `response: { status: ${JSON.stringify(op.response.status)}, mediaType: ${JSON.stringify(op.response.mediaType)}${schema}${stream} }`,
      );
    }
    if (timeout !== undefined) fields.push(`timeoutMs: ${timeout}`);
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
    usesFormBodies: ops.some(
      (op) => op.requestBody?.mediaType === "application/x-www-form-urlencoded",
    ),
    usesEventStreams: ops.some((op) => op.response?.stream !== undefined),
    usesOtherAuth: ops.some((op) => op.auth !== undefined),
    usesRawBodies: ops.some((op) => op.requestBody && isRawBody(op.requestBody.mediaType)),
    usesNonJsonResponses: ops.some(
      (op) => !!op.response?.mediaType && isNonJsonAnswer(op.response.mediaType),
    ),
  };
  for (const [name, keywords] of Object.entries(RULE_FLAGS))
    uses[name] = keywords.some((k) => emitter.keywords.has(k));
  const flags = Object.entries(uses).map(([name, used]) => `export const ${name} = ${used};`);
  const formats = [...emitter.formats]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([format, pattern]) => objectEntry(format, pattern));
  const rules = [
    "/**",
    " * Whether this spec uses each of the rarer features: parameters, keys placed other than as",
    " * a bearer token, form bodies, event streams,",
    " * raw (neither JSON nor form) request bodies, answers that are not JSON, and the rarer",
    " * schema rules. The runtime has code for a feature only where its constant is true, so a",
    " * bundle carries none for the features its spec never uses.",
    " */",
    ...flags,
    "",
    "/** The string formats this spec's schemas use that the runtime checks, and how. */",
    `export const formatPatterns: { readonly [format: string]: RegExp } = { ${formats.join(", ")} };`,
    "",
    "/** Where requests go unless the client is given a `serverURL`: the spec's first server. */",
    `export const defaultServerURL = ${JSON.stringify(defaultServerURL(doc))};`,
  ].join("\n");
  const schemaImports = usesComponents
    ? `import { ${[...emitter.components.values()]
        .map((c) => c.ident)
        .sort()
        .join(", ")} } from "./schemas.js";\n`
    : "";
  return {
    operations: `import type { Operation } from "./contract.js";\n${schemaImports}\n${entries.join("\n\n")}\n`,
    schemas: `import type { SchemaNode } from "./contract.js";\n\n${rules}\n\n${components.join("\n\n")}\n`,
  };
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
  if (s.format === "binary" || s.contentMediaType !== undefined || !types.length) return undefined;
  if (types.every((t) => t === "object" || t === "array")) return "json";
  if (types.every((t) => t === "string" || t === "number" || t === "integer" || t === "boolean"))
    return "text";
  return undefined;
}

/**
 * The first of the spec's `servers` (§ 4.8.5), its variables at their defaults, without a
 * trailing slash; "/" (the spec's own origin, § 4.8.1) when it lists none.
 */
export function defaultServerURL(doc: Document): string {
  const server = Array.isArray(doc.servers) ? doc.servers.find(isObject) : undefined;
  if (!server || typeof server.url !== "string") return "/";
  const variables = isObject(server.variables) ? server.variables : {};
  const url = server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const variable = variables[name];
    return isObject(variable) && typeof variable.default === "string" ? variable.default : whole;
  });
  return url.replace(/\/+$/, "") || "/";
}

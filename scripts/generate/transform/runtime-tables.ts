import type { Document, Json } from "../document.js";
import { commentText, objectEntry } from "../emit/code.js";
import type { CollectedOperation } from "./collect-operations.js";
import { multipartEncoding } from "./multipart-encoding.js";
import { SchemaNodeEmitter } from "./schema-nodes.js";

/**
 * The data the runtime needs that types cannot carry, as plain tables (octokit's endpoint
 * tables are the model): `operations.ts`, one entry per operation with its method, path,
 * resource name, parameters, body media type and multipart encoding, and the schemas it is
 * validated and renamed by; `schemas.ts`, the component schemas they share.
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
    const body = op.requestBody;
    if (body) {
      let schema: string;
      let encoding = "";
      if (body.mediaType === "multipart/form-data") {
        const { fields: enc, files } = multipartEncoding(doc, body.schema, body.encoding);
        schema = emitter.multipartBody(body.schema, files);
        encoding = `, encoding: { ${Object.entries(enc)
          .map(([wire, how]) => objectEntry(wire, JSON.stringify(how)))
          .join(", ")} }`;
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
      fields.push(
        `response: { status: ${JSON.stringify(op.response.status)}, mediaType: ${JSON.stringify(op.response.mediaType)}${schema} }`,
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
  const schemaImports = usesComponents
    ? `import { ${[...emitter.components.values()]
        .map((c) => c.ident)
        .sort()
        .join(", ")} } from "./schemas.js";\n`
    : "";
  return {
    operations: `import type { Operation } from "./contract.js";\n${schemaImports}\n${entries.join("\n\n")}\n`,
    schemas: `import type { SchemaNode } from "./contract.js";\n\n${components.join("\n\n")}\n${usesComponents ? "" : "export {};\n"}`,
  };
}

function numberOr(value: Json | undefined): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : undefined;
}

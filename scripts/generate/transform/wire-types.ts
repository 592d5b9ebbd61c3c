import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import type { Document } from "../document.js";

/**
 * TypeScript types of the API as it is on the wire (openapi-typescript's `paths`,
 * `components`, `operations`), which openapi-fetch's `createOrqClient` is typed by.
 * A binary field is a `Blob`, what `FormData` takes.
 */
export async function wireTypes(doc: Document): Promise<string> {
  const ast = await openapiTS(structuredClone(doc) as never, {
    transform(schema) {
      if (schema.format === "binary") return ts.factory.createTypeReferenceNode("Blob");
      return undefined;
    },
  });
  return astToString(ast);
}

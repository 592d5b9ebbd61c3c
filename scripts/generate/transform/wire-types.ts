import type { Document } from "../document.js";
import { openapiTypes } from "./openapi-types.js";

/**
 * TypeScript types of the API as it is on the wire (openapi-typescript's `paths`,
 * `components`, `operations`), which openapi-fetch's `createOrqClient` is typed by.
 * A binary field is a `Blob`, what `FormData` takes.
 */
export function wireTypes(doc: Document): string {
  return openapiTypes(structuredClone(doc), "Blob");
}

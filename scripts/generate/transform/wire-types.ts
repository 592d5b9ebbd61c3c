import type { Document } from "../document.js";
import { openapiTypes } from "./openapi-types.js";

/**
 * TypeScript types of the API as it is on the wire (openapi-typescript's `paths`,
 * `components`, `operations`), which openapi-fetch's `createOrqClient` is typed by.
 * A binary field is a `Blob`, what `FormData` takes; a raw body's file is any of what
 * `createOrqClient` sends as bytes (`withWireBody`): a Node `Readable` was a type error.
 */
export function wireTypes(doc: Document): string {
  const types = openapiTypes(structuredClone(doc), "Blob", {
    dates: false,
    optionalTakesUndefined: false,
    rawBody: "RawBody",
  });
  return types.includes("RawBody")
    ? `/** A raw body's bytes, as \`createOrqClient\` sends them. */\nexport type RawBody = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;\n\n${types}`
    : types;
}

import { eachObjectAt, type Document, type Json } from "../document.js";
import { droppedEnumValues } from "./normalize.js";

/**
 * Where the spec lists `enum` values of another type than the schema's, beside values of its
 * type (Shutterstock's `aspect_ratio: { type: string, enum: [43, 169, "nonstandard"] }`): the
 * SDK leaves them out, as no value of them can be valid, and `pnpm generate` says so, naming the
 * place and the values, so that a spec's slip (`4_3` written `43`) is seen, not silently lost.
 */
export function droppedEnumWarnings(doc: Document): string[] {
  const found: string[] = [];
  eachObjectAt(doc as Json, (at, pointer) => {
    const dropped = droppedEnumValues(at);
    if (dropped?.length)
      found.push(
        `${pointer}: enum values ${dropped.map((v) => JSON.stringify(v)).join(", ")} are not of its type ${[at.type].flat().join(" or ")}: the SDK leaves them out`,
      );
  });
  return found;
}

import { deref, isObject, type Document } from "../document.js";
import type { CollectedOperation } from "./collect-operations.js";
import { typeList } from "./schema-nodes.js";

const KEY_NAME = /(^|[-_])idempotency[-_]?key$/i;

/**
 * The header an operation declares for an idempotency key, optional to give (Adyen's
 * `Idempotency-Key` on its payments, Svix's `idempotency-key`, Mastodon's on a new status): a
 * call without one is sent a random key, the same on every attempt, so that a retry after a
 * timeout or a 5XX (sent again by default) cannot make a payment twice. Only where a UUID fits
 * the parameter's schema (a string, no pattern or enum, room for 36 characters) and the method
 * writes: a key on a read says nothing. A required key is the caller's to give.
 */
export function idempotencyHeader(
  doc: Document,
  op: Pick<CollectedOperation, "method" | "parameters">,
): string | undefined {
  if (op.method === "get" || op.method === "head" || op.method === "options") return undefined;
  const found = op.parameters.find(
    (p) => p.in === "header" && !p.required && KEY_NAME.test(p.name),
  );
  const schema = found && deref(doc, found.schema);
  if (!found || !isObject(schema)) return undefined;
  // (3.1 writes a nullable one `type: [string, "null"]`: null is no key, and one is sent.)
  const types = typeList(schema);
  const fits =
    (!types.length || types.includes("string")) &&
    types.every((t) => t === "string" || t === "null") &&
    schema.enum === undefined &&
    schema.const === undefined &&
    schema.pattern === undefined &&
    (typeof schema.maxLength !== "number" || schema.maxLength >= 36) &&
    (typeof schema.minLength !== "number" || schema.minLength <= 36) &&
    (schema.format === undefined || schema.format === "uuid");
  return fits ? found.name : undefined;
}

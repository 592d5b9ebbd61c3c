import {
  deref,
  eachObjectAt,
  isObject,
  type Document,
  type Json,
  type JsonObject,
} from "../document.js";

/**
 * Where a schema's `default` is none of its `enum` values (Smallest's `sample_rate: { enum:
 * [8000, 16000, 22050, 44100], default: 24000 }`): `pnpm generate` says so, naming the place and
 * both, as the SDK's types and checks follow the enum (a caller who passes the documented
 * default is refused before sending), and one of the two is the spec's slip. A `null` default of
 * a nullable schema is its own value.
 */
export function defaultOutsideEnumWarnings(doc: Document): string[] {
  const found: string[] = [];
  eachObjectAt(doc as Json, (at, pointer) => {
    // (Or of the enum its `$ref` names, the default written beside it: Smallest's
    // `sample_rate: { $ref: TtsRequestSampleRate, default: 44100 }`, whose enum is of texts.)
    const own = at.default !== undefined ? enumSchema(doc, at) : undefined;
    if (own && !takes(own, at.default!))
      found.push(
        `${pointer}: its default ${JSON.stringify(at.default)} is none of its enum values (${(own.enum as Json[]).map((v) => JSON.stringify(v)).join(", ")}): the SDK refuses it before sending`,
      );
  });
  return found;
}

/** The schema whose `enum` a default is checked against: its own, or its `$ref`'s. */
function enumSchema(doc: Document, schema: JsonObject): JsonObject | undefined {
  if (Array.isArray(schema.enum)) return schema;
  if (typeof schema.$ref !== "string") return undefined;
  try {
    const target = deref(doc, schema);
    return isObject(target) && Array.isArray(target.enum) ? target : undefined;
  } catch {
    return undefined; // (A `$ref` that leads nowhere is reported where the schema is read.)
  }
}

function takes(schema: JsonObject, value: Json): boolean {
  if (value === null && (schema.nullable === true || [schema.type].flat().includes("null")))
    return true;
  const text = JSON.stringify(value);
  return (schema.enum as Json[]).some((v) => JSON.stringify(v) === text);
}

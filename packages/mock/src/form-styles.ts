import { escapePointerSegment, isObject, type JsonObject, type SpecDocument } from "./document.js";
import type { FormPart, TextPart } from "./multipart.js";
import { arrayItemSchemas, objectMembers, propertySchema } from "./schema-info.js";
import {
  bracketPath,
  nestMembers,
  pairsToObject,
  setOwn,
  shapeBySchema,
  splitItems,
  valueShape,
} from "./styles.js";
import { decodeScalar } from "./text-value.js";
import type { ValidationErrorDetail } from "./types.js";
import { formDecode } from "./urlencoded.js";

export interface StyledFields {
  /** The properties read by their style, decoded by the schema. */
  values: Map<string, unknown>;
  /** The parts no style claimed, for the usual per-field decoding. */
  rest: FormPart[];
}

/**
 * The fields of a urlencoded body whose `encoding` gives a `style`, `explode` or
 * `allowReserved` (OpenAPI § "Encoding Object": then they are serialized as query parameters of
 * that style, and `contentType` is ignored): `deepObject` (`address[city]=Paris`), `form`
 * exploded (an object's properties as fields of their own) or not (`k,v,k,v`; lists `a,b`), and
 * the delimited styles. Other fields keep their usual reading (JSON for a JSON `contentType`,
 * repeated fields as a list).
 */
export function readStyledFields(
  doc: SpecDocument,
  schema: JsonObject,
  encoding: JsonObject,
  parts: FormPart[],
  errors: ValidationErrorDetail[],
  multipart = false,
): StyledFields {
  const values = new Map<string, unknown>();
  const claimed = new Set<FormPart>();
  // (A 3.0 multipart field with a `contentType` too is read by that: see `decodeForm`.)
  const styleIgnored = (how: JsonObject) =>
    multipart && doc.openapi.startsWith("3.0") && typeof how.contentType === "string";
  const styled = Object.entries(encoding).flatMap(([name, how]): Array<[string, JsonObject]> =>
    isObject(how) &&
    ["style", "explode", "allowReserved"].some((key) => key in how) &&
    !styleIgnored(how)
      ? [[name, how]]
      : [],
  );
  const texts = parts.filter((part): part is TextPart => part.kind === "text");
  // Fields that are the body's own properties, or members of a deepObject one, are not free
  // fields an open exploded object could take.
  const bodyProperties = objectMembers(doc, schema).names;
  const deepMember = (name: string) =>
    styled.some(([prop, how]) => how.style === "deepObject" && bracketPath(name, prop));

  for (const [name, how] of styled) {
    const propSchema = propertySchema(doc, schema, name);
    const style = typeof how.style === "string" ? how.style : "form";
    const explode = typeof how.explode === "boolean" ? how.explode : style === "form";
    const shape = valueShape(doc, propSchema);
    const path = "/" + escapePointerSegment(name);
    const leaf = (leafSchema: unknown, text: string, at: string) =>
      decodeScalar(doc, leafSchema, text, at, errors, false);
    const take = (picked: TextPart[]) => picked.forEach((part) => claimed.add(part));

    if (style === "deepObject") {
      const members = texts.filter((part) => bracketPath(part.name, name) !== undefined);
      if (members.length > 0) {
        take(members);
        const nested = nestMembers(members.map((p) => [bracketPath(p.name, name)!, p.value]));
        values.set(name, shapeBySchema(doc, propSchema, nested, leaf, path));
        continue;
      }
    } else if (shape === "object" && explode) {
      const members = objectMembers(doc, propSchema);
      const fields = texts.filter(
        (part) =>
          !claimed.has(part) &&
          (members.names.has(part.name) ||
            (members.open && !bodyProperties.has(part.name) && !deepMember(part.name))),
      );
      if (fields.length > 0) {
        take(fields);
        const object: Record<string, unknown> = {};
        for (const part of fields) {
          const seen = Object.hasOwn(object, part.name) ? object[part.name] : undefined;
          setOwn(object, part.name, seen === undefined ? part.value : [seen, part.value].flat());
        }
        values.set(name, shapeBySchema(doc, propSchema, object, leaf, path));
        continue;
      }
    }

    const own = texts.filter((part) => part.name === name && !claimed.has(part));
    if (own.length === 0) continue;
    take(own);
    const items = (part: TextPart) => splitItems(part.raw ?? part.value, style).map(formDecode);
    if (shape === "array") {
      // A list under its bare name, repeated (exploded, as deepObject is) or in one field.
      const itemSchema = arrayItemSchemas(doc, propSchema)[0];
      const list =
        (explode || style === "deepObject") && !(own.length === 1 && own[0]!.value === "")
          ? own.map((part) => part.value)
          : own.flatMap(items);
      // An item that is an object or a list is its JSON text, as the SDK writes a nested value
      // (probe36 F8: Ideogram's `color_palette.members`).
      values.set(
        name,
        list.map((text, i) => decodeScalar(doc, itemSchema, text, `${path}/${i}`, errors, true)),
      );
    } else if (shape === "object" && style !== "deepObject") {
      values.set(
        name,
        shapeBySchema(doc, propSchema, pairsToObject(own.flatMap(items)), leaf, path),
      );
    } else {
      const decoded = own.map((part, i) =>
        leaf(propSchema, part.value, own.length > 1 ? `${path}/${i}` : path),
      );
      values.set(name, decoded.length === 1 ? decoded[0] : decoded);
    }
  }
  return { values, rest: parts.filter((part) => !claimed.has(part as TextPart)) };
}

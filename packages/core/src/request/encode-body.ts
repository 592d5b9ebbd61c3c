import type { Operation } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";
import type { FilePart } from "../files/file-part.js";
import type { Part, ReplayableBody } from "../multipart/part.js";
import { encodeForm } from "./encode-form.js";
import { percentEncode, writeStyle } from "./write-style.js";
import { writeJsonSequence } from "./json-sequence.js";
import { isRawBody } from "./media-types.js";
import { resolve, withParts } from "../schema/resolve.js";

/**
 * Puts a checked, wire-named body into the operation's media type. Multipart: scalars as text
 * parts, objects and arrays of objects as one JSON text part each, files as file parts, an array
 * of files or scalars as repeated parts; only fields the caller set, in the schema's order.
 * A null has no form field, so a null field is left out (the server's default applies), unless
 * the spec takes the body as JSON too and the call has no files: then it goes as JSON.
 */
export function encodeBody(
  body: NonNullable<Operation["requestBody"]>,
  wire: unknown,
  files: Map<unknown, FilePart>,
  encodeMultipart: (parts: readonly Part[]) => ReplayableBody,
): ReplayableBody {
  // A body the spec takes as JSON too goes so when the call has no files: a multipart body's
  // fields, or, where bytes are offered beside JSON, anything but a file (one expression, so
  // that a spec without such bodies keeps only the constant).
  const mediaType =
    (spec.usesJsonOrMultipart || spec.usesJsonOrBytes) && body.json && !files.size
      ? body.json
      : body.mediaType;
  if (mediaType === "multipart/form-data") {
    const parts: Part[] = [];
    // Parts go in the order the schema declares the fields (servers may read them as they come:
    // Box wants `attributes` before `file`), then any others as given; not in the order the
    // caller's object happened to list them.
    // (The fields of `allOf` parts too, in a spec with them: tested here as well as in
    // `withParts`, so that a bundle without `allOf` keeps only the plain expression.)
    // (A body offered as JSON of other fields too is their union, the multipart one first:
    // its order is that one's. Written out in each branch: as a variable of its own, it stayed
    // in bundles of specs without such bodies.)
    const order = spec.usesAllOf
      ? withParts(
          spec.usesJsonOrMultipart && body.json
            ? (resolve(body.schema).oneOf?.[0] ?? body.schema)
            : body.schema,
        ).flatMap((node) => Object.keys(node.properties ?? {}))
      : Object.keys(
          resolve(
            spec.usesJsonOrMultipart && body.json
              ? (resolve(body.schema).oneOf?.[0] ?? body.schema)
              : body.schema,
          ).properties ?? {},
        );
    const rank = ([name]: [string, unknown]) => order.indexOf(name) >>> 0;
    for (const [name, value] of Object.entries(wire as object).sort((a, b) => rank(a) - rank(b))) {
      // Unlisted fields: an object or array as one JSON text part, a scalar as a text part.
      const how = body.encoding?.[name];
      // A field with a style (OpenAPI 3.1 § 4.8.15; Stripe's `file_link_data: { style:
      // deepObject }`): the style's `name=value` pairs, written as a form body's are, each
      // decoded into a text part of its own (`file_link_data[create]`): a part's name and value
      // go as they are.
      if (spec.usesFormEncodings && typeof how === "object") {
        if (value != null)
          for (const pair of writeStyle!(name, value, how, "form", "&", percentEncode!).split(
            "&",
          )) {
            const [key, text] = pair.split("=") as [string, string];
            if (pair)
              parts.push({ name: decodeURIComponent(key), value: decodeURIComponent(text) });
          }
        continue;
      }
      // A list of files or of text values is repeated parts; a null, alone or in a list, sends
      // nothing.
      for (const v of Array.isArray(value) && (how === "file" || how === "text") ? value : [value])
        if (v != null)
          parts.push(
            // A field that may hold a file or something else (`oneOf: [binary, { id }]`) sends
            // the something else as any other value. (One expression, so that a spec without
            // such fields keeps none of it.)
            how === "file" && (!spec.usesFileOrValueFields || files.has(v))
              ? { name, file: files.get(v)! }
              : {
                  name,
                  value: how === "json" || typeof v === "object" ? JSON.stringify(v) : String(v),
                },
          );
    }
    return encodeMultipart(parts);
  }
  // A raw body is a file's bytes, or a scalar's text (`prepareRequest` refuses anything else).
  // (The test written out twice: a minifier folds it away only as part of one expression.)
  if (spec.usesRawBodies && isRawBody(body) && files.has(wire))
    return fileBody(mediaType, files.get(wire)!, resolve(body.schema).mediaTypes);
  const encoded =
    spec.usesRawBodies && isRawBody(body) && !(spec.usesJsonOrBytes && body.json)
      ? String(wire)
      : spec.usesFormBodies && mediaType === "application/x-www-form-urlencoded"
        ? encodeForm!(body, wire as object)
        : spec.usesJsonSequences && body.lines
          ? writeJsonSequence(body, wire)
          : JSON.stringify(wire);
  return { headers: { "content-type": mediaType }, replayable: true, open: () => encoded };
}

/**
 * A raw body that is a file: its bytes, typed as the file is where the spec takes that (a
 * wildcard such as `image/*`, or one of the media types it offers the body in: a PEM file where
 * `application/x-pem-file` is offered beside DER), else as the spec's first media type.
 */
function fileBody(
  mediaType: string,
  file: FilePart,
  offered: readonly string[] | undefined,
): ReplayableBody {
  return {
    headers: {
      "content-type":
        mediaType.includes("*") || offered?.includes(file.contentType)
          ? file.contentType
          : mediaType,
      ...(file.size === undefined ? {} : { "content-length": String(file.size) }),
    },
    replayable: file.replayable,
    // A Blob wherever the bytes can be read again (browsers cannot stream an upload over
    // HTTP/1.1); a one-shot stream is sent as it comes, once.
    open: () => (file.replayable ? file.blob() : file.stream()),
  };
}

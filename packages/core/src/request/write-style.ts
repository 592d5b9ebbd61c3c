import type { Serialization, Style } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";

// Everything here is needed only by a spec with parameters or with form fields written in a
// style, and sits behind those constants: a bundle for any other spec keeps none of it.

/**
 * Percent-encodes all but RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`), as RFC 6570
 * expands a value (`encodeURIComponent` leaves `!'()*` as they are).
 */
export const percentEncode =
  spec.usesParameters || spec.usesFormEncodings
    ? (text: string): string =>
        encodeURIComponent(text).replace(
          /[!'()*]/g,
          (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
        )
    : undefined;

/**
 * `allowReserved`: RFC 3986's reserved characters and `%XX` triples go as they are (RFC 6570's
 * reserved expansion), except those a query cannot hold or a form reads (`[ ] # & = +`), and `'`,
 * which fetch's URL parser encodes in an http(s) query all the same.
 */
export const encodeReserved =
  spec.usesParameterStyles || spec.usesFormEncodings
    ? (text: string): string =>
        text.replace(/%[\dA-Fa-f]{2}|[^\w.~:/?@!$()*,;-]/gu, (c) =>
          c.length === 3 ? c : percentEncode!(c),
        )
    : undefined;

/**
 * A value written in a style (OpenAPI § 4.8.12.4, exactly as its examples table), each name and
 * value percent-encoded by `encode`: the text that stands for it in a path or a header
 * (`blue,black`, `.blue.black`, `;color=blue`), or its `name=value` pairs joined by `between`
 * (`&` in a query or a form, `; ` in a cookie).
 *
 * `how` gives the style (else `base`, the location's) and `explode` (else true for `form` only).
 * Null members are left out, and a value with none (null, `[]`, `{}`: undefined in RFC 6570
 * § 2.3) is written as the table's undefined column says: `;color`, `.`, an empty text, `color=`.
 * A nested value, which the spec leaves undefined, is JSON text; but `deepObject` nests as Stripe
 * reads it: `a[b][c]=v`, a list by index (`a[0]=v`).
 *
 * The styles other than `simple` and `form` are tested under their constants, written out at
 * each use: a minifier folds a constant away only inside one expression.
 */
export const writeStyle =
  spec.usesParameters || spec.usesFormEncodings
    ? (
        name: string,
        value: unknown,
        how: Serialization,
        base: Style,
        between: string,
        encode: (text: string) => string,
      ): string => {
        const style = how.style ?? base;
        const list = Array.isArray(value);
        const object = !list && value !== null && typeof value === "object";
        const members = (
          list ? value.map((v) => [name, v]) : object ? Object.entries(value) : [[name, value]]
        ).filter(([, v]) => v != null) as [string, unknown][];
        const text = (v: unknown) => encode(typeof v === "object" ? JSON.stringify(v) : String(v));
        // matrix and the query styles name each value; label and simple only an object's keys.
        const named = style !== "simple" && style !== "label";
        const prefix =
          (spec.usesParameterStyles || spec.usesFormEncodings) && style === "matrix"
            ? ";"
            : (spec.usesParameterStyles || spec.usesFormEncodings) && style === "label"
              ? "."
              : "";
        // matrix writes an empty value as its name alone (`;color`).
        const item = (key: string | undefined, v: string) =>
          prefix + (key === undefined ? v : encode(key) + (v || prefix !== ";" ? `=${v}` : ""));
        const items =
          (spec.usesParameterStyles || spec.usesFormEncodings) &&
          style === "deepObject" &&
          (list || object)
            ? // An object with no members writes nothing (the table has no cell for it; `filter=`
              // would be a string where the server reads an object).
              writeDeep!(encode(name), value, text, encode)
            : (how.explode ?? style === "form") && (list || object) && members.length
              ? members.map(([key, v]) => item(object || named ? key : undefined, text(v)))
              : [
                  item(
                    named ? name : undefined,
                    members
                      .flatMap(([key, v]) => (object ? [encode(key), text(v)] : [text(v)]))
                      .join(
                        (spec.usesParameterStyles || spec.usesFormEncodings) &&
                          style === "spaceDelimited"
                          ? "%20"
                          : (spec.usesParameterStyles || spec.usesFormEncodings) &&
                              style === "pipeDelimited"
                            ? "%7C"
                            : ",",
                      ),
                  ),
                ];
        return items.join(style === "simple" ? "," : prefix ? "" : between);
      }
    : undefined;

/** `deepObject`'s pairs: `key[a]=v`, nested as deep as the value is, a list by index. */
const writeDeep =
  spec.usesParameterStyles || spec.usesFormEncodings
    ? (
        key: string,
        value: unknown,
        text: (value: unknown) => string,
        encode: (text: string) => string,
      ): string[] =>
        value !== null && typeof value === "object"
          ? Object.entries(value)
              .filter(([, v]) => v != null)
              .flatMap(([k, v]) => writeDeep!(`${key}%5B${encode(k)}%5D`, v, text, encode))
          : [`${key}=${text(value)}`]
    : undefined;

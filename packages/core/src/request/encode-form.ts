import type { Operation } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";
import { encodeReserved, percentEncode, writeStyle } from "./write-style.js";

/**
 * An `application/x-www-form-urlencoded` body, its fields in the caller's order; a null has no
 * form field, so a null field is left out (the server's default applies). A field the body's
 * `encoding` gives a style is written as a query parameter in that style would be (OpenAPI
 * § 4.8.15; Stripe's `address[city]=Paris`), percent-encoded as RFC 6570 does. Any other is
 * written as browsers write forms (a space as `+`): a `json` field, an object and each object of
 * a list as JSON text, anything else as text, a list as one field per item.
 */
export const encodeForm = spec.usesFormBodies
  ? (body: NonNullable<Operation["requestBody"]>, wire: object): string =>
      Object.entries(wire)
        .map(([name, value]) => {
          const how = body.encoding?.[name];
          return value == null
            ? ""
            : spec.usesFormEncodings && typeof how === "object"
              ? writeStyle!(
                  name,
                  value,
                  how,
                  "form",
                  "&",
                  how.allowReserved ? encodeReserved! : percentEncode!,
                )
              : new URLSearchParams(
                  (Array.isArray(value) ? value : [value]).map((v) => [
                    name,
                    (spec.usesFormEncodings && how === "json") || typeof v === "object"
                      ? JSON.stringify(v)
                      : String(v),
                  ]),
                ).toString();
        })
        .filter(Boolean)
        .join("&")
  : undefined;

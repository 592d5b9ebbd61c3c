import type { Operation } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";
import { addIssue, type Pass } from "../schema/check-and-rename.js";
import { own, withParts } from "../schema/resolve.js";

// Only a spec with form bodies, fields written in a style, multipart lists that may be empty, or
// multipart bodies it takes as JSON too needs this (`usesFormBodies`, `usesFormEncodings`,
// `usesEmptyMultipartLists`, `usesJsonOrMultipart`): a bundle for any other keeps none.

/**
 * What an `application/x-www-form-urlencoded` body has no way to say, refused before sending
 * rather than lost on the way (`value` is the body in the caller's names, already checked).
 *
 * A form has no field for an empty list, and `deepObject` (`a[b][0]=v`, as Stripe reads it) none
 * for an empty object or list, nor for a null in a list, at any depth. Left out, a required one would be
 * missing, and an item of a list would leave a gap in its indices (`phases[1]` with no
 * `phases[0]`: a map to the server, or a shorter list), a change nobody asked for. Nor can the
 * brackets hold a map key that is empty (`metadata[]=v` adds to a list) or holds a bracket.
 * The same goes for a multipart field written in `deepObject` (one text part per name), and for
 * a null in a list where a form or a multipart body repeats a field per item: it writes no field
 * for it. An empty such list writes none either: refused where the field is required.
 */
export const checkFormBody =
  spec.usesFormBodies ||
  spec.usesFormEncodings ||
  spec.usesEmptyMultipartLists ||
  spec.usesJsonOrMultipart
    ? (
        body: NonNullable<Operation["requestBody"]>,
        value: unknown,
        pass: Pass,
        bodyPath: string,
      ): void => {
        const form = body.mediaType === "application/x-www-form-urlencoded";
        if (!form && body.mediaType !== "multipart/form-data") return;
        if (value === null || typeof value !== "object" || Array.isArray(value)) return;
        // A multipart body the spec takes as JSON too goes as JSON without files; with them, a
        // null (Discord's "clear this field") has no part, and would be left out unsaid.
        if (spec.usesJsonOrMultipart && body.json) {
          if (!pass.files.length) return;
          for (const [key, field] of Object.entries(value))
            if (field === null)
              addIssue(
                pass,
                bodyPath ? `${bodyPath}.${key}` : key,
                ": a null has no part in a multipart body; leave it out, or send it in a call without files (which goes as JSON)",
              );
        }
        // The caller's names back to the wire's, which the body's `encoding` is keyed by.
        const wireOf = new Map(
          withParts(body.schema).flatMap((node) =>
            Object.entries(node.names ?? {}).map(([wire, name]) => [name, wire] as const),
          ),
        );
        const required = new Set(withParts(body.schema).flatMap((node) => node.required ?? []));
        for (const [key, field] of Object.entries(value)) {
          if (field == null) continue;
          const how = own(body.encoding, wireOf.get(key) ?? key);
          const path = bodyPath ? `${bodyPath}.${key}` : key;
          if (spec.usesFormEncodings && typeof how === "object" && how.style === "deepObject")
            checkDeep(field, path, pass);
          // (A field with a style of another kind writes an empty value as `name=`; a JSON one
          // as `[]`, as does a multipart field the table does not list.)
          // (Unless a rule of its own, `minItems`, refused it already.)
          else if (
            (form ? typeof how !== "object" && how !== "json" : how === "file" || how === "text") &&
            Array.isArray(field)
          ) {
            // An optional one goes as no field at all, as left out: the one way the body has to
            // say it (Mailgun's `attachment: files.map(…)` with no files, probe75). A required
            // one would be missing.
            if (
              !field.length &&
              required.has(wireOf.get(key) ?? key) &&
              !pass.issues.some((issue) => issue.path === path)
            )
              addIssue(
                pass,
                path,
                `: an empty list has no ${form ? "field in a form body" : "part in a multipart body"}, and ${key} is required`,
              );
            // One field (or part) per item: a null item has none, and the list would come out
            // shorter, its items moved up. (Unless its own rule refused it already: a null where
            // a file goes.)
            field.forEach(
              (item, i) =>
                item == null &&
                !pass.issues.some((issue) => issue.path === `${path}[${i}]`) &&
                addIssue(
                  pass,
                  `${path}[${i}]`,
                  form
                    ? NO_FIELD("a null in a list")
                    : ": a null in a list has no part in a multipart body",
                ),
            );
          }
        }
      }
    : undefined;

const NO_FIELD = (what: string) => `: ${what} has no field in a form body; leave it out`;

/** A `deepObject` value: every container must write at least one field, every key fit brackets. */
function checkDeep(value: unknown, path: string, pass: Pass): void {
  // A Date (anything with `toJSON`) is written as its text.
  if (value === null || typeof value !== "object" || "toJSON" in value) return;
  const list = Array.isArray(value);
  const members = Object.entries(value);
  if (!members.length)
    return addIssue(pass, path, NO_FIELD(list ? "an empty list" : "an empty object"));
  for (const [key, member] of members) {
    const at = list ? `${path}[${key}]` : `${path}.${key}`;
    // A null member is left out, as a null field is (the server's default applies); in a list
    // it would leave a gap.
    if (member == null) {
      if (list) addIssue(pass, at, NO_FIELD("a null in a list"));
    } else if (!list && unbracketable(key))
      addIssue(
        pass,
        `${path}[${JSON.stringify(key)}]`,
        `: the key ${JSON.stringify(key)} cannot be written in a form body's brackets (${unbracketable(key)})`,
      );
    else checkDeep(member, at, pass);
  }
}

/**
 * Why a map key cannot be written in a `deepObject`'s brackets (a form body's or a query's), or
 * "" when it can: `metadata[]=v` reads as a list's next item, `metadata[a[b]]=v` as nothing.
 */
export function unbracketable(key: string): string {
  return !key
    ? "an empty key reads as a list's next item"
    : /[[\]]/.test(key)
      ? "it holds a bracket"
      : "";
}

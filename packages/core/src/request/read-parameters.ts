import type { Operation } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";
import {
  addIssue,
  checkAndRename,
  isPlainObject,
  fold,
  type Pass,
} from "../schema/check-and-rename.js";
import { own, resolve } from "../schema/resolve.js";
import { unbracketable } from "./check-form-body.js";
import { encodeReserved, percentEncode, writeStyle } from "./write-style.js";

/**
 * With parameters, a request is `{ ...parameters, requestBody }`: each parameter is checked and
 * renamed like the body (its issues go to `pass`), then written in its style (`writeStyle`;
 * `simple` in a path or a header, `form` in a query or a cookie unless the spec says otherwise),
 * or, with `content`, as its JSON text or text. Header parameters go into `headers` as they are
 * (a header is not a URL: nothing is percent-encoded), cookie parameters into one `Cookie`
 * header, after the caller's own; the path is returned with the path and query parameters in it.
 *
 * `undefined` when the spec has no parameters. A minifier folds a generated `uses*` constant
 * inside an expression, but esbuild neither removes an `if` block it guards nor a function that
 * dead code still names: code that exists only under the constant leaves nothing behind.
 */
export const readParameters = spec.usesParameters
  ? (op: Operation, request: unknown, pass: Pass, headers: Headers): string => {
      if (request !== undefined && !isPlainObject(request))
        pass.issues.push({ path: "", message: "request must be an object" });
      const params = isPlainObject(request) ? request : {};
      let path = op.path;
      const query: string[] = [];
      // Each query key written so far, and the parameter that wrote it.
      const writers = new Map<string, string>();
      const cookies: string[] = [];
      for (const p of op.parameters ?? []) {
        // (Own keys only: an optional parameter named `constructor` is not the object's.)
        let value = own(params, p.sdk);
        // The one value the spec allows it, where the call gives none (a version header).
        if (spec.usesFixedParameters && value === undefined) value = p.fixed;
        if (value === undefined) {
          if (p.required) addIssue(pass, p.sdk, " is required");
          continue;
        }
        const wire = checkAndRename(p.schema, value, pass, p.sdk);
        // Nothing is sent once a rule is broken, and a broken value need not be writable.
        if (pass.issues.length) continue;
        const where = p.in;
        // An optional query or cookie parameter given null, an empty list or an empty object
        // says no value: left out, as `undefined` is (RFC 6570 § 2.3 calls them undefined, and a
        // `form` expansion writes nothing for them). Written `page_size=`, FastAPI read an empty
        // text and refused it, and a `nextPageToken: null` passed back filtered on "" (probe79).
        if (
          !p.required &&
          (where === "query" || where === "cookie") &&
          (wire === null ||
            (Array.isArray(wire) && !wire.length) ||
            (isPlainObject(wire) && !Object.keys(wire).length))
        )
          continue;
        // A `deepObject` writes each map key in brackets, as a form body does: a key that is
        // empty or holds a bracket would be misread (Apideck's `pass_through[a[b]]=c` read as
        // `{}`), and is refused by name, as a form body's is.
        if (spec.usesParameterStyles && p.style === "deepObject") {
          const keys = (value: unknown, at: string): void => {
            if (value === null || typeof value !== "object" || "toJSON" in value) return;
            for (const [key, member] of Object.entries(value)) {
              const why = !Array.isArray(value) && unbracketable(key);
              if (why)
                addIssue(
                  pass,
                  `${at}[${JSON.stringify(key)}]`,
                  `: the key ${JSON.stringify(key)} cannot be written in a query's brackets (${why})`,
                );
              else keys(member, Array.isArray(value) ? `${at}[${key}]` : `${at}.${key}`);
            }
          };
          keys(wire, p.sdk);
          if (pass.issues.length) continue;
        }
        // A list written as one value, its items joined by a delimiter the items are not
        // escaped from (`|`, a space, or a header's comma): an item holding it would reach the
        // server as several. (Object items are JSON text, which a server reads whole, or not.)
        const delimiter =
          !Array.isArray(wire) || (spec.usesParameterStyles && p.content)
            ? undefined
            : where === "header"
              ? ","
              : spec.usesParameterStyles && !p.explode && p.style === "pipeDelimited"
                ? "|"
                : spec.usesParameterStyles && !p.explode && p.style === "spaceDelimited"
                  ? " "
                  : undefined;
        if (delimiter) {
          (wire as unknown[]).forEach(
            (item, i) =>
              typeof item !== "object" &&
              String(item).includes(delimiter) &&
              addIssue(
                pass,
                `${p.sdk}[${i}]`,
                ` must not contain "${delimiter}": the ${where === "header" ? "header" : p.style} list separates its items with it, so the server would read more items`,
              ),
          );
          if (pass.issues.length) continue;
        }
        const text = writeStyle!(
          p.name,
          spec.usesParameterStyles && p.content
            ? p.content === "json"
              ? JSON.stringify(wire)
              : String(wire)
            : wire,
          p,
          where === "path" || where === "header" ? "simple" : "form",
          where === "cookie" ? "; " : "&",
          where === "header"
            ? String
            : spec.usesParameterStyles && p.allowReserved
              ? encodeReserved!
              : percentEncode!,
        );
        // A header is not encoded, so what HTTP cannot carry in one is refused here, by name:
        // fetch would throw a bare TypeError (a line break, NUL, or a character above U+00FF).
        if (where === "header")
          /[\0\r\n]|[^\0-\xff]/.test(text)
            ? addIssue(
                pass,
                p.sdk,
                " must be text a header can carry: no line breaks, and no characters above U+00FF",
              )
            : headers.set(p.name, text);
        // An empty path parameter makes another path (`/orgs//teams`, or `/users/` for
        // `/users/{id}`: the collection, not the user). Only the default style writes nothing:
        // `label` and `matrix` still write `.` or `;org`.
        else if (where === "path")
          text
            ? // (Every place the template names it: `/anything/{id}/{action}/{id}`.)
              (path = path.replaceAll(`{${p.name}}`, () => text))
            : addIssue(pass, p.sdk, " must not be empty");
        else if (text) {
          // An object in the default style writes its own keys (`username=asc`): two parameters
          // that write the same one (Files.com's `sortBy` and `filter`, each `{ username }`)
          // reach the server as one field twice, and it cannot tell which is which.
          if (where === "query")
            for (const pair of text.split("&")) {
              const key = pair.split("=")[0]!;
              const other = writers.get(key);
              if (other !== undefined && other !== p.sdk)
                addIssue(
                  pass,
                  p.sdk,
                  ` would be sent as "${key}=", as ${other} is: the server could not tell them apart`,
                );
              writers.set(key, p.sdk);
            }
          (spec.usesCookieParameters && where === "cookie" ? cookies : query).push(text);
        }
      }
      // A key that names neither a parameter nor the body is a slip (`limt` for `limit`): refused
      // as a body's unknown field is, since the call would go out without it, unfiltered.
      const known = op.parameters!.map((p) => p.sdk);
      const bodyKey = op.bodyKey ?? "requestBody";
      if (op.requestBody) known.push(bodyKey);
      // A body field given beside the parameters, not under the body's key (`{ id, captionfile }`
      // for `{ id, requestBody: { captionfile } }`), is named where it goes.
      const body = op.requestBody && resolve(op.requestBody.schema);
      const bodyFields = Object.keys(body?.properties ?? {}).map(
        (wire) => `${bodyKey}.${own(body!.names, wire) ?? wire}`,
      );
      for (const [key, value] of Object.entries(params))
        if (value !== undefined && !known.includes(key)) {
          // (checkObject's words, written out: a helper both call costs every bundle 15 B.)
          // A parameter's wire name first: `DateSent<` is `dateSentBefore`, where folding it
          // found `dateSent`, another filter (probe75).
          const near =
            (spec.usesComparisonParameters && op.parameters!.find((p) => p.name === key)?.sdk) ||
            (known.find((name) => fold(name) === fold(key)) ??
              bodyFields.find((name) => fold(name.slice(bodyKey.length + 1)) === fold(key)));
          addIssue(pass, key, ` is not a known field${near ? ` (did you mean ${near}?)` : ""}`);
        }
      // A path segment of `.` or `..` is a dot segment: the URL parser removes it, and with it
      // the segment before for `..`, so `/users/{id}/settings` with `..` would go to `/settings`,
      // another resource, without a word. Percent-encoding does not help (`%2e` is a dot to the
      // parser too). Each parameter of such a segment is named.
      const segments = op.path.split("?")[0]!.split("/");
      path
        .split("?")[0]!
        .split("/")
        .forEach((segment, i) => {
          if (/^\.\.?$/.test(segment) && segment !== segments[i])
            for (const p of op.parameters ?? [])
              if (p.in === "path" && segments[i]?.includes(`{${p.name}}`))
                addIssue(
                  pass,
                  p.sdk,
                  ` must not make the path segment "${segment}": the URL would drop it and reach another resource`,
                );
        });
      if (spec.usesCookieParameters && cookies.length)
        headers.set("cookie", [headers.get("cookie"), ...cookies].filter(Boolean).join("; "));
      // A path key may carry a literal query of its own (`/items/{id}?beta=true`): more follows it.
      return query.length ? `${path}${path.includes("?") ? "&" : "?"}${query.join("&")}` : path;
    }
  : undefined;

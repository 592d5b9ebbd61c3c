import type { Operation } from "../generated/contract.js";
import * as spec from "../generated/schemas.js";
import { addIssue, checkAndRename, isPlainObject, type Pass } from "../schema/check-and-rename.js";

/**
 * With parameters, a request is `{ ...parameters, requestBody }`: each parameter is checked and
 * renamed like the body (its issues go to `pass`), header parameters go into `headers`, and the
 * path is returned with the path and query parameters in it, serialized as OpenAPI does by
 * default: path parameters in the `simple` style (a list as `a,b`, an object as `k,v,k2,v2`),
 * query parameters in the `form` style, exploded (a list as `?id=a&id=b`, an object as its own
 * `?k=v&k2=v2`).
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
      const values = { path: {}, query: {}, cookie: {} } as Record<string, Record<string, unknown>>;
      for (const p of op.parameters ?? []) {
        const value = params[p.sdk];
        if (value === undefined) {
          if (p.required) addIssue(pass, p.sdk, " is required");
          continue;
        }
        const wire = checkAndRename(p.schema, value, pass, p.sdk);
        if (p.in === "header") headers.set(p.name, String(value));
        else values[p.in]![p.name] = wire;
      }

      /** A parameter's values as text: a list item by item, an object as its keys and values. */
      const flatten = (value: unknown): string[] =>
        Array.isArray(value)
          ? value.map(String)
          : value !== null && typeof value === "object"
            ? Object.entries(value).flat().map(String)
            : value === undefined || value === null
              ? []
              : [String(value)];
      const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
        flatten(values.path![name]).map(encodeURIComponent).join(","),
      );
      const search = new URLSearchParams();
      for (const [name, value] of Object.entries(values.query!)) {
        if (value !== null && typeof value === "object" && !Array.isArray(value))
          for (const [key, v] of Object.entries(value)) search.append(key, String(v));
        else for (const v of flatten(value)) search.append(name, v);
      }
      const query = search.toString();
      return path + (query ? `?${query}` : "");
    }
  : undefined;

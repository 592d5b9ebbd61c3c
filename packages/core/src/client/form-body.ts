/**
 * What `createOrqClient` sends for an operation whose body is a form, when it is given the plain
 * object its types ask for. openapi-fetch alone writes that object as JSON (a 415, or worse, a
 * server reading it as something else), and its answer, a `bodySerializer` per call, is easy to
 * miss. This is the same object written as the form the spec names, with no checks: the
 * low-level client sends what it is given.
 */

/** The part of openapi-fetch's options for one call that says what its body is. */
export interface FormInit {
  body?: unknown;
  bodySerializer?: (body: Record<string, unknown>) => unknown;
  headers?: unknown;
  [option: string]: unknown;
}

/** `init` with the serializer and `Content-Type` the form needs, or as it was. */
export function withFormBody(
  mediaType: string | undefined,
  init: FormInit | undefined,
): FormInit | undefined {
  if (!mediaType || !init || init.bodySerializer || !isObjectLiteral(init.body)) return init;
  if (mediaType === "multipart/form-data")
    // No Content-Type: fetch writes it with the boundary it chose.
    return { ...init, bodySerializer: toFormData };
  return {
    ...init,
    bodySerializer: (body) => new URLSearchParams(fields(body)).toString(),
    headers: withContentType(init.headers, mediaType),
  };
}

/**
 * A field per part: a file (`Blob`) as a file part, a list of scalars or files as one part per
 * item, an object or a list of objects as one JSON text part, a scalar as its text; `undefined`
 * and `null` are left out, as a form has no null.
 */
function toFormData(body: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body))
    for (const item of parts(value)) form.append(name, item);
  return form;
}

/** The text fields of a URL-encoded form: as multipart's, with files refused. */
function fields(body: Record<string, unknown>): [string, string][] {
  return Object.entries(body).flatMap(([name, value]) =>
    parts(value).map((item): [string, string] => {
      if (item instanceof Blob)
        throw new TypeError(
          `createOrqClient(): ${name} is a file, which a URL-encoded form cannot hold`,
        );
      return [name, item];
    }),
  );
}

function parts(value: unknown): (string | Blob)[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value) && !value.some((item) => isObjectLiteral(item) || Array.isArray(item)))
    return value.flatMap(parts);
  if (value instanceof Blob) return [value];
  if (typeof value === "object")
    return [
      value instanceof Date
        ? value.toISOString()
        : JSON.stringify(value, (_, v: unknown) => {
            // JSON would write a file as `{}`: a part of JSON text cannot carry one.
            if (v instanceof Blob)
              throw new TypeError("createOrqClient(): a file inside an object cannot be sent");
            return v;
          }),
    ];
  return [String(value)];
}

/** `headers` as `Headers`, with `Content-Type: mediaType` unless they have one. */
export function withContentType(headers: unknown, mediaType: string): Headers {
  const merged = new Headers(
    headers instanceof Headers || Array.isArray(headers)
      ? headers
      : Object.entries((headers ?? {}) as Record<string, unknown>).flatMap(([k, v]) =>
          v === null || v === undefined ? [] : [[k, String(v)] as [string, string]],
        ),
  );
  if (!merged.has("content-type")) merged.set("content-type", mediaType);
  return merged;
}

/**
 * An object literal's kind of object: not a `FormData`, `URLSearchParams`, `Blob` or class
 * (the schema pass's `isPlainObject` takes those too, as it checks them by their schema).
 */
function isObjectLiteral(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

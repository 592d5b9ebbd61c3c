import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "../generated/paths.js";
import { ValidationError } from "../errors/validation-error.js";
import { apiKeyProblem, resolveApiKey } from "./api-key.js";
import { serverList, wireCalls } from "../generated/schemas.js";
import { placeKey } from "../request/place-key.js";
import type { FormInit } from "./form-body.js";
import { withSpecType, withWireBody } from "./wire-body.js";
import { wireQuery } from "./wire-query.js";
import type { ApiKey } from "./options.js";

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

export interface OrqClientOptions extends Omit<ClientOptions, "baseUrl"> {
  apiKey?: ApiKey;
  serverURL?: string;
}

/**
 * The low-level client: openapi-fetch typed by the spec's paths, in wire (snake_case) names,
 * with the API key placed as each operation's security scheme says. No validation, renaming or
 * retries: for callers who want the HTTP API as it is. A form body (multipart, URL-encoded)
 * given as the plain object its types ask for is written as that form, a raw body (a file, a
 * text) is sent as it is (see `withWireBody`); a `FormData` or a `bodySerializer` of your own
 * goes as it is.
 */
export function createOrqClient(options: OrqClientOptions = {}): Client<paths> {
  const { apiKey, serverURL = serverList[0]!, ...rest } = options;
  const problem = apiKeyProblem(apiKey);
  if (problem)
    throw new ValidationError("createOrqClient()", [{ path: "apiKey", message: problem }]);
  // `credentials` here is fetch's (`"include"`): an object of the spec's schemes, as `new Orq()`
  // takes them, made fetch throw a TypeError on every call.
  if (typeof rest.credentials === "object" && rest.credentials !== null)
    throw new ValidationError("createOrqClient()", [
      {
        path: "credentials",
        message:
          'credentials: here fetch\'s ("include", "omit" or "same-origin"); the low-level client takes one apiKey, and credentials of several security schemes are new Orq()\'s',
      },
    ]);
  const client = createClient<paths>({ baseUrl: serverURL.replace(/\/+$/, ""), ...rest });
  client.use({
    async onRequest({ request, schemaPath }) {
      // Where the spec's scheme says (LaunchDarkly's bare key in `Authorization`, an
      // `x-api-key` header, a `?key=` query), else as a bearer token; none for an operation
      // that takes no key.
      const placement = wireCalls[`${request.method} ${schemaPath}`]?.auth;
      if (placement === false) return request;
      const key = await resolveApiKey(apiKey, "createOrqClient()");
      if (!key) return request;
      if (!placement) {
        if (!request.headers.has("authorization"))
          request.headers.set("authorization", `Bearer ${key}`);
        return request;
      }
      const url = placeKey(placement, key, request.headers, request.url);
      return url === request.url ? request : new Request(url, request);
    },
  });
  // Each method call sees its path, which openapi-fetch's serializers do not: where the spec
  // says the body is not JSON, the call gets the serializer for it, unless the client was given
  // a serializer of its own. And an answer that is not JSON is read as the typed client reads
  // it (text, or a stream of bytes or events), unless the call says how: parsed as JSON, each
  // was a SyntaxError.
  const formed = (method: string, path: string, init?: FormInit) => {
    const call = wireCalls[`${method.toUpperCase()} ${path}`];
    const sent = rest.bodySerializer
      ? withSpecType(call?.body, init)
      : withWireBody(call?.body, init);
    // The query in the spec's styles, unless the call or the client has a serializer of its own.
    const querySerializer =
      sent?.querySerializer || rest.querySerializer ? undefined : wireQuery(call?.query);
    return {
      ...sent,
      ...(call?.parseAs && sent?.parseAs === undefined && { parseAs: call.parseAs }),
      ...(querySerializer && { querySerializer }),
    };
  };
  const own = { ...client } as Record<string, unknown>;
  for (const method of METHODS) {
    const send = client[method] as (path: string, init?: FormInit) => unknown;
    own[method] = (path: string, init?: FormInit) => send(path, formed(method, path, init));
  }
  const request = client.request as (method: string, path: string, init?: FormInit) => unknown;
  own.request = (method: string, path: string, init?: FormInit) =>
    request(method, path, formed(method, path, init));
  return own as unknown as Client<paths>;
}

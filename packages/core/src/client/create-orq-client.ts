import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "../generated/paths.js";
import { ValidationError } from "../errors/validation-error.js";
import { apiKeyProblem, resolveApiKey } from "./api-key.js";
import { formBodyTypes, serverList } from "../generated/schemas.js";
import { withFormBody, type FormInit } from "./form-body.js";
import type { ApiKey } from "./options.js";

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

export interface OrqClientOptions extends Omit<ClientOptions, "baseUrl"> {
  apiKey?: ApiKey;
  serverURL?: string;
}

/**
 * The low-level client: openapi-fetch typed by the spec's paths, in wire (snake_case) names,
 * with the API key applied. No validation, renaming or retries: for callers who want the HTTP
 * API as it is. A form body (multipart, URL-encoded) given as the plain object its types ask
 * for is written as that form (see `withFormBody`); a `FormData` or a `bodySerializer` of your
 * own goes as it is.
 */
export function createOrqClient(options: OrqClientOptions = {}): Client<paths> {
  const { apiKey, serverURL = serverList[0]!, ...rest } = options;
  const problem = apiKeyProblem(apiKey);
  if (problem)
    throw new ValidationError("createOrqClient()", [{ path: "apiKey", message: problem }]);
  const client = createClient<paths>({ baseUrl: serverURL.replace(/\/+$/, ""), ...rest });
  client.use({
    async onRequest({ request }) {
      const key = await resolveApiKey(apiKey, "createOrqClient()");
      if (key && !request.headers.has("authorization"))
        request.headers.set("authorization", `Bearer ${key}`);
      return request;
    },
  });
  // Each method call sees its path, which openapi-fetch's serializers do not: where the spec
  // says the body is a form, the call gets the serializer for it, unless the client was given a
  // serializer of its own.
  if (rest.bodySerializer) return client;
  const formed = (method: string, path: string, init?: FormInit) =>
    withFormBody(formBodyTypes[`${method.toUpperCase()} ${path}`], init);
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

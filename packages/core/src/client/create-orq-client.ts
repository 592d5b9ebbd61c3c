import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "../generated/paths.js";
import { ValidationError } from "../errors/validation-error.js";
import { apiKeyProblem, resolveApiKey } from "./api-key.js";
import { serverList } from "../generated/schemas.js";
import type { ApiKey } from "./options.js";

export interface OrqClientOptions extends Omit<ClientOptions, "baseUrl"> {
  apiKey?: ApiKey;
  serverURL?: string;
}

/**
 * The low-level client: openapi-fetch typed by the spec's paths, in wire (snake_case) names,
 * with the API key applied. No validation, renaming or retries: for callers who want the HTTP
 * API as it is. Multipart bodies are yours to build (pass a `FormData` and
 * `bodySerializer: (b) => b`).
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
  return client;
}

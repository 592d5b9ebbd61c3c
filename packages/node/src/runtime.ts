import { encodeMultipartStream, openStream, type Runtime } from "@orq-sdk/core";
import { createNodeHttpFetch } from "./transport/node-http-fetch.js";

let transport: typeof fetch | undefined;

/**
 * Node's part: a streaming `node:http` transport (Node's own fetch holds a streamed upload in
 * memory), the streaming multipart encoder, stream uploads sent as they come, and `process.env`
 * for `ORQ_API_KEY`/`ORQ_LOG`.
 */
export const nodeRuntime: Runtime = {
  name: "node",
  encodeMultipart: encodeMultipartStream,
  // Made on first use, so importing the package opens nothing.
  fetch: (input, init) => (transport ??= createNodeHttpFetch())(input, init),
  openStream,
  env: (name) => process.env[name],
};

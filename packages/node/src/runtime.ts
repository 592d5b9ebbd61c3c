import { basename } from "node:path";
import { Readable } from "node:stream";
import {
  checkCallOptions,
  checkClientOptions,
  encodeMultipartStream,
  openStream,
  streamIssue,
  type Runtime,
} from "@orq-sdk/core";

let transport: Promise<typeof fetch> | undefined;

/** The base name of the file a Node stream reads (`fs.ReadStream`'s `path`), if any. */
function fileStreamName(input: unknown): string | undefined {
  const path = (input as { path?: unknown }).path;
  const text = typeof path === "string" ? path : path instanceof Buffer ? path.toString() : "";
  return basename(text) || undefined;
}

/**
 * Node's part: a streaming `node:http` transport (Node's own fetch holds a streamed upload in
 * memory), the streaming multipart encoder, stream uploads sent as they come, `process.env`
 * for `ORQ_API_KEY`/`ORQ_LOG`, and options checked for slips (`serverUrl`, a `fetch` beside an
 * `httpClient`).
 */
export const nodeRuntime: Runtime = {
  name: "node",
  encodeMultipart: encodeMultipartStream,
  // Loaded and made on the first request: importing the package then costs no more than
  // importing core (node:https alone loads TLS and crypto).
  fetch: async (input, init) => {
    transport ??= import("./transport/node-http-fetch.js").then((m) => m.createNodeHttpFetch());
    return (await transport)(input, init);
  },
  // A file stream (`fs.createReadStream`) knows its file: uploads are named by it.
  openStream: async (input, limit) => {
    // A Node stream read to its end or destroyed has nothing left: it went as an "empty file",
    // or failed as a bare "Premature close".
    const { readableEnded, destroyed } = input as { readableEnded?: boolean; destroyed?: boolean };
    if (readableEnded || destroyed)
      throw streamIssue(
        limit,
        `this stream has already ${readableEnded ? "been read to its end" : "been destroyed"}: nothing is left of it to send`,
      );
    return {
      // (Node's `isDisturbed` reads web streams too; its types name only its own.)
      ...(await openStream(input, limit, (stream) => Readable.isDisturbed(stream as Readable))),
      name: fileStreamName(input),
    };
  },
  env: (name) => process.env[name],
  checkOptions: checkClientOptions,
  checkCallOptions,
};

import {
  checkCallOptions,
  checkClientOptions,
  encodeMultipartStream,
  type Runtime,
} from "@orq-sdk/core";
import { readEnv } from "./env.ts";
import { fsFileToInput, isFsFileInput } from "./fs-file.ts";
import { denoFetch } from "./net.ts";
import { openRecordedStream } from "./stream-limit.ts";

/**
 * Deno's part: Deno's own `fetch` (it streams a `ReadableStream` request body as the network
 * takes it), after a check of `--allow-net`; the streaming multipart encoder; `Deno.FsFile`
 * uploads; one-shot streams sent as they come; and the environment, read only where the
 * program is allowed to; and options checked for slips (`serverUrl`, a `fetch` beside an
 * `httpClient`).
 */
export const denoRuntime: Runtime = {
  name: "deno",
  encodeMultipart: encodeMultipartStream,
  fetch: denoFetch,
  isFileInput: isFsFileInput,
  toFileInput: fsFileToInput,
  openStream: openRecordedStream,
  env: readEnv,
  checkOptions: checkClientOptions,
  checkCallOptions,
};

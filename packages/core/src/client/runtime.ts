import type { FileInput } from "../generated/contract.js";
import { encodeFormData } from "../multipart/form-data-encoder.js";
import type { Part, ReplayableBody } from "../multipart/part.js";
import type { StreamLimit } from "../files/open-stream.js";
import type { StreamSource } from "../files/to-file-part.js";

/**
 * What differs between runtimes, supplied by each runtime package (hono's adapters are the
 * model): the transport, how multipart bodies are built, extra upload inputs, the environment.
 * Core itself uses only web standards.
 */
export interface Runtime {
  /** The name errors and logs use, e.g. "node". */
  readonly name: string;
  /** The transport when the caller passes no `fetch`; default `globalThis.fetch` at call time. */
  readonly fetch?: typeof fetch;
  /**
   * How multipart bodies are built: `encodeMultipartStream` (a web stream; files are read as
   * the network takes them) or `encodeFormData` (browsers cannot stream uploads). A function,
   * not a flag, so a bundle holds only the encoder its runtime uses.
   */
  readonly encodeMultipart: (parts: readonly Part[]) => ReplayableBody;
  /** Recognises this runtime's own upload inputs (checked before core's). */
  readonly isFileInput?: (value: unknown) => boolean;
  /**
   * Turns one of those inputs into a core `FileInput`; `signal` is the call's (a URL to fetch
   * stops with it). A `ValidationError` it throws is reported at the field, under the call's
   * name; any other error that is not one of the SDK's is the input's fault, and so is too.
   */
  readonly toFileInput?: (value: unknown, signal?: AbortSignal | null) => Promise<FileInput>;
  /**
   * Opens a one-shot stream upload (a `ReadableStream`, Node's `Readable`, any async iterable of
   * bytes) to be sent as it comes: its first bytes read to sniff its type, then the whole stream,
   * once (such a request is not retried). Without it, a stream is read into a Blob first.
   */
  readonly openStream?: (
    input: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
    limit?: StreamLimit,
  ) => Promise<StreamSource>;
  /** Reads an environment variable, where the runtime has an environment. */
  readonly env?: (name: string) => string | undefined;
  /** Checks the client's options (`checkClientOptions`); browsers leave it out, for size. */
  readonly checkOptions?: (options: object) => void;
  /** Checks a call's options (`checkCallOptions`); browsers leave it out, for size. */
  readonly checkCallOptions?: (options: unknown, operation: string) => void;
}

/** Plain web standards: what an unknown runtime gets. */
export const webRuntime: Runtime = { name: "web", encodeMultipart: encodeFormData };

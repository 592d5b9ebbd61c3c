/**
 * A file ready to go into a request: its name, its real media type, and a way to read its bytes
 * once per attempt, so that a retry re-sends the whole file.
 */
export interface FilePart {
  readonly filename: string;
  readonly contentType: string;
  /** `undefined` when the source is a stream of unknown length. */
  readonly size: number | undefined;
  /** False for a one-shot stream the caller handed over: such a request is not retried. */
  readonly replayable: boolean;
  /** A fresh stream of all the bytes. For a one-shot source, only once. */
  stream(): ReadableStream<Uint8Array>;
  /** The bytes as a Blob, typed with `contentType` (what FormData bodies need). */
  blob(): Promise<Blob>;
}

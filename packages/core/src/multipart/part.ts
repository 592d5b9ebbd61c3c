import type { FilePart } from "../files/file-part.js";

/** One part of a multipart body: a text value, or a file. */
export type Part =
  | { readonly name: string; readonly value: string }
  | { readonly name: string; readonly file: FilePart };

type RequestBody = NonNullable<RequestInit["body"]>;

/** A request body that can be made again for every attempt. */
export interface ReplayableBody {
  /** Headers the body needs (the multipart boundary, and its length when known). */
  readonly headers: Record<string, string>;
  /** False when a one-shot stream is inside: such a request is sent once and never retried. */
  readonly replayable: boolean;
  // RequestInit["body"], not BodyInit: Node projects without the DOM typings have no BodyInit.
  open(): RequestBody | Promise<RequestBody>;
}

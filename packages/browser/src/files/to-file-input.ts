import { ConnectionError, type FileInput } from "@orq-sdk/core";
import { invalid } from "./invalid.js";
import { bytesFromBase64 } from "./base64.js";

/** What an upload field takes in a browser, on top of core's inputs (`Blob`/`File`, bytes, streams). */
export type BrowserFileInput =
  | FileInput
  | FileList
  | HTMLCanvasElement
  | OffscreenCanvas
  | Response
  | URL
  /** A `data:` URL, or a URL (absolute, or relative to the page) to fetch. */
  | string;

type Converted = FileInput | FileInput[] | Promise<FileInput | FileInput[]>;

/**
 * How each browser input becomes core inputs, keyed by its WebIDL class string (a string is
 * "String"), which holds across frames too. This code is in every bundle that makes a client,
 * so one table both recognises the inputs and converts them.
 */
type Input<T> = { value: T; signal?: AbortSignal | null };
const converters: Record<string, (input: never) => Converted> = {
  // A FileList stands for its files: its one file, or an array that core spreads into the
  // field's list (a single-file field takes the one file of an input as it is).
  FileList: ({ value: files }: Input<FileList>) => (files.length === 1 ? files[0]! : [...files]),
  HTMLCanvasElement: ({ value }: Input<HTMLCanvasElement>) => fileFromCanvas(value),
  OffscreenCanvas: ({ value }: Input<OffscreenCanvas>) => fileFromCanvas(value),
  Response: ({ value }: Input<Response>) => fileFromResponse(value),
  URL: ({ value, signal }: Input<URL>) => blobFromDataURL(value, signal),
  String: ({ value, signal }: Input<string>) => blobFromDataURL(value, signal),
};

const kind = (value: unknown) => Object.prototype.toString.call(value).slice(8, -1);

/**
 * The runtime's `isFileInput` hook: the browser's own upload inputs, which core's shape checks do
 * not know. Only file fields are asked, so a prompt that happens to be a URL stays a prompt.
 */
export const isBrowserFileInput = (value: unknown): boolean =>
  Object.hasOwn(converters, kind(value));

/**
 * The runtime's `toFileInput` hook: one browser input as core inputs. A URL to fetch stops with
 * the call's `signal`.
 */
export const toFileInput = async (
  value: unknown,
  signal?: AbortSignal | null,
): Promise<FileInput | FileInput[]> => converters[kind(value)]!({ value, signal } as never);

/**
 * A canvas's pixels as a `File`: PNG by default (lossless), or `type: "image/jpeg"`/`"image/webp"`
 * with a `quality` from 0 to 1. Works for `<canvas>` and `OffscreenCanvas` (in workers too).
 */
export async function fileFromCanvas(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  options: { type?: string; quality?: number; fileName?: string } = {},
): Promise<File> {
  const { type = "image/png", quality } = options;
  // A canvas gives no image when it is 0×0 or larger than the browser can encode; reading it
  // throws when it shows an image from another origin (a "tainted" canvas, a SecurityError).
  const blob = await (
    (canvas as OffscreenCanvas).convertToBlob?.({ type, quality }) ??
    new Promise<Blob | null>((done) => (canvas as HTMLCanvasElement).toBlob(done, type, quality))
  ).catch((error: unknown) => {
    throw invalid("fileFromCanvas", `the canvas cannot be read (${String(error)})`);
  });
  if (!blob?.size) throw invalid("fileFromCanvas", "the canvas gave no image");
  // Named by what the browser made: it encodes PNG in place of a type it cannot write (GIF).
  const name = options.fileName ?? `canvas.${blob.type.slice(6) || "png"}`;
  return new File([blob], name, { type: blob.type });
}

/**
 * Fetches an image (absolute URL, or relative to the page) into a `File` named after the last
 * segment of its path. `init` goes to `fetch`, e.g. `{ signal }` or `{ credentials: "include" }`.
 */
export async function fileFromURL(url: string | URL, init?: RequestInit): Promise<File> {
  // Relative to the document's base URL (a `<base href>`), as `fetch` and `<img>` resolve it.
  const href = new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href).href;
  const response = await fetch(href, init).catch((cause: unknown) => {
    throw init?.signal?.aborted
      ? cause
      : new ConnectionError(`could not fetch the image at ${short(href)}`, { cause });
  });
  return fileFromResponse(response, href);
}

async function fileFromResponse(response: Response, url = response.url): Promise<File> {
  if (!response.ok) throw invalid("fileFromURL", `${short(url)} answered ${response.status}`);
  if (response.bodyUsed) throw invalid("fileFromURL", "the Response's body was already read");
  let name = url.split(/[?#]/)[0]!.split("/").pop()!;
  try {
    name = decodeURIComponent(name);
  } catch {
    // A stray "%" in the path: the name stays as the URL spells it.
  }
  const blob = await response.blob();
  return new File([blob], name, { type: blob.type });
}

/**
 * A `data:` URL as a Blob, decoded here rather than fetched (a strict Content-Security-Policy
 * may forbid fetching `data:` URLs): base64 (`data:image/png;base64,…`) or percent-encoded
 * (`data:image/svg+xml,%3Csvg…`). Any other URL is fetched, stopping with `signal`.
 */
export function blobFromDataURL(
  url: string | URL,
  signal?: AbortSignal | null,
): Blob | Promise<File> {
  // (A data: URL written by hand may hold characters a URL cannot: the parser encodes them.)
  const text = /^data:/i.test(String(url)) ? new URL(url).href : String(url);
  // (One group before the comma: two side by side backtracked quadratically on a long text with
  // no comma, `"data:" + base64` with the type forgotten, freezing the page for seconds.)
  const [, params, data] = /^data:([^,]*),(.*)$/is.exec(text) ?? [];
  if (data === undefined) {
    if (/^data:/i.test(text))
      throw invalid("blobFromDataURL", `a data: URL needs a comma before its data: ${short(text)}`);
    return fileFromURL(text, { signal: signal ?? null });
  }
  const type = params!.split(";")[0];
  // (`; base64` with a space is base64 too, as fetch reads it.)
  if (!/;\s*base64\s*$/i.test(params!)) return new Blob([percentDecoded(data)], { type });
  try {
    return new Blob([bytesFromBase64(decodeURIComponent(data))], { type });
  } catch {
    throw invalid("blobFromDataURL", `bad base64 in ${short(text)}`);
  }
}

/**
 * Percent-encoded text as bytes: each `%XX` one byte (`unescape` does exactly that; a URL
 * parser has already encoded any character above U+007F as such).
 */
const percentDecoded = (text: string) =>
  Uint8Array.from(unescape(text), (char) => char.charCodeAt(0));

/**
 * Long URLs (a data: URL is the whole file) are cut in messages, and a user name and password
 * in one are left out of them.
 */
const short = (url: string) =>
  (url = url.replace(/\/\/[^/@]*@/, "//")).length > 80 ? `${url.slice(0, 77)}...` : url;

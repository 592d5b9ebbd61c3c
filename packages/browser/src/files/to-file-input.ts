import { ConnectionError, ValidationError, type FileInput } from "@orq-sdk/core";
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
const converters: Record<string, (value: never) => Converted> = {
  // A FileList stands for its files: its one file, or an array that core spreads into the
  // field's list (a single-file field takes the one file of an input as it is).
  FileList: (files: FileList) => (files.length === 1 ? files[0]! : [...files]),
  HTMLCanvasElement: fileFromCanvas,
  OffscreenCanvas: fileFromCanvas,
  Response: fileFromResponse,
  URL: blobFromDataURL,
  String: blobFromDataURL,
};

const kind = (value: unknown) => Object.prototype.toString.call(value).slice(8, -1);

/**
 * The runtime's `isFileInput` hook: the browser's own upload inputs, which core's shape checks do
 * not know. Only file fields are asked, so a prompt that happens to be a URL stays a prompt.
 */
export const isBrowserFileInput = (value: unknown): boolean =>
  Object.hasOwn(converters, kind(value));

/** The runtime's `toFileInput` hook: one browser input as core inputs. */
export const toFileInput = async (value: unknown): Promise<FileInput | FileInput[]> =>
  converters[kind(value)]!(value as never);

/**
 * A canvas's pixels as a `File`: PNG by default (lossless), or `type: "image/jpeg"`/`"image/webp"`
 * with a `quality` from 0 to 1. Works for `<canvas>` and `OffscreenCanvas` (in workers too).
 */
export async function fileFromCanvas(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  options: { type?: string; quality?: number; fileName?: string } = {},
): Promise<File> {
  const { type = "image/png", quality, fileName = `canvas.${type.slice(6)}` } = options;
  const blob = await ((canvas as OffscreenCanvas).convertToBlob?.({ type, quality }) ??
    new Promise<Blob | null>((done) => (canvas as HTMLCanvasElement).toBlob(done, type, quality)));
  // A canvas gives no image when it is 0×0 or larger than the browser can encode.
  if (!blob?.size) throw invalid("the canvas gave no image");
  return new File([blob], fileName, { type: blob.type });
}

/**
 * Fetches an image (absolute URL, or relative to the page) into a `File` named after the last
 * segment of its path. `init` goes to `fetch`, e.g. `{ signal }` or `{ credentials: "include" }`.
 */
export async function fileFromURL(url: string | URL, init?: RequestInit): Promise<File> {
  const href = new URL(url, globalThis.location?.href).href;
  const response = await fetch(href, init).catch((cause: unknown) => {
    throw init?.signal?.aborted
      ? cause
      : new ConnectionError(`could not fetch the image at ${short(href)}`, { cause });
  });
  return fileFromResponse(response, href);
}

async function fileFromResponse(response: Response, url = response.url): Promise<File> {
  if (!response.ok) throw invalid(`${short(url)} answered ${response.status}`);
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
 * A `data:…;base64,…` URL as a Blob, decoded here rather than fetched (a strict
 * Content-Security-Policy may forbid fetching `data:` URLs). Any other URL is fetched.
 */
export function blobFromDataURL(url: string | URL): Blob | Promise<File> {
  const text = String(url);
  const [, type, data] = /^data:([^,;]*)[^,]*;base64,(.*)$/is.exec(text) ?? [];
  if (data === undefined) return fileFromURL(text);
  try {
    return new Blob([bytesFromBase64(decodeURIComponent(data))], { type });
  } catch {
    throw invalid(`bad base64 in ${short(text)}`);
  }
}

/** Errors in an input are the caller's to fix, and nothing has been sent: a ValidationError. */
const invalid = (message: string) =>
  new ValidationError("image", [{ path: "image", message: `image: ${message}` }]);

/** Long URLs (a data: URL is the whole file) are cut in messages. */
const short = (url: string) => (url.length > 80 ? `${url.slice(0, 77)}...` : url);

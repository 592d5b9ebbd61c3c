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

// Every input here is told apart by its WebIDL class string, which holds across frames too. This
// code is in every bundle that makes a client, so it is kept short.
const kind = (v: unknown) => Object.prototype.toString.call(v).slice(8, -1);

/**
 * The runtime's `isFileInput` hook: the browser's own upload inputs, which core's shape checks do
 * not know. Only file fields are asked, so a prompt that happens to be a URL stays a prompt.
 */
export const isBrowserFileInput = (value: unknown): boolean =>
  typeof value === "string" ||
  /^(FileList|URL|Response|HTMLCanvasElement|OffscreenCanvas)$/.test(kind(value));

/**
 * The runtime's `toFileInput` hook: one browser input as core inputs. A `FileList` stands for
 * its files: its one file, or an array that core spreads into the field's list.
 */
export async function toFileInput(value: unknown): Promise<FileInput | FileInput[]> {
  const type = kind(value);
  if (type === "FileList") {
    const files = [...(value as FileList)];
    return files.length === 1 ? files[0]! : files;
  }
  if (/Canvas/.test(type)) return fileFromCanvas(value as HTMLCanvasElement);
  if (type === "Response") return fileFromResponse(value as Response, (value as Response).url);
  return blobFromDataURL(String(value));
}

/**
 * A canvas's pixels as a `File`: PNG by default (lossless), or `type: "image/jpeg"`/`"image/webp"`
 * with a `quality` from 0 to 1. Works for `<canvas>` and `OffscreenCanvas` (in workers too).
 */
export async function fileFromCanvas(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  options: { type?: string; quality?: number; fileName?: string } = {},
): Promise<File> {
  const { type = "image/png", quality } = options;
  const blob =
    "convertToBlob" in canvas
      ? await canvas.convertToBlob({ type, quality })
      : await new Promise<Blob | null>((done) => canvas.toBlob(done, type, quality));
  if (!blob?.size) throw invalid(`a ${canvas.width}×${canvas.height} canvas gave no image`);
  return new File([blob], options.fileName ?? `canvas.${type.slice(6)}`, { type: blob.type });
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

async function fileFromResponse(response: Response, url: string): Promise<File> {
  if (!response.ok) throw invalid(`${short(url)} answered ${response.status}`);
  const name = url.split(/[?#]/)[0]!.split("/").pop()!;
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {}
  const blob = await response.blob();
  return new File([blob], decoded, { type: blob.type });
}

/**
 * A `data:…;base64,…` URL as a Blob, decoded here rather than fetched (a strict
 * Content-Security-Policy may forbid fetching `data:` URLs). Any other URL is fetched.
 */
export function blobFromDataURL(url: string): Blob | Promise<File> {
  const [, type, data] = /^data:([^,;]*)[^,]*;base64,(.*)$/is.exec(url) ?? [];
  if (data === undefined) return fileFromURL(url);
  try {
    return new Blob([bytesFromBase64(decodeURIComponent(data))], { type });
  } catch {
    throw invalid(`bad base64 in ${short(url)}`);
  }
}

/** Errors in an input are the caller's to fix, and nothing has been sent: a ValidationError. */
const invalid = (message: string) =>
  new ValidationError("image", [{ path: "image", message: `image: ${message}` }]);

/** Long URLs (a data: URL is the whole file) are cut in messages. */
const short = (url: string) => (url.length > 80 ? `${url.slice(0, 77)}...` : url);

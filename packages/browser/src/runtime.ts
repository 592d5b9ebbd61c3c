import { encodeFormData, type Runtime } from "@orq-sdk/core";
import { isBrowserFileInput, toFileInput } from "./files/to-file-input.js";

/**
 * The browser's part: `FormData` bodies (browsers cannot stream uploads over HTTP/1.1), the
 * page's own `fetch` (looked up per request), and the browser's upload inputs: a `FileList`,
 * a canvas, a `data:` URL, a URL or a `Response`. No environment: keys never come from one.
 */
export const browserRuntime: Runtime = {
  name: "browser",
  encodeMultipart: encodeFormData,
  isFileInput: isBrowserFileInput,
  // A FileList stands for several files: core spreads the array it gives into the field.
  toFileInput: toFileInput as Runtime["toFileInput"] & {},
};

import { escapeControls } from "./escape-name.js";
import type { Part, ReplayableBody } from "./part.js";

/**
 * Encodes parts as a `FormData` body, built anew for every attempt from Blobs, so it can be
 * re-sent. The runtime writes the boundary and Content-Type itself. Browsers need this: they
 * cannot stream a request body over HTTP/1.1.
 */
export function encodeFormData(parts: readonly Part[]): ReplayableBody {
  return {
    headers: {},
    replayable: parts.every((part) => !("file" in part) || part.file.replayable),
    open: async () => {
      const form = new FormData();
      for (const part of parts) {
        if ("value" in part) form.append(part.name, part.value);
        // FormData escapes `"`, CR and LF itself; the other control characters are ours to do.
        else form.append(part.name, await part.file.blob(), escapeControls(part.file.filename));
      }
      return form;
    },
  };
}

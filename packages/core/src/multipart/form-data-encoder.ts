import type { FilePart } from "../files/file-part.js";
import { escapeControls } from "./escape-name.js";
import type { Part, ReplayableBody } from "./part.js";

/** A {@link Part} with both of its possible members, one of them absent. */
type EitherPart = { name: string; value?: string; file?: FilePart };

/**
 * Encodes parts as a `FormData` body, built anew for every attempt from Blobs, so it can be
 * re-sent. The runtime writes the boundary and Content-Type itself. Browsers need this: they
 * cannot stream a request body over HTTP/1.1.
 */
export function encodeFormData(parts: readonly Part[]): ReplayableBody {
  return {
    headers: {},
    // Only a one-shot stream from a runtime's `openStream` makes a file part non-replayable.
    replayable: (parts as readonly EitherPart[]).every((part) => part.file?.replayable !== false),
    open: async () => {
      const form = new FormData();
      for (const { name, value, file } of parts as readonly EitherPart[]) {
        // FormData escapes `"`, CR and LF itself; the other control characters are ours to do.
        if (file) form.append(name, await file.blob(), escapeControls(file.filename));
        else form.append(name, value!);
      }
      return form;
    },
  };
}

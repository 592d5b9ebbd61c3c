import { createParser } from "eventsource-parser";
import * as spec from "../generated/schemas.js";

/**
 * An error answered as a stream of events (a proxy, or a server that keeps the stream open when
 * a streamed call fails): its first event's data (`data: {"error":"boom"}` is `{"error":"boom"}`,
 * read as an error's JSON body; it was the event's text, probe85), or its text where it has no
 * data lines, up to the end of that event, or of the body if that comes first; the rest is
 * cancelled. Read whole, a stream that never ends held the call until
 * its timeout, and a 5XX was then retried to wait again (probe69). Only a spec with streams, or
 * with a `stream` switch, keeps this; `undefined` in any other bundle.
 */
export const readFirstEvent =
  spec.usesEventStreams || spec.usesUndeclaredEventStreams
    ? async (response: Response): Promise<string> => {
        const reader = response.body?.getReader();
        if (!reader) return "";
        const decoder = new TextDecoder();
        let text = "";
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return dataOf(text + decoder.decode());
          text += decoder.decode(value, { stream: true });
          // (An event ends at a blank line, whichever line ending the server writes.)
          if (/(\r\n|\r|\n)(\r\n|\r|\n)/.test(text)) {
            reader.cancel().catch(() => {});
            return dataOf(text);
          }
        }
      }
    : undefined;

/**
 * The first event's data in `text` (its `data:` lines joined, as the event stream format reads
 * them), else the text as it came. (A body that ends without the event's blank line is ended
 * here.)
 */
function dataOf(text: string): string {
  let data: string | undefined;
  createParser({ onEvent: (event) => void (data ??= event.data) }).feed(`${text}\n\n`);
  return data ?? text;
}

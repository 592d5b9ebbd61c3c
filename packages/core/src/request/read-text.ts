import * as spec from "../generated/schemas.js";

/**
 * An answer's text in the charset its `Content-Type` names (`text/csv; charset=iso-8859-1`):
 * `response.text()` reads UTF-8 whatever it says, and `café` came back as `caf\uFFFD`. UTF-8
 * where it names none, or one this platform's `TextDecoder` does not know. JSON is UTF-8 by
 * definition (RFC 8259), so only a spec with answers that are not JSON (`usesNonJsonResponses`)
 * keeps this; `undefined` in any other bundle.
 */
export const readText = spec.usesNonJsonResponses
  ? async (response: Response): Promise<string> => {
      const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(
        response.headers.get("content-type") ?? "",
      )?.[1];
      let decoder: TextDecoder | undefined;
      try {
        if (charset && !/^utf-?8$/i.test(charset)) decoder = new TextDecoder(charset);
      } catch {
        // (An unknown label: read as UTF-8.)
      }
      return decoder ? decoder.decode(await response.arrayBuffer()) : response.text();
    }
  : undefined;
